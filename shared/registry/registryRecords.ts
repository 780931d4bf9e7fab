import type { RegistryDoc } from './registryDoc.ts';
import type { RegistryCsvError } from './registryCsv.ts';

export interface RegistryImportResult {
  added: number;
  updated: number;
  /** Lines naming a document the registry already holds exactly so: nothing to write. */
  unchanged: number;
  /** Lines refused (each has an entry in errors). */
  rejected: number;
  /** One entry per refused line (and per header problem), in both languages. */
  errors: RegistryCsvError[];
  /** True when nothing was written: the report of what an import would do. */
  dryRun: boolean;
}

export interface AddFromCitationResult {
  doc: RegistryDoc;
  /** False when the registry already knew this document (same identifier and date): nothing added. */
  created: boolean;
}
