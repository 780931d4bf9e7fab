import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const READY = /^PlanDraft ready at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))\s*$/;

export interface Host {
  /** The exact address printed by the host, token included. */
  url: string;
  origin: string;
  token: string;
  home: string;
  /** Everything the host wrote to stderr (shown when a test fails). */
  stderr: () => string;
}

/**
 * Start the browser-mode host exactly as a user would (`npm run web -- --port 0`, which runs the
 * prebuilt dist-cli/web.mjs and its prebuilt job workers) with a
 * fresh PLANDRAFT_HOME (or `home`, which the caller owns and stop() leaves in place), and wait for
 * its one "PlanDraft ready at …" line.
 */
export async function startHost(
  options: { home?: string } = {},
): Promise<{ host: Host; stop: () => Promise<void> }> {
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['electron/scripts/web.mjs', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, PLANDRAFT_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: web.mjs → the host is a chain, and stopping the host must stop all of it.
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const host = await new Promise<Host>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s\n${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const line = out.split('\n')[0] ?? '';
      if (!out.includes('\n')) return;
      const m = READY.exec(line);
      clearTimeout(timer);
      if (!m?.[1] || !m[2] || !m[3])
        return reject(new Error(`unexpected first line: ${JSON.stringify(line)}\n${stderr}`));
      resolve({ url: m[1], origin: `http://127.0.0.1:${m[2]}`, token: m[3], home, stderr: () => stderr });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${stderr}`));
    });
  });
  const stop = async () => {
    const group = child.pid;
    if (child.exitCode === null && group !== undefined) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-group, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-group, 'SIGKILL');
    }
    if (options.home === undefined) fs.rmSync(home, { recursive: true, force: true });
  };
  return { host, stop };
}

/** `host` fixture: one fresh host (and data folder) per test. */
export const test = base.extend<{ host: Host }>({
  // Playwright reads the fixture's dependencies from this destructuring: it must be an object pattern.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use, testInfo) => {
    const { host, stop } = await startHost();
    try {
      await use(host);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus && host.stderr()) {
        await testInfo.attach('host-stderr', { body: host.stderr(), contentType: 'text/plain' });
      }
      await stop();
    }
  },
});

export { expect } from '@playwright/test';
