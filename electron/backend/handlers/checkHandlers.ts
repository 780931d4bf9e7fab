import { checkPlan } from '../../../shared/checks/checkPlan.ts';
import { citationJson, scanPlan } from '../../../shared/citations/planCitations.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { checkOperations } from '../../../shared/contract/checkOperations.ts';
import type { BackendContext } from '../context.ts';
import { sqliteRegistryLookup } from '../registry/registryStore.ts';

/** Citation checks of a stored plan, against the workspace registry (which holds the built-in seed). */
export function checkHandlers(ctx: BackendContext): FeatureHandlers<typeof checkOperations> {
  const registry = sqliteRegistryLookup(ctx.db);
  return {
    checkPlan: (id, options) => checkPlan(ctx.plans.get(id).plan, { ...options, registry }),
    planCitations: (id) => scanPlan(ctx.plans.get(id).plan).citations.map(citationJson),
  };
}
