import { createHash } from 'node:crypto';
import { exportReason, gateFinalExport } from '../../../shared/checks/exportGate.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { exportOperations } from '../../../shared/contract/exportOperations.ts';
import { exportFileName } from '../../../shared/export/exportFileName.ts';
import type { BackendContext } from '../context.ts';

/**
 * Word export of a stored plan; the export is recorded with its revision and the file's sha256. A
 * final copy passes the export gate first (shared/checks/exportGate.ts).
 */
export function exportHandlers(ctx: BackendContext): FeatureHandlers<typeof exportOperations> {
  return {
    exportPlan: async (id, { draft, reason: given }) => {
      const record = ctx.plans.get(id);
      // A draft is never gated; a final copy with open errors needs the drafter's reason.
      const errors = draft
        ? []
        : (await ctx.jobs.run('checkPlan', ctx.dataDir, record.plan, { final: true })).filter(
            (f) => f.severity === 'error',
          );
      const reason = errors.length > 0 ? exportReason(given) : null;
      gateFinalExport(errors, reason);
      const bytes = await ctx.jobs.run('exportDocx', record.plan, {
        draft,
        revision: record.revision,
        exportedAt: new Date().toISOString(),
      });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const fileName = exportFileName(record.plan, draft);
      ctx.plans.recordExport(id, record.revision, draft, fileName, sha256, {
        reason,
        openErrors: errors.length,
      });
      return {
        fileName,
        base64: Buffer.from(bytes).toString('base64'),
        sha256,
        revision: record.revision,
        draft,
        reason,
        openErrors: errors.length,
      };
    },
  };
}
