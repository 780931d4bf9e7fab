import { z } from 'zod';
import type { PlanComparison } from '../compare/comparePlans.ts';
import type { ImportReport } from '../import/importReport.ts';
import type { RolloverReport } from '../rollover/rolloverPlan.ts';
import { op } from './operation.ts';
import type { TemplateInfo } from './records.ts';
import { planIdSchema } from './planOperations.ts';

/** A Word or text file crossing the contract: its name (for the extension) and its bytes as base64. */
const fileNameSchema = z.string().min(1).max(260);
/** ~40 MB of file: far above any real plan, far below what would strain the host. */
const base64Schema = z.string().max(56 * 1024 * 1024);
const revisionOrLatest = z.number().int().min(1).nullable();

export interface ImportDocumentResult {
  planId: string;
  revision: number;
  report: ImportReport;
}

export interface RolloverResult {
  planId: string;
  revision: number;
  report: RolloverReport;
}

export interface CompareResult {
  before: { planId: string; revision: number; title: string; year: number };
  after: { planId: string; revision: number; title: string; year: number };
  comparison: PlanComparison;
}

/** Reuse of earlier plans: Word/text import, next-year rollover, comparison, user templates. */
export const reuseOperations = {
  /** Import a .docx / .txt (a .doc through LibreOffice when installed) as a new plan of the workspace. */
  importDocument: op<ImportDocumentResult>()(
    z.tuple([
      fileNameSchema,
      base64Schema,
      z.object({ year: z.number().int().min(1945).max(2200).optional() }).optional(),
    ]),
  ),
  /** The plan's draft for `year` (later than the plan's), stored as a new plan linked to this one. */
  rolloverPlan: op<RolloverResult>()(z.tuple([planIdSchema, z.number().int().min(1946).max(2200)])),
  /** Two plans, or two revisions of one plan (null: the latest), compared block by block. */
  comparePlans: op<CompareResult>()(
    z.tuple([planIdSchema, revisionOrLatest, planIdSchema, revisionOrLatest]),
  ),
  /** Keep a plan as a user template: listTemplates lists it and createPlan starts from it. */
  saveAsTemplate: op<TemplateInfo>()(z.tuple([planIdSchema, z.string().trim().min(1).max(200)])),
  deleteUserTemplate: op<void>()(z.tuple([z.string().min(1).max(64)])),
  renameUserTemplate: op<TemplateInfo>()(
    z.tuple([z.string().min(1).max(64), z.string().trim().min(1).max(200)]),
  ),
};
