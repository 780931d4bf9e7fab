import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/import/importReport.ts';
import { buildSeedDocx } from '../../../shared/import/seedDocx.testkit.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { findSoffice } from '../../backend/reuse/convertWithLibreOffice.ts';
import { runCli } from '../../cli.ts';
import type { CliIo } from '../command.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-reuse-cli-'));
const workspace = path.join(home, 'ws');
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd: root,
    env: { ...process.env, PLANDRAFT_HOME: workspace },
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
  };
  return o;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

describe('plandraft import / rollover', () => {
  const planFile = path.join(home, 'plan.json');
  const reportFile = path.join(home, 'report.json');

  it('imports the seed .txt into a plan JSON with the report of the issue', async () => {
    const o = io();
    const code = await runCli(
      ['import', 'test/fixtures/seed-plan-langson-2021.txt', '-o', planFile, '--report', reportFile],
      o,
    );
    expect(o.err).toBe('');
    expect(code).toBe(0);
    const report = readJson<ImportReport>(reportFile);
    expect(Object.keys(report).sort()).toEqual([
      'placedParagraphs',
      'recipients',
      'sourceParagraphs',
      'tasks',
      'unplaced',
      'warnings',
    ]);
    expect(report).toMatchObject({ sourceParagraphs: 81, placedParagraphs: 81, tasks: 8, recipients: 12 });
    expect(readJson<Plan>(planFile).year).toBe(2021);
    expect(o.out).toContain('8 nhiệm vụ, 12 nơi nhận');
  });

  it('imports a .docx', async () => {
    const docx = path.join(home, 'ke-hoach.docx');
    fs.writeFileSync(
      docx,
      await buildSeedDocx(
        fs.readFileSync(path.join(root, 'test/fixtures/seed-plan-langson-2021.txt'), 'utf8'),
      ),
    );
    const o = io();
    expect(await runCli(['import', docx, '-o', path.join(home, 'docx.json')], o)).toBe(0);
    expect(readJson<Plan>(path.join(home, 'docx.json')).header.issuingBody).toBe('BAN CHỈ ĐẠO ĐỀ ÁN');
  });

  it('rolls the imported plan over to 2022 with the review list', async () => {
    const next = path.join(home, 'next.json');
    const review = path.join(home, 'review.json');
    const o = io();
    expect(await runCli(['rollover', planFile, '--year', '2022', '-o', next, '--report', review], o)).toBe(0);
    const r = readJson<{ changes: Array<Record<string, string>>; review: Array<Record<string, string>> }>(
      review,
    );
    expect(Object.keys(r.changes[0] ?? {}).sort()).toEqual(['from', 'location', 'to']);
    expect(Object.keys(r.review[0] ?? {}).sort()).toEqual(['excerpt', 'location', 'reason']);
    expect(r.review.some((x) => x.reason?.includes('2559/QĐ-UBND'))).toBe(true);
    const plan = readJson<Plan>(next);
    expect(plan.year).toBe(2022);
    expect(plan.predecessor).toMatchObject({ id: null, year: 2021 });
  });

  it('refuses --year 2020 for a 2021 plan (exit 2, bilingual)', async () => {
    const o = io();
    expect(await runCli(['rollover', planFile, '--year', '2020', '-o', path.join(home, 'x.json')], o)).toBe(
      2,
    );
    expect(o.err).toContain('phải là một năm sau');
    expect(o.err).toContain('must be a year after');
    expect(fs.existsSync(path.join(home, 'x.json'))).toBe(false);
  });

  it('refuses a hostile file with exit 2', async () => {
    const bad = path.join(home, 'bad.docx');
    fs.writeFileSync(bad, 'không phải zip');
    const o = io();
    expect(await runCli(['import', bad, '-o', path.join(home, 'bad.json')], o)).toBe(2);
    expect(o.err).toMatch(/Error: .*not a valid Word/);
  });

  it('never creates the workspace', () => {
    expect(fs.existsSync(workspace)).toBe(false);
  });

  it.skipIf(findSoffice() === null)('imports an old binary .doc through LibreOffice', async () => {
    const docx = path.join(home, 'ke-hoach.docx');
    const profile = `file://${path.join(home, 'lo-profile')}`;
    execFileSync(
      findSoffice() ?? 'soffice',
      ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'doc', '--outdir', home, docx],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const o = io();
    expect(
      await runCli(
        [
          'import',
          path.join(home, 'ke-hoach.doc'),
          '-o',
          path.join(home, 'doc.json'),
          '--report',
          path.join(home, 'doc-report.json'),
        ],
        o,
      ),
    ).toBe(0);
    expect(readJson<ImportReport>(path.join(home, 'doc-report.json'))).toMatchObject({
      tasks: 8,
      recipients: 12,
      unplaced: [],
    });
    // LibreOffice's round trip glues the signer's title onto the "Lưu" line; the importer splits it.
    expect(readJson<Plan>(path.join(home, 'doc.json')).signature).toEqual({
      lines: ['TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'],
      name: 'Dương Xuân Huyền',
    });
  });
});
