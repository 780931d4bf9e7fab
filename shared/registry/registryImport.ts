import { parseRegistryCsv, type RegistryCsvParse } from './registryCsv.ts';
import { parseRegistryJson } from './registryJson.ts';

export type RegistryImportFormat = 'csv' | 'json';

/** JSON when the text opens with "[" or "{", else CSV. */
export function detectImportFormat(text: string): RegistryImportFormat {
  return /^\uFEFF?\s*[[{]/u.test(text) ? 'json' : 'csv';
}

/** A snapshot of the registry from a CSV or JSON file, line by line. */
export function parseRegistryImport(text: string, format?: RegistryImportFormat): RegistryCsvParse {
  return (format ?? detectImportFormat(text)) === 'json' ? parseRegistryJson(text) : parseRegistryCsv(text);
}
