import { PLAN_SCHEMA_VERSION } from '../../../shared/model/plan.ts';
import type { Handlers } from '../../../shared/contract/operations.ts';
import type { BackendContext } from '../context.ts';

/** Library, editing and history. */
export function planHandlers(
  ctx: BackendContext,
): Pick<
  Handlers,
  | 'appInfo'
  | 'listTemplates'
  | 'listPlans'
  | 'searchPlans'
  | 'createPlan'
  | 'getPlan'
  | 'savePlan'
  | 'deletePlan'
  | 'listRevisions'
  | 'getRevision'
> {
  return {
    appInfo: () => ({ version: ctx.version, schemaVersion: PLAN_SCHEMA_VERSION, host: ctx.host }),
    listTemplates: () => ctx.templates.list(),
    listPlans: () => ctx.plans.list(),
    searchPlans: (query) => ctx.plans.search(query),
    createPlan: ({ templateId }) =>
      ctx.plans.create(ctx.templates.load(templateId), 'create', `Tạo từ mẫu ${templateId}`),
    getPlan: (id) => ctx.plans.get(id),
    savePlan: (id, plan, { kind, baseRevision }) => ctx.plans.save(id, plan, kind, baseRevision),
    deletePlan: (id) => ctx.plans.delete(id),
    listRevisions: (id) => ctx.plans.revisions(id),
    getRevision: (id, revision) => ctx.plans.getRevision(id, revision),
  };
}
