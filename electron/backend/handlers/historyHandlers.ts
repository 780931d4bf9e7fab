import type { historyOperations } from '../../../shared/contract/historyOperations.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { BackendContext } from '../context.ts';

/** Named versions and restore (issue 9 §3): the store does the work in one transaction each. */
export function historyHandlers(ctx: BackendContext): FeatureHandlers<typeof historyOperations> {
  return {
    nameVersion: (id, { name, baseRevision }) => ctx.plans.nameVersion(id, name, baseRevision),
    restoreRevision: (id, { revision, baseRevision }) =>
      ctx.plans.restoreRevision(id, revision, baseRevision),
  };
}
