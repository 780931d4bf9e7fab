import { UsageError } from './command.ts';

/**
 * The one file a command works on: its only positional argument. None or more than one is a usage
 * error (exit 2); `missing` names what is missing, Vietnamese then English.
 */
export function singleInput(positionals: string[], missing: [string, string]): string {
  const [input, ...extra] = positionals;
  if (!input) throw new UsageError(missing[0], missing[1]);
  if (extra.length > 0)
    throw new UsageError(`thừa tham số: ${extra.join(' ')}`, `unexpected arguments: ${extra.join(' ')}`);
  return input;
}

/** A flag the command cannot do without (`-o <file>`): its value, else a usage error. */
export function requiredFlag(value: string | undefined, missing: [string, string]): string {
  if (!value) throw new UsageError(missing[0], missing[1]);
  return value;
}

/** `--year YYYY`: a plausible plan year, else a usage error (exit 2). */
export function yearFlag(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw) || Number(raw) < 1945 || Number(raw) > 2200) {
    throw new UsageError(
      `--year phải là một năm (1945–2200), không phải "${raw}"`,
      `--year must be a year (1945–2200), not "${raw}"`,
    );
  }
  return Number(raw);
}
