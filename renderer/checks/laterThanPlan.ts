import { planDeadline } from '../../shared/checks/rules/dates.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { fillPlaceholders, type Lang } from '../i18n/messages.ts';
import { findingNavMessages } from './findingNavText.ts';

/** "2021-01-31" → "31/01/2021". */
const vnDate = (iso: string): string => iso.split('-').reverse().join('/');

/**
 * For the citation picker: a test of a registry document's date (ISO) against the plan's own date
 * (its issue date, or the end of the month or year known of it, as the checks read it), giving the
 * explanation to show when the document is later, or null when it is not (or has no date).
 */
export function laterThanPlan(plan: Plan, lang: Lang): (docDate: string | null) => string | null {
  const deadline = planDeadline(plan, plan.year);
  const planText = lang === 'vi' ? deadline.label : vnDate(deadline.iso);
  return (docDate) =>
    docDate !== null && docDate > deadline.iso
      ? fillPlaceholders(findingNavMessages[lang].laterThanPlanHint, { doc: vnDate(docDate), plan: planText })
      : null;
}
