import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

/** node:util parseArgs in strict mode, its errors turned into bilingual usage errors (exit 2). */
export function parseFlags<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const detail = (e as Error).message;
    throw new UsageError(`tham số không hợp lệ — ${detail}`, `invalid arguments — ${detail}`);
  }
}
