import { scanPlan, type PlanCitation } from '../citations/planCitations.ts';
import { invalidOn, validityProblemText } from '../checks/rules/registryValidity.ts';
import { citationLabel, lookupCitation } from '../checks/rules/registryShared.ts';
import type { Plan } from '../model/plan.ts';
import { formatDocDate } from '../registry/docDate.ts';
import type { RegistryLookup } from '../registry/registryDoc.ts';
import { validityOn } from '../registry/validity.ts';
import type { RolloverLocation, RolloverReviewItem } from './rolloverPlan.ts';

const where = (c: PlanCitation): RolloverLocation => ({
  address: c.location.address,
  paragraph: c.location.paragraph,
  label: c.location.label,
  labelEn: c.location.labelEn,
});

/**
 * The citations of the rolled-over plan judged on `onDate` (1 January of the new year): each one the
 * registry knows as replaced, expired or not yet in force by then is a review item naming what
 * replaced it and the source; those whose validity no source states are listed together, so the
 * secretary knows which căn cứ nobody has verified. Citations only: agencies are reviewed elsewhere.
 */
export function citationValidityReview(
  plan: Plan,
  registry: RegistryLookup,
  onDate: string,
): RolloverReviewItem[] {
  const items: RolloverReviewItem[] = [];
  const seen = new Set<string>();
  const unverified: { label: string; c: PlanCitation }[] = [];
  const unknown: { label: string; c: PlanCitation }[] = [];
  for (const c of scanPlan(plan).citations) {
    const label = citationLabel(c);
    const key = c.key ?? label;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = invalidOn(c, registry, onDate);
    if (problem) {
      const text = validityProblemText(label, problem, onDate, registry);
      items.push({
        // The English half is read after the last " / ": sources (which may hold one) stay in the Vietnamese.
        reason: `${text.vi.replace(/\.$/, '')} / ${problem.validity.kind === 'not_yet' ? 'not yet in force' : 'no longer in force'} on ${formatDocDate(onDate)}: replace the basis (see the registry for the source)`,
        excerpt: c.text,
        location: c.location.label,
        at: where(c),
      });
      continue;
    }
    const docs = lookupCitation(c, registry);
    if (docs.length === 0) unknown.push({ label, c });
    else if (docs.every((d) => validityOn(d, onDate).kind === 'unverified')) unverified.push({ label, c });
  }
  const first = unverified[0] ?? unknown[0];
  if (first) {
    const parts = [
      unverified.length > 0
        ? `sổ văn bản chưa có nguồn xác nhận hiệu lực của ${unverified.map((u) => u.label).join('; ')}`
        : '',
      unknown.length > 0 ? `sổ văn bản chưa có ${unknown.map((u) => u.label).join('; ')}` : '',
    ].filter(Boolean);
    items.push({
      reason: `Tại ngày ${formatDocDate(onDate)}: ${parts.join('; ')} — cần tự kiểm tra căn cứ còn hiệu lực / validity on ${formatDocDate(onDate)} not verified by any source: check these bases by hand`,
      excerpt: first.c.text,
      location: first.c.location.label,
      at: where(first.c),
    });
  }
  return items;
}
