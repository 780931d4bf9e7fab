import { z } from 'zod';
import { op } from './operation.ts';
import { planIdSchema } from './planOperations.ts';
import type { ExportResult } from './records.ts';

/** Word export of a stored plan (NĐ 30 layout); the back end records each export with its hash. */
export const exportOperations = {
  exportPlan: op<ExportResult>()(z.tuple([planIdSchema, z.object({ draft: z.boolean() })])),
};
