import fs from 'node:fs';

/**
 * Make a rename or a new file durable: fsync the folder that holds it (not possible on Windows). On
 * its own so that atomicWrite (and the CLI's output files) does not load SQLite and the backup code.
 */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
