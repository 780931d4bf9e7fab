import { PLAN_SCHEMA_VERSION } from '../../../shared/model/plan.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { planOperations } from '../../../shared/contract/planOperations.ts';
import type { BackendContext } from '../context.ts';
import { TEMPLATE_NOTE } from '../../../shared/library/planOrigin.ts';
import { UserTemplates } from '../reuse/userTemplates.ts';

/** Library, editing and history. */
export function planHandlers(ctx: BackendContext): FeatureHandlers<typeof planOperations> {
  const userTemplates = new UserTemplates(ctx.db);
  return {
    appInfo: () => ({ version: ctx.version, schemaVersion: PLAN_SCHEMA_VERSION, host: ctx.host }),
    // Built-in templates first, then those the user saved from a plan ("Lưu làm mẫu").
    listTemplates: () => [...ctx.templates.list(), ...userTemplates.list()],
    listPlans: () => ctx.plans.list(),
    searchPlans: (query) => ctx.plans.search(query),
    createPlan: ({ templateId }) => {
      const plan = ctx.templates.has(templateId)
        ? ctx.templates.load(templateId)
        : userTemplates.load(templateId);
      return ctx.plans.create(plan, 'create', `${TEMPLATE_NOTE}${templateId}`);
    },
    getPlan: (id) => ctx.plans.get(id),
    savePlan: (id, plan, { kind, baseRevision }) => ctx.plans.save(id, plan, kind, baseRevision),
    deletePlan: (id) => ctx.plans.delete(id),
    listDeletedPlans: () => ctx.plans.listDeleted(),
    restorePlan: (id) => ctx.plans.restore(id),
    duplicatePlan: (id) => ctx.plans.duplicate(id),
    emptyBin: () => ({ removed: ctx.plans.emptyBin() }),
    listRevisions: (id) => ctx.plans.revisions(id),
    getRevision: (id, revision) => ctx.plans.getRevision(id, revision),
  };
}
