import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/appError.ts';
import { writeFileAtomic } from '../backend/atomicWrite.ts';
import type { CliIo } from './command.ts';

/** Larger than any plan, Word file or text by far: refused before a byte is read (issue 12). */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

/** A file given on the command line (full path) as bytes, refused up front when too large. */
export function readBoundedFile(full: string): Buffer {
  const stat = fs.statSync(full);
  if (stat.isFile() && stat.size > MAX_INPUT_BYTES) {
    const mb = Math.round(stat.size / 1024 / 1024);
    throw new AppError(
      'file_too_large',
      `Tệp quá lớn (${mb} MB, giới hạn ${MAX_INPUT_BYTES / 1024 / 1024} MB): ${full}`,
      `The file is too large (${mb} MB, limit ${MAX_INPUT_BYTES / 1024 / 1024} MB): ${full}`,
    );
  }
  return fs.readFileSync(full);
}

/** A file named on the command line, relative to the working directory, as bytes. */
export function readInputBytes(io: CliIo, file: string): Uint8Array {
  return new Uint8Array(readBoundedFile(path.resolve(io.cwd, file)));
}

/**
 * Write an output file (-o, --report) relative to the working directory, atomically (temporary
 * file, fsync, rename): a crash or a full disk never leaves a half-written file under the name
 * asked for, nor destroys the previous one. Returns its full path.
 */
export function writeOutputFile(io: CliIo, file: string, content: string | Uint8Array): string {
  const out = path.resolve(io.cwd, file);
  writeFileAtomic(out, content);
  return out;
}

/** Write a JSON output file as the CLI writes them all: two-space indent, final newline. */
export function writeJsonFile(io: CliIo, file: string, value: unknown): string {
  return writeOutputFile(io, file, `${JSON.stringify(value, null, 2)}\n`);
}
