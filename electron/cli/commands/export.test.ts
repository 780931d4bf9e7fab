import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import type { CliIo } from '../command.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-export-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd: home,
    env: { PLANDRAFT_HOME: path.join(home, 'ws') },
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
  };
  return o;
}

const seedFile = path.join(root, 'templates/plans/langson-2021.json');
/** The seed without a signer name and with a citation dated after the plan: two errors. */
const broken = path.join(home, 'broken.json');
const seed = JSON.parse(fs.readFileSync(seedFile, 'utf8')) as {
  signature: { name: string };
  preamble: Array<{ runs: Array<{ text: string }> }>;
};
seed.signature.name = '';
seed.preamble.push({ runs: [{ text: 'Thực hiện Quyết định số 12/QĐ-UBND ngày 01/02/2021 của UBND tỉnh.' }] });
fs.writeFileSync(broken, JSON.stringify(seed));

describe('plandraft export: the final export gate', () => {
  it('exports the seed (no errors) as final at once', async () => {
    const o = io();
    expect(await runCli(['export', seedFile, '-o', 'seed.docx'], o)).toBe(0);
    expect(o.out).toContain('Đã xuất bản chính thức');
    expect(fs.existsSync(path.join(home, 'seed.docx'))).toBe(true);
  });

  it('refuses a final copy with errors: exit 1, the errors listed in both languages, no file', async () => {
    const o = io();
    expect(await runCli(['export', broken, '-o', 'refused.docx'], o)).toBe(1);
    expect(o.err).toContain('plan.required-part');
    expect(o.err).toContain('Thiếu họ tên người ký');
    expect(o.err).toContain('citation.after-plan');
    expect(o.err).toContain('còn 2 lỗi');
    expect(o.err).toContain('2 error(s) remain');
    expect(o.err).toContain('--force');
    expect(fs.existsSync(path.join(home, 'refused.docx'))).toBe(false);
  });

  it('a draft of the same plan is never gated', async () => {
    const o = io();
    expect(await runCli(['export', broken, '-o', 'draft.docx', '--draft'], o)).toBe(0);
    expect(o.out).toContain('Đã xuất dự thảo');
  });

  it('--force "<reason>" exports anyway and prints the reason with the file hash', async () => {
    const o = io();
    const code = await runCli(
      ['export', broken, '-o', 'forced.docx', '--force', 'Lãnh đạo cần bản ký gấp'],
      o,
    );
    expect(code).toBe(0);
    const bytes = fs.readFileSync(path.join(home, 'forced.docx'));
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(o.out).toContain(`Vẫn xuất dù còn 2 lỗi; lý do: Lãnh đạo cần bản ký gấp; sha256 ${sha}`);
    expect(o.out).toContain('Exported despite 2 error(s)');
  });

  it('--force without a reason is a usage error (exit 2)', async () => {
    for (const args of [['--force', '  '], ['--force']]) {
      const o = io();
      expect(await runCli(['export', broken, '-o', 'blank.docx', ...args], o)).toBe(2);
      expect(o.err).toMatch(/Lỗi: .*(--force|tham số)/u);
    }
    expect(fs.existsSync(path.join(home, 'blank.docx'))).toBe(false);
  });
});

describe('plandraft check --final', () => {
  it('reports missing required parts as errors with --final and as warnings without', async () => {
    const final = io();
    expect(await runCli(['check', broken, '--final', '--json'], final)).toBe(1);
    const parts = (o: { out: string }) =>
      (JSON.parse(o.out) as { findings: Array<{ rule: string; severity: string }> }).findings.filter(
        (f) => f.rule === 'plan.required-part',
      );
    expect(parts(final).map((f) => f.severity)).toEqual(['error']);

    const draft = io();
    await runCli(['check', broken, '--json'], draft);
    expect(parts(draft).map((f) => f.severity)).toEqual(['warning']);
  });

  it('the seed passes --final with no error', async () => {
    const o = io();
    expect(await runCli(['check', seedFile, '--final'], o)).toBe(0);
    expect(o.out).toContain('0 lỗi');
  });
});
