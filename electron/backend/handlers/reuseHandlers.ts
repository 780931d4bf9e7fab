import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { reuseOperations } from '../../../shared/contract/reuseOperations.ts';
import { comparePlans } from '../../../shared/compare/comparePlans.ts';
import { rolloverPlan } from '../../../shared/rollover/rolloverPlan.ts';
import { workspaceAgencyIndex } from '../agencies/workspaceAgencies.ts';
import type { BackendContext } from '../context.ts';
import { UserTemplates } from '../reuse/userTemplates.ts';
import { sqliteRegistryLookup } from '../registry/registryStore.ts';

/** Reuse of earlier plans (issue 5): import, rollover, compare, user templates. */
export function reuseHandlers(ctx: BackendContext): FeatureHandlers<typeof reuseOperations> {
  const templates = new UserTemplates(ctx.db);
  const side = (id: string, revision: number | null) => {
    const rec = revision === null ? ctx.plans.get(id) : ctx.plans.getRevision(id, revision);
    return {
      rec,
      info: { planId: id, revision: rec.revision, title: rec.plan.summary, year: rec.plan.year },
    };
  };
  return {
    importDocument: async (fileName, base64, options) => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const { plan, report } = await ctx.jobs.run('importFile', fileName, bytes, options ?? {});
      const note = `Nhập từ ${fileName}: ${report.placedParagraphs}/${report.sourceParagraphs} đoạn, ${report.tasks} nhiệm vụ`;
      const rec = ctx.plans.create(plan, 'import', note);
      return { planId: rec.id, revision: rec.revision, report };
    },
    rolloverPlan: (id, year) => {
      const source = ctx.plans.get(id);
      const { plan, report } = rolloverPlan(source.plan, year, {
        predecessorId: id,
        registry: sqliteRegistryLookup(ctx.db),
        agencies: workspaceAgencyIndex(ctx.db),
      });
      const rec = ctx.plans.create(
        plan,
        'rollover',
        `Chuyển từ kế hoạch năm ${source.plan.year} sang năm ${year}`,
        id,
      );
      return { planId: rec.id, revision: rec.revision, report };
    },
    comparePlans: (idA, revA, idB, revB) => {
      const a = side(idA, revA);
      const b = side(idB, revB);
      return { before: a.info, after: b.info, comparison: comparePlans(a.rec.plan, b.rec.plan) };
    },
    saveAsTemplate: (id, name) => templates.save(name, ctx.plans.get(id).plan, id),
    deleteUserTemplate: (templateId) => templates.delete(templateId),
    renameUserTemplate: (templateId, name) => templates.rename(templateId, name),
  };
}
