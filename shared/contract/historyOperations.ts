import { z } from 'zod';
import { op } from './operation.ts';
import { planIdSchema } from './planOperations.ts';
import type { PlanRecord, SaveResult } from './records.ts';

/**
 * The history panel ("Lịch sử phiên bản", issue 9 §3); listRevisions and getRevision are in
 * planOperations. Both append a revision on top of `baseRevision`, so another window's save is
 * never overwritten.
 */
export const historyOperations = {
  /** "Lưu phiên bản": the stored plan as a named version, kept for ever. */
  nameVersion: op<SaveResult>()(
    z.tuple([planIdSchema, z.object({ name: z.string().max(200), baseRevision: z.number().int().min(1) })]),
  ),
  /** "Khôi phục": the plan of `revision` as a new revision of kind 'restore'; refused when issued. */
  restoreRevision: op<PlanRecord>()(
    z.tuple([
      planIdSchema,
      z.object({ revision: z.number().int().min(1), baseRevision: z.number().int().min(1) }),
    ]),
  ),
};
