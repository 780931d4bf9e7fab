import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import type { CliIo } from '../command.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-check-'));
const workspace = path.join(home, 'ws');
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd: root,
    env: { PLANDRAFT_HOME: workspace },
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
  };
  return o;
}

describe('plandraft check / citations', () => {
  it('checks the seed plan JSON: no error, exit 0, JSON shape of the issue', async () => {
    const o = io();
    expect(await runCli(['check', 'templates/plans/langson-2021.json', '--json'], o)).toBe(0);
    const { findings } = JSON.parse(o.out) as { findings: Array<Record<string, unknown>> };
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        'clause',
        'excerpt',
        'fix',
        'location',
        'message',
        'messageEn',
        'rule',
        'severity',
      ]);
    }
    expect(findings.some((f) => f.rule === 'style.missing-so')).toBe(true);
    expect(fs.existsSync(workspace)).toBe(false); // never creates the workspace
  });

  it('exits 1 when a finding is an error (a mutated plan, as text)', async () => {
    const txt = fs
      .readFileSync(path.join(root, 'test/fixtures/seed-plan-langson-2021.txt'), 'utf8')
      .replace('1824/QĐ-UBND ngày 04/10/2017', '1824/QĐ-UBND ngày 31/6/2017');
    const file = path.join(home, 'mutated.txt');
    fs.writeFileSync(file, txt);
    const o = io();
    expect(await runCli(['check', file], o)).toBe(1);
    expect(o.out).toContain('citation.impossible-date');
    expect(o.out).toMatch(/1 lỗi/u);
  });

  it('lists citations with the normalised fields', async () => {
    const o = io();
    expect(await runCli(['citations', 'test/fixtures/seed-plan-langson-2021.txt', '--json'], o)).toBe(0);
    const { citations } = JSON.parse(o.out) as { citations: Array<Record<string, unknown>> };
    expect(citations[1]).toMatchObject({
      type: 'Quyết định',
      number: '705',
      year: null,
      symbol: 'QĐ-TTg',
      numberSymbol: '705/QĐ-TTg',
      date: '2017-05-25',
      issuer: 'Thủ tướng Chính phủ',
      name: null,
      mention: 'full',
    });
    expect(citations.some((c) => c.name === 'Luật PBGDPL' && c.mention === 'short')).toBe(true);
  });

  it('exits 2 on unreadable input and bad flags', async () => {
    expect(await runCli(['check', 'no-such-file.txt'], io())).toBe(2);
    expect(await runCli(['check', 'package.json'], io())).toBe(2);
    expect(await runCli(['check', 'templates/plans/langson-2021.json', '--year', '21'], io())).toBe(2);
    expect(await runCli(['check', 'templates/plans/langson-2021.json', '--frobnicate'], io())).toBe(2);
    expect(await runCli(['citations'], io())).toBe(2);
  });
});
