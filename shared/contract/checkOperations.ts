import { z } from 'zod';
import type { CitationJson } from '../citations/planCitations.ts';
import type { Finding } from '../checks/finding.ts';
import { RULE_IDS } from '../checks/ruleIds.ts';
import { op } from './operation.ts';
import { planIdSchema } from './planOperations.ts';

export const severitySchema = z.enum(['error', 'warning', 'info']);

/** What a caller may set; the registry is the workspace's own, chosen by the back end. */
export const checkOptionsSchema = z.object({
  // An unknown rule id is refused here: a typo must not silently leave a rule at its default.
  severities: z.partialRecord(z.enum(RULE_IDS), z.union([severitySchema, z.literal('off')])).optional(),
  acceptedAbbreviations: z.array(z.string().min(1).max(32)).max(500).optional(),
  year: z.number().int().min(1945).max(2200).optional(),
  final: z.boolean().optional(),
});
export type CheckOptionsInput = z.infer<typeof checkOptionsSchema>;

/** Citation checking of a stored plan (the editor checks its live copy with shared/checks directly). */
export const checkOperations = {
  checkPlan: op<Finding[]>()(z.tuple([planIdSchema, checkOptionsSchema])),
  planCitations: op<CitationJson[]>()(z.tuple([planIdSchema])),
};
