import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerJobs } from '../backend/jobs/jobRunner.ts';
import { sourceResourcesDir } from '../backend/sourceResourcesDir.ts';
import { readPackage } from '../../shared/ooxml/readPackage.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';

/**
 * The command as shipped (issue 13): bin/plandraft → electron/cli/plandraft.mjs → the prebuilt
 * dist-cli bundle (rebuilt first when a source is newer), on the project's Node 22, no tsx.
 */
const root = sourceResourcesDir();
const bin = path.join(root, 'bin', 'plandraft');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-bundle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, PLANDRAFT_HOME: tmp } });

describe('the shipped plandraft command', () => {
  beforeAll(() => {
    // Builds dist-cli when it is missing or stale (the "prepare" script does it on npm ci).
    execFileSync(bin, ['--help'], { cwd: root, stdio: 'ignore' });
  }, 60_000);

  it('runs the bundle, not the TypeScript sources', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist-cli', 'inputs.json'), 'utf8')) as {
      inputs: string[];
    };
    expect(manifest.inputs).toContain('electron/cli.ts');
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(''); // no rebuild, no tsx fallback note
    expect(r.stdout).toContain('Soạn thảo Kế hoạch');
    expect(r.stdout).toContain(`PLANDRAFT_HOME`);
  });

  it('runs through a symlink on PATH and through a relative path (bin/plandraft finds the project)', () => {
    const link = path.join(tmp, 'bin', 'plandraft');
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(bin, link);
    const env = {
      ...process.env,
      PLANDRAFT_HOME: tmp,
      PATH: `${path.dirname(link)}:${process.env.PATH ?? ''}`,
    };
    const viaPath = spawnSync('plandraft', ['--help'], { cwd: tmp, encoding: 'utf8', env });
    expect(viaPath.stderr).toBe('');
    expect(viaPath.stdout).toContain('Soạn thảo Kế hoạch');
    const relative = spawnSync('bin/plandraft', ['--help'], { cwd: root, encoding: 'utf8', env });
    expect(relative.status).toBe(0);
    expect(relative.stdout).toContain('Soạn thảo Kế hoạch');
  });

  it('exports a plan to Word and refuses bad flags with exit 2', () => {
    const out = path.join(tmp, 'du-thao.docx');
    const r = run(['export', 'templates/plans/langson-2021.json', '-o', out, '--draft']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã xuất dự thảo');
    expect([...readPackage(new Uint8Array(fs.readFileSync(out))).keys()]).toContain('word/document.xml');
    const bad = run(['export', 'templates/plans/langson-2021.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('thiếu -o');
  });

  it('runs jobs in the prebuilt worker (plain Node, no loader)', async () => {
    const jobs = workerJobs({ file: path.join(root, 'dist-cli', 'jobWorker.mjs'), execArgv: [] });
    const bytes = await jobs.run('exportDocx', seedPlan(), { draft: true });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...readPackage(bytes).keys()]).toContain('word/document.xml');
  });
});
