import { z } from 'zod';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import { citationForRegistrySchema, registryDocInputSchema } from '../registry/registryInput.ts';
import type { AddFromCitationResult, RegistryImportResult } from '../registry/registryRecords.ts';
import { op } from './operation.ts';

const registryIdSchema = z.string().min(1).max(64);

/** The registry of legal documents (DESIGN §5 "Registry"). */
export const registryOperations = {
  /** Every document, newest first. */
  listRegistry: op<RegistryDoc[]>()(z.tuple([])),
  /** Accent-insensitive full-text search: "pho bien" finds "phổ biến", "705 ttg" finds 705/QĐ-TTg. */
  searchRegistry: op<RegistryDoc[]>()(z.tuple([z.string().max(500)])),
  getRegistryDoc: op<RegistryDoc>()(z.tuple([registryIdSchema])),
  addRegistryDoc: op<RegistryDoc>()(z.tuple([registryDocInputSchema])),
  updateRegistryDoc: op<RegistryDoc>()(z.tuple([registryIdSchema, registryDocInputSchema])),
  deleteRegistryDoc: op<void>()(z.tuple([registryIdSchema])),
  /** One click from a recognised citation in a plan to a registry entry. */
  addFromCitation: op<AddFromCitationResult>()(z.tuple([citationForRegistrySchema])),
  /** Line-level errors come back in the result; the good lines are imported. */
  importRegistryCsv: op<RegistryImportResult>()(z.tuple([z.string().max(10_000_000)])),
  /**
   * A CSV or JSON snapshot (columns of the public legal-document databases, see the README): line
   * errors and the counts added/updated/unchanged/rejected come back; with dryRun nothing is written.
   */
  importRegistry: op<RegistryImportResult>()(
    z.tuple([
      z.string().max(20_000_000),
      z
        .object({ dryRun: z.boolean().optional(), format: z.enum(['csv', 'json']).optional() })
        .strict()
        .optional(),
    ]),
  ),
  /** CSV text (UTF-8 with BOM, CRLF) for the page to download. */
  exportRegistryCsv: op<string>()(z.tuple([])),
};
