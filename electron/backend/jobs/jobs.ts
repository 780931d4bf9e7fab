import { exportPlanDocx } from '../../../shared/export/exportPlanDocx.ts';
import type { ImportOptions } from '../../../shared/import/importReport.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { importFileBytes } from '../reuse/importFile.ts';

/**
 * The heavy, pure work of the back end that runs off the main thread (issue 12: one hostile import
 * stalled every other request for seconds). Each job takes and returns structured-cloneable values;
 * the store stays on the main thread.
 */
export const jobs = {
  importFile: (fileName: string, bytes: Uint8Array, options: ImportOptions) =>
    importFileBytes(fileName, bytes, options),
  exportDocx: (
    plan: Plan,
    options: { draft: boolean; revision?: number | null; exportedAt?: string | null },
  ) => exportPlanDocx(plan, options),
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
