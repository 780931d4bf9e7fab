import path from 'node:path';
import { checkPlan } from '../../../shared/checks/checkPlan.ts';
import type { CheckOptions } from '../../../shared/checks/context.ts';
import { AppError } from '../../../shared/contract/appError.ts';
import { exportPlanDocx } from '../../../shared/export/exportPlanDocx.ts';
import type { ImportOptions } from '../../../shared/import/importReport.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { workspaceAgencyIndex } from '../agencies/workspaceAgencies.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { sqliteRegistryLookup } from '../registry/registryStore.ts';
import { importFileBytes } from '../reuse/importFile.ts';
import { openDatabaseReadOnly } from '../store/openDatabase.ts';

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
  /**
   * The full checks of a plan against the workspace registry. The worker opens the workspace
   * read-only for the registry look-ups (SQLite serves a reader beside the main thread's writer).
   */
  checkPlan: (dataDir: string, plan: Plan, options: Omit<CheckOptions, 'registry' | 'agencies'>) => {
    const db = openDatabaseReadOnly(path.join(dataDir, DATABASE_FILE));
    if (db === null) throw new AppError('storage_unavailable');
    try {
      return checkPlan(plan, {
        ...options,
        registry: sqliteRegistryLookup(db),
        agencies: workspaceAgencyIndex(db),
      });
    } finally {
      db.close();
    }
  },
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
