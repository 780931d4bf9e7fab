import { citationJson, scanPlan } from '../../../shared/citations/planCitations.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { checkOperations } from '../../../shared/contract/checkOperations.ts';
import type { BackendContext } from '../context.ts';

/** Citation checks of a stored plan, against the workspace registry (which holds the built-in seed). */
export function checkHandlers(ctx: BackendContext): FeatureHandlers<typeof checkOperations> {
  return {
    // Full checks are heavy on a long plan: a job, off the main thread in the hosts.
    checkPlan: (id, options) => ctx.jobs.run('checkPlan', ctx.dataDir, ctx.plans.get(id).plan, options),
    planCitations: (id) => scanPlan(ctx.plans.get(id).plan).citations.map(citationJson),
  };
}
