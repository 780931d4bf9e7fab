import type { RegistryDoc } from './registryDoc.ts';
import type { RegistryCsvError } from './registryCsv.ts';

export interface RegistryImportResult {
  added: number;
  updated: number;
  /** One entry per refused line (and per header problem), in both languages. */
  errors: RegistryCsvError[];
}

export interface AddFromCitationResult {
  doc: RegistryDoc;
  /** False when the registry already knew this document (same identifier and date): nothing added. */
  created: boolean;
}
