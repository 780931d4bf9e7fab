import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from './command.ts';

/** A file named on the command line, relative to the working directory, as bytes. */
export function readInputBytes(io: CliIo, file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.resolve(io.cwd, file)));
}

/** Write an output file (-o, --report) relative to the working directory; returns its full path. */
export function writeOutputFile(io: CliIo, file: string, content: string | Uint8Array): string {
  const out = path.resolve(io.cwd, file);
  fs.writeFileSync(out, content);
  return out;
}

/** Write a JSON output file as the CLI writes them all: two-space indent, final newline. */
export function writeJsonFile(io: CliIo, file: string, value: unknown): string {
  return writeOutputFile(io, file, `${JSON.stringify(value, null, 2)}\n`);
}
