import { AppError } from '../../../shared/contract/appError.ts';
import type { issueOperations } from '../../../shared/contract/issueOperations.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import { numberSymbolLine } from '../../../shared/format/nd30Text.ts';
import { parseIssueInput } from '../../../shared/issue/issueInput.ts';
import { issuedRegistryInput, sameIssuedEntry } from '../../../shared/issue/issuedRegistryInput.ts';
import { formatShortDate } from '../../../shared/model/issueDate.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { BackendContext } from '../context.ts';
import { RegistryStore } from '../registry/registryStore.ts';
import { issuedLock } from '../store/planErrors.ts';

/** "Số: 05/KH-BCĐ" without the label, for revision notes. */
const numberSymbolOf = (plan: Plan) => numberSymbolLine(plan.header).replace(/^Số:\s*/u, '');

/**
 * Issuing (issue 9 §4): the number and the date go into the header, the plan is locked, and the
 * registry learns of it — all in one transaction, so an issued plan is never missing from the
 * registry and a refused registry entry leaves the plan a draft.
 */
export function issueHandlers(ctx: BackendContext): FeatureHandlers<typeof issueOperations> {
  const registry = new RegistryStore(ctx.db);
  return {
    setPlanStatus: (id, status) => ctx.plans.setStatus(id, status),
    issuePlan: (id, { number, date, baseRevision }) => {
      const input = parseIssueInput(number, date);
      if (!input.ok) throw new AppError('invalid_issue', input.message, input.messageEn);
      return ctx.db.transaction(() => {
        const head = ctx.plans.get(id);
        if (head.status === 'issued') throw issuedLock(head.plan.summary);
        const plan: Plan = {
          ...head.plan,
          header: { ...head.plan.header, number: input.number, issueDate: input.issueDate },
        };
        // The registry may know the document already (typed in by hand, imported, from a citation):
        // that entry is brought up to date rather than doubled.
        const entry = issuedRegistryInput(plan);
        const same = sameIssuedEntry(registry.lookup().byNumberSymbol(entry.numberSymbol ?? ''), entry);
        const issued = `Ban hành: số ${numberSymbolOf(plan)}, ngày ${formatShortDate(plan.header.issueDate) ?? ''}`;
        const note = same ? `${issued}; cập nhật văn bản đã có trong Sổ văn bản` : issued;
        const record = ctx.plans.issue(id, plan, baseRevision, note);
        const registryDoc = same
          ? registry.update(same.id, { ...entry, note: same.note })
          : registry.add(entry);
        return { record, registryDoc, registryUpdated: same !== null };
      })();
    },
    createAmendment: (id) => {
      const issued = ctx.plans.get(id);
      if (issued.status !== 'issued') {
        throw new AppError(
          'invalid_plan',
          'Chỉ tạo bản sửa đổi từ kế hoạch đã ban hành; kế hoạch này vẫn đang soạn, hãy sửa trực tiếp.',
          'An amendment is made from an issued plan only; this plan is still a draft, edit it directly.',
        );
      }
      // The amendment gets its own number and date when it is issued in its turn.
      const draft: Plan = {
        ...issued.plan,
        header: {
          ...issued.plan.header,
          number: '',
          issueDate: { day: null, month: null, year: issued.plan.header.issueDate.year },
        },
      };
      return ctx.plans.create(
        draft,
        'create',
        `Bản sửa đổi của kế hoạch số ${numberSymbolOf(issued.plan)}`,
        issued.id,
      );
    },
  };
}
