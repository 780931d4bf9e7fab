import { z } from 'zod';
import { MAX_EXPORT_REASON } from '../checks/exportGate.ts';
import { op } from './operation.ts';
import { planIdSchema } from './planOperations.ts';
import type { ExportResult } from './records.ts';

/**
 * Word export of a stored plan (NĐ 30 layout); the back end records each export with its hash. A
 * final copy (`draft: false`) is refused while error findings remain unless `reason` says why it
 * must go out anyway; the reason is kept in the export log.
 */
export const exportOperations = {
  exportPlan: op<ExportResult>()(
    z.tuple([
      planIdSchema,
      z.object({ draft: z.boolean(), reason: z.string().max(MAX_EXPORT_REASON).optional() }),
    ]),
  ),
};
