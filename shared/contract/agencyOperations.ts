import { z } from 'zod';
import type { AgencyEntry } from '../agencies/agencyEntry.ts';
import { agencyInputSchema } from '../agencies/agencyEntry.ts';
import type { AgencyDirectoryView, AgencyImportResult, AgencyNameNote } from '../agencies/agencyRecords.ts';
import { op } from './operation.ts';

const agencyIdSchema = z.string().min(1).max(200);
const provinceSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã tỉnh: chữ thường không dấu / lowercase province slug')
  .max(60)
  .nullable();

/** The agency directory ("Danh bạ cơ quan", issue 11): screen, autocomplete, checks and rollover. */
export const agencyOperations = {
  /** Every entry, the province chosen and the provinces known (the renderer builds its index from it). */
  listAgencies: op<AgencyDirectoryView>()(z.tuple([])),
  addAgency: op<AgencyEntry>()(z.tuple([agencyInputSchema])),
  updateAgency: op<AgencyEntry>()(z.tuple([agencyIdSchema, agencyInputSchema])),
  deleteAgency: op<void>()(z.tuple([agencyIdSchema])),
  /** The first entry merges into the second, which is returned; references follow. */
  mergeAgencies: op<AgencyEntry>()(z.tuple([agencyIdSchema, agencyIdSchema])),
  /** Line-level errors come back in the result; the good lines are imported. */
  importAgenciesCsv: op<AgencyImportResult>()(z.tuple([z.string().max(10_000_000)])),
  /** CSV text (UTF-8 with BOM, CRLF) for the page to download. */
  exportAgenciesCsv: op<string>()(z.tuple([])),
  /** The workspace setting: whose provincial bodies are offered (null = every province). */
  setAgencyProvince: op<void>()(z.tuple([provinceSchema])),
  /** A name typed in an agency field of a plan: learned once typed in two plans. */
  noteAgencyName: op<AgencyNameNote>()(z.tuple([z.string().min(1).max(64), z.string().max(300)])),
};
