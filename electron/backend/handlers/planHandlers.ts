import { AppError } from '../../../shared/contract/appError.ts';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model/plan.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { planOperations } from '../../../shared/contract/planOperations.ts';
import type { BackendContext } from '../context.ts';
import { TEMPLATE_NOTE } from '../../../shared/library/planOrigin.ts';
import { UserTemplates } from '../reuse/userTemplates.ts';

/** An issued plan is a record: moving it to the bin needs the user's explicit confirmation. */
function issuedDeleteRefused(number: string, title: string): AppError {
  const name = title.trim() === '' ? 'Kế hoạch' : `Kế hoạch "${title.trim()}"`;
  const nameEn = title.trim() === '' ? 'The plan' : `The plan "${title.trim()}"`;
  return new AppError(
    'plan_issued',
    `${name} đã ban hành (số ${number}) và là văn bản lưu trữ: chỉ chuyển vào thùng rác khi xác nhận rõ trong hộp thoại xóa.`,
    `${nameEn} has been issued (number ${number}) and is a record: it goes to the bin only when that is confirmed in the delete dialog.`,
  );
}

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
    patchPlan: (id, patches, { baseRevision }) => ctx.plans.patcher.patch(id, patches, baseRevision),
    deletePlan: (id, confirm) => {
      const rec = ctx.plans.get(id);
      if (rec.status === 'issued' && !confirm?.issued) throw issuedDeleteRefused(rec.plan.header.number, rec.plan.summary);
      ctx.plans.delete(id);
    },
    listDeletedPlans: () => ctx.plans.listDeleted(),
    restorePlan: (id) => ctx.plans.restore(id),
    duplicatePlan: (id) => ctx.plans.duplicate(id),
    emptyBin: () => ({ removed: ctx.plans.emptyBin() }),
    listRevisions: (id) => ctx.plans.revisions(id),
    getRevision: (id, revision) => ctx.plans.getRevision(id, revision),
  };
}
