import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './fsyncDir.ts';

/**
 * Write a file atomically: the content goes to a temporary file in the same folder, is fsynced, then
 * renamed over the target (a rename within a folder is atomic on every platform we ship). A reader
 * sees the old file or the whole new one, never a torn one; on failure the temporary file is removed.
 */
let written = 0;

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(file);
  // A name no other writer uses: this process, its count of writes, and a random part against a
  // process of the same id elsewhere; 'wx' below refuses any file that exists anyway. Not from
  // node:crypto (issue 13: loading it was ≈ 3 ms of `plandraft export --draft`, which needs no other).
  const unique = `${process.pid.toString(36)}-${(written += 1).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const tmp = path.join(dir, `.${path.basename(file)}.${unique}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx');
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(dir);
}
