import { daysInMonth } from '../../model/issueDate.ts';
import type { Plan } from '../../model/plan.ts';
import type { PlanCitation } from '../../citations/planCitations.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { dateText } from './groups.ts';

/** The last day the plan can have been issued on: its issue date, or the end of what is known of it. */
export function planDeadline(plan: Plan, year: number): { iso: string; label: string; labelEn: string } {
  const d = plan.header.issueDate;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d.year !== null && d.month !== null && d.day !== null) {
    return {
      iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`,
      label: `${pad(d.day)}/${pad(d.month)}/${d.year}`,
      labelEn: `${pad(d.day)}/${pad(d.month)}/${d.year}`,
    };
  }
  if (d.year !== null && d.month !== null) {
    const last = daysInMonth(d.year, d.month);
    return {
      iso: `${d.year}-${pad(d.month)}-${pad(last)}`,
      label: `tháng ${pad(d.month)}/${d.year}`,
      labelEn: `${pad(d.month)}/${d.year}`,
    };
  }
  const y = d.year ?? year;
  return { iso: `${y}-12-31`, label: `năm ${y}`, labelEn: `${y}` };
}

/** The document a finding is about, named as the text names it ("Quyết định số 12/QĐ-UBND"). */
function which(c: PlanCitation): string {
  const id = c.numberSymbol ?? c.name;
  if (id === null) return 'Văn bản được dẫn';
  return c.name !== null && c.numberSymbol === null ? id : `${c.type ?? 'Văn bản'} số ${id}`;
}
function whichEn(c: PlanCitation): string {
  return c.numberSymbol ?? c.name ?? 'The cited document';
}

/** Dates that cannot be: a day that does not exist, a document dated after the plan, a year that contradicts the number. */
export const dateRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.impossible-date',
      severity: 'error',
      title: 'Ngày không tồn tại',
      titleEn: 'Date does not exist',
    },
    {
      id: 'citation.after-plan',
      severity: 'error',
      title: 'Văn bản được dẫn có ngày sau ngày của kế hoạch',
      titleEn: 'Cited document dated after the plan',
    },
    {
      id: 'citation.number-year-mismatch',
      severity: 'error',
      title: 'Năm trong số hiệu khác năm ban hành',
      titleEn: 'Year in the number differs from the year of the date',
    },
  ],
  run({ plan, scan, year }) {
    const out: Draft[] = [];
    const deadline = planDeadline(plan, year);
    for (const c of scan.citations) {
      const d = c.dateParts;
      if (d === null || c.dateSpan === null) continue;
      const loc = at(c.location, c.dateSpan.start, c.dateSpan.end);
      const excerpt = c.text.slice(c.dateSpan.start - c.start, c.dateSpan.end - c.start);
      if (!c.dateValid) {
        out.push({
          rule: 'citation.impossible-date',
          message: `${which(c)}: ngày ${dateText(c)} không tồn tại${d.month >= 1 && d.month <= 12 ? ` (tháng ${d.month} năm ${d.year} có ${daysInMonth(d.year, d.month)} ngày)` : ''}.`,
          messageEn: `${whichEn(c)}: the date ${dateText(c)} does not exist${d.month >= 1 && d.month <= 12 ? ` (month ${d.month} of ${d.year} has ${daysInMonth(d.year, d.month)} days)` : ''}.`,
          excerpt,
          location: loc,
          clause: null,
          fix: null,
        });
        continue;
      }
      if (c.date !== null && c.date > deadline.iso) {
        out.push({
          rule: 'citation.after-plan',
          message: `${which(c)} ghi ngày ${dateText(c)}, sau thời điểm ban hành kế hoạch (${deadline.label}).`,
          messageEn: `${whichEn(c)} is dated ${dateText(c)}, after the plan itself (${deadline.labelEn}).`,
          excerpt,
          location: loc,
          clause: null,
          fix: null,
        });
      }
      // A year of fewer than four digits is a malformed symbol (citation.malformed-symbol), not a mismatch.
      if (c.year !== null && c.year >= 1000 && c.year !== d.year) {
        out.push({
          rule: 'citation.number-year-mismatch',
          message: `Số hiệu ${c.numberSymbol} mang năm ${c.year} nhưng ngày ban hành ghi năm ${d.year}.`,
          messageEn: `The number ${c.numberSymbol} carries the year ${c.year} but the date says ${d.year}.`,
          excerpt,
          location: loc,
          clause: null,
          fix: null,
        });
      }
    }
    return out;
  },
};
