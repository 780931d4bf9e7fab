import type { PlanCitation } from '../../citations/planCitations.ts';

/** Citations of the same identifier, in document order. */
export function byKey(citations: PlanCitation[], numberedOnly = false): Map<string, PlanCitation[]> {
  const groups = new Map<string, PlanCitation[]>();
  for (const c of citations) {
    if (c.key === null || (numberedOnly && c.numberSymbol === null)) continue;
    const list = groups.get(c.key);
    if (list) list.push(c);
    else groups.set(c.key, [c]);
  }
  return groups;
}

export function dateText(c: PlanCitation): string {
  const d = c.dateParts;
  return d ? `${d.day}/${d.month}/${d.year}` : '';
}

export function sameDate(a: PlanCitation, b: PlanCitation): boolean {
  const x = a.dateParts;
  const y = b.dateParts;
  return x !== null && y !== null && x.day === y.day && x.month === y.month && x.year === y.year;
}
