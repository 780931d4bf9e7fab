import { ParseCache } from '../../citations/parseCache.ts';
import { fieldKey } from '../fields/fieldAddress.ts';
import { numberPlan, type NumberLabel } from '../numbering.ts';
import type { Item, Plan } from '../plan.ts';
import { allItems } from '../walk.ts';
import { linkReferences, type ReferenceLink } from './linkReferences.ts';

/** What hovering a reference shows: the range it covers in its paragraph and the target it names. */
export interface ReferenceTitle {
  paragraph: number;
  start: number;
  end: number;
  /** The reference as it was read, so a field showing other text (being typed) is not mislabelled. */
  text: string;
  /** "→ Mục II, 6: Tổ chức Ngày Pháp luật" */
  title: string;
  titleEn: string;
  targetId: string;
}

/** The line naming a reference's target as the drafter sees it now (numbers derived from `plan`). */
export function referenceTitle(
  plan: Plan,
  link: ReferenceLink,
  numbers: ReadonlyMap<string, NumberLabel> = numberPlan(plan),
  items: Map<string, Item> = new Map(allItems(plan).map(({ item }) => [item.id, item])),
): { title: string; titleEn: string } {
  const section = plan.sections.find((s) => s.id === link.sectionId);
  const roman = numbers.get(link.sectionId)?.label ?? '?';
  const target = link.pointId ?? link.itemId;
  if (target === null) {
    const name = section?.title ?? '';
    return { title: `→ Mục ${roman}: ${name}`, titleEn: `→ Section ${roman}: ${name}` };
  }
  const itemLabel = numbers.get(link.itemId ?? '')?.label ?? '?';
  const label =
    link.pointId === null ? itemLabel : `${itemLabel}, ${numbers.get(link.pointId)?.label ?? '?'})`;
  const raw = items.get(target)?.title.trim() ?? '';
  return {
    title: `→ Mục ${roman}, ${label}: ${raw === '' ? '(chưa có tiêu đề)' : raw}`,
    titleEn: `→ Section ${roman}, ${label}: ${raw === '' ? '(untitled)' : raw}`,
  };
}

/** Every linked reference of the plan with its hover line, by the field key it stands in. */
export function referenceTitles(
  plan: Plan,
  cache: ParseCache = new ParseCache(),
): Map<string, ReferenceTitle[]> {
  const out = new Map<string, ReferenceTitle[]>();
  const numbers = numberPlan(plan);
  const items = new Map(allItems(plan).map(({ item }) => [item.id, item]));
  for (const link of linkReferences(plan, cache)) {
    const key = fieldKey(link.address);
    const list = out.get(key) ?? [];
    list.push({
      paragraph: link.paragraph,
      start: link.start,
      end: link.end,
      targetId: link.targetId,
      text: link.text,
      ...referenceTitle(plan, link, numbers, items),
    });
    out.set(key, list);
  }
  return out;
}
