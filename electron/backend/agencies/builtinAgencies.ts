import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { entriesFromDirectory, type AgencyEntry } from '../../../shared/agencies/agencyEntry.ts';
import { agencyDirectorySchema, checkDirectory } from '../../../shared/agencies/agencySchema.ts';
import { AppError } from '../../../shared/contract/appError.ts';

export interface BuiltinAgencies {
  entries: AgencyEntry[];
  /** Hash of the file: the store re-syncs the built-in entries only when it changed. */
  hash: string;
}

/** templates/agencies/agencies.json beside the app's resources (the source tree or the packaged app). */
export function agenciesFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'templates', 'agencies', 'agencies.json');
}

/**
 * Read and validate the built-in agency directory (schema and cross-record rules: every fact
 * sourced, references known); a broken file is a packaging fault, reported in both languages.
 */
export function loadBuiltinAgencies(resourcesDir: string): BuiltinAgencies {
  let text: string;
  let raw: unknown;
  try {
    text = fs.readFileSync(agenciesFile(resourcesDir), 'utf8');
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new AppError(
      'bad_agency_seed',
      `Không đọc được danh bạ cơ quan dựng sẵn: ${detail}`,
      `Cannot read the built-in agency directory: ${detail}`,
    );
  }
  const parsed = agencyDirectorySchema.safeParse(raw);
  const problems = parsed.success ? checkDirectory(parsed.data) : [];
  if (!parsed.success || problems.length > 0) {
    const first = parsed.success
      ? `${problems[0]?.where}: ${problems[0]?.message}`
      : (parsed.error.issues[0]?.message ?? '');
    throw new AppError(
      'bad_agency_seed',
      `Danh bạ cơ quan dựng sẵn không hợp lệ: ${first}`,
      `The built-in agency directory is invalid: ${first}`,
    );
  }
  return {
    entries: entriesFromDirectory(parsed.data),
    hash: createHash('sha256').update(text).digest('hex'),
  };
}
