import { headingFields } from '../model/agencyHeadings.ts';
import type { Item, Plan } from '../model/plan.ts';

function visit(item: Item, groups: Item[]): void {
  if (item.children.length > 0) {
    item.children.forEach((c) => visit(c, [...groups, item]));
    return;
  }
  const named = headingFields(item, groups);
  const lead = item.fields?.lead ?? named.lead;
  if (lead === null) return;
  item.fields = {
    lead,
    coordinating: item.fields?.coordinating ?? (item.fields?.lead ? null : named.coordinating),
    timeline: item.fields?.timeline ?? null,
    deliverable: item.fields?.deliverable ?? null,
  };
}

/**
 * Plans that assign tasks by agency name the agency in a heading (shared/model/agencyHeadings.ts):
 * that agency is the task's lead. Read after the body, so the duties under a heading stay the
 * task's text; the export does not print a field its heading already names (bodyBlocks.ts).
 */
export function agencyLeads(plan: Plan): void {
  for (const s of plan.sections) {
    if (s.role !== 'content') continue;
    for (const n of s.content) if (n.type === 'item') visit(n, []);
  }
}
