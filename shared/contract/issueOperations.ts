import { z } from 'zod';
import { workingStatusSchema } from '../model/planStatus.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import { op } from './operation.ts';
import { planIdSchema } from './planOperations.ts';
import type { PlanRecord, PlanSummary } from './records.ts';

export interface IssueResult {
  record: PlanRecord;
  /** The registry's entry for the issued plan, so next year's plan can cite it. */
  registryDoc: RegistryDoc;
  /** The registry had the document already (same number/symbol, issuer, year): it was updated, not added. */
  registryUpdated: boolean;
}

/** Status, issuing ("Ban hành") and amending an issued plan (issue 9 §4). */
export const issueOperations = {
  /** Dự thảo, Xin ý kiến, Trình ký; refused on an issued plan. */
  setPlanStatus: op<PlanSummary>()(z.tuple([planIdSchema, workingStatusSchema])),
  /**
   * The clerk's number (digits) and issue date (day/month/year, as typed): validated, written into
   * the header as an 'issue' revision on top of `baseRevision`, the plan locked and registered.
   */
  issuePlan: op<IssueResult>()(
    z.tuple([
      planIdSchema,
      z.object({
        number: z.string().max(32),
        date: z.string().max(40),
        baseRevision: z.number().int().min(1),
      }),
    ]),
  ),
  /** A new draft copied from an issued plan and linked to it; the issued plan is left as it is. */
  createAmendment: op<PlanRecord>()(z.tuple([planIdSchema])),
};
