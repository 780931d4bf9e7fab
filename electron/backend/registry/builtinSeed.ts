import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/appError.ts';
import { parseRegistrySeed, type RegistrySeed } from '../../../shared/registry/registrySeed.ts';

/** templates/registry/seed.json beside the app's resources (the source tree or the packaged app). */
export function seedFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'templates', 'registry', 'seed.json');
}

/** Read and validate the built-in registry; a broken seed is a packaging fault, reported in both languages. */
export function loadBuiltinSeed(resourcesDir: string): RegistrySeed {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(seedFile(resourcesDir), 'utf8'));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new AppError('bad_registry_seed', undefined, undefined, detail);
  }
  const parsed = parseRegistrySeed(raw);
  if (!parsed.ok) throw new AppError('bad_registry_seed', parsed.message, parsed.messageEn);
  return parsed.seed;
}
