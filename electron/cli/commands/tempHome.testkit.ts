import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CliIo } from '../command.ts';

export type CapturedIo = CliIo & { out: string; err: string };

/**
 * A fresh workspace folder (PLANDRAFT_HOME) for each test of a CLI command file, removed after it,
 * and an `io()` that runs the command there and keeps what it printed.
 */
export function useTempHome(name: string): { home: () => string; io: () => CapturedIo } {
  let home = '';
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), `plandraft-cli-${name}-`));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));
  const io = (): CapturedIo => {
    const o: CapturedIo = {
      out: '',
      err: '',
      cwd: home,
      env: { PLANDRAFT_HOME: home },
      stdout: (t: string) => (o.out += t),
      stderr: (t: string) => (o.err += t),
    };
    return o;
  };
  return { home: () => home, io };
}
