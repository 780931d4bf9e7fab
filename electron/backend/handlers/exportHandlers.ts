import { createHash } from 'node:crypto';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { exportOperations } from '../../../shared/contract/exportOperations.ts';
import { exportFileName } from '../../../shared/export/exportFileName.ts';
import type { BackendContext } from '../context.ts';

/** Word export of a stored plan; the export is recorded with its revision and the file's sha256. */
export function exportHandlers(ctx: BackendContext): FeatureHandlers<typeof exportOperations> {
  return {
    exportPlan: async (id, { draft }) => {
      const record = ctx.plans.get(id);
      const bytes = await ctx.jobs.run('exportDocx', record.plan, {
        draft,
        revision: record.revision,
        exportedAt: new Date().toISOString(),
      });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const fileName = exportFileName(record.plan, draft);
      ctx.plans.recordExport(id, record.revision, draft, fileName, sha256);
      return {
        fileName,
        base64: Buffer.from(bytes).toString('base64'),
        sha256,
        revision: record.revision,
        draft,
      };
    },
  };
}
