import type { Plan } from '../model/plan.ts';
import type { ImportOptions, ImportReport } from './importReport.ts';
import { readDocx } from './readDocx.ts';
import { recognise } from './recognise.ts';

/**
 * Import a Word .docx (as produced by offices, not only by PlanDraft). Hostile or broken files end in
 * an AppError with a Vietnamese and an English message; nothing outside the file is ever fetched.
 */
export function importDocx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): { plan: Plan; report: ImportReport } {
  return recognise(readDocx(bytes), options);
}
