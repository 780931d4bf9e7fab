import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';
import type { CliIo } from './cli/command.ts';

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', cwd: process.cwd(), env, stdout: (t: string) => (o.out += t), stderr: (t: string) => (o.err += t) };
  return o;
}

describe('plandraft CLI', () => {
  it('prints help in Vietnamese and English', async () => {
    const o = io();
    expect(await runCli(['--help'], o)).toBe(0);
    expect(o.out).toContain('Soạn thảo Kế hoạch');
    expect(o.out).toContain('Commands');
  });

  it('refuses an unknown command with exit 2', async () => {
    const o = io();
    expect(await runCli(['frobnicate'], o)).toBe(2);
    expect(o.err).toContain('unknown command');
  });

  it('drives the same contract as IPC and HTTP (api command)', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-cli-'));
    try {
      const o = io({ PLANDRAFT_HOME: home });
      expect(await runCli(['api', 'createPlan', '[{"templateId":"langson-2021"}]'], o)).toBe(0);
      const o2 = io({ PLANDRAFT_HOME: home });
      expect(await runCli(['api', 'listPlans'], o2)).toBe(0);
      expect(JSON.parse(o2.out).value[0].year).toBe(2021);
      const o3 = io({ PLANDRAFT_HOME: home });
      expect(await runCli(['api', 'getPlan', '[""]'], o3)).toBe(1);
      expect(JSON.parse(o3.out).error.code).toBe('invalid_arguments');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
