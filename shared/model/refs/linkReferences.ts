import { ParseCache } from '../../citations/parseCache.ts';
import type { ParsedRef } from '../../citations/types.ts';
import { fieldArea, fieldNodeId, type TextAddress } from '../fields/fieldAddress.ts';
import { toRoman } from '../numbering.ts';
import type { Item, Plan, Section } from '../plan.ts';
import { planTexts } from '../walk.ts';

/**
 * An internal reference of the plan ("khoản 7 Mục II", "điểm a khoản 1 Mục IV", "Mục III", "nhiệm vụ
 * 2.1", or a relative "khoản 2") tied to the nodes it names. The ids survive moves, so after a structural edit
 * the reference can be re-rendered from the targets' new numbers (see renumberReferences).
 */
export interface ReferenceLink {
  address: TextAddress;
  paragraph: number;
  /** Range of the reference in the paragraph's text. */
  start: number;
  end: number;
  text: string;
  ref: ParsedRef;
  sectionId: string;
  /** The item "khoản N" names, or null for a bare "Mục III". */
  itemId: string | null;
  /** The point "điểm a" names (a third-level item), or null. */
  pointId: string | null;
  /** The deepest node named: what a drafter jumps to. */
  targetId: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral as written, canonical or not ("IIII" → 4). */
export function romanTotal(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i += 1) {
    const v = ROMAN_VALUES[r[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** 0 for a numeral `toRoman` would not write ("IIII"): such a reference is not ours to link. */
export function romanValue(r: string): number {
  const total = romanTotal(r);
  return toRoman(total) === r ? total : 0;
}

const itemsOf = (nodes: Section['content']): Item[] => nodes.filter((n): n is Item => n.type === 'item');

/** The section every section, item and text block of the plan stands in, by id. */
export function sectionOfNode(plan: Plan): Map<string, Section> {
  const map = new Map<string, Section>();
  const visit = (it: Item, s: Section): void => {
    map.set(it.id, s);
    it.children.forEach((c) => visit(c, s));
  };
  for (const s of plan.sections) {
    map.set(s.id, s);
    for (const n of s.content) {
      if (n.type === 'item') visit(n, s);
      else map.set(n.id, s);
    }
  }
  return map;
}

/** Where "nhiệm vụ 2.1" is read: the plan's content (tasks) section, else the section it stands in. */
export function taskSection(plan: Plan, current: Section | null): Section | null {
  return plan.sections.find((s) => s.role === 'content') ?? current;
}

/** The nodes a reference names, or null when one of them does not exist (a finding, not a link). */
export function resolveReference(
  plan: Plan,
  ref: ParsedRef,
  current: Section | null,
): Pick<ReferenceLink, 'sectionId' | 'itemId' | 'pointId' | 'targetId'> | null {
  if (ref.external) return null;
  let section: Section | null = current;
  if (ref.section !== null) section = plan.sections[romanValue(ref.section) - 1] ?? null;
  else if (ref.item === null) return null;
  else if (ref.task) section = taskSection(plan, current);
  if (section === null) return null;
  if (ref.item === null) return { sectionId: section.id, itemId: null, pointId: null, targetId: section.id };
  let list = itemsOf(section.content);
  let item: Item | undefined;
  for (const n of ref.item.split('.').map(Number)) {
    item = list[n - 1];
    if (!item) return null;
    list = item.children;
  }
  if (!item) return null;
  let pointId: string | null = null;
  // Points are lettered at the third level only (numbering.ts): "điểm a khoản 1.2" is a child of 1.2.
  if (ref.point !== null && ref.item.includes('.')) {
    const point = item.children[ref.point.charCodeAt(0) - 97];
    if (!point) return null;
    pointId = point.id;
  }
  return { sectionId: section.id, itemId: item.id, pointId, targetId: pointId ?? item.id };
}

/**
 * Every internal reference of the plan that names an existing section or item, with where it stands.
 * The header is not read (it holds the plan's own number). A relative "khoản 2" is read in the
 * section of the field it stands in.
 */
export function linkReferences(plan: Plan, cache: ParseCache = new ParseCache()): ReferenceLink[] {
  const owner = sectionOfNode(plan);
  const out: ReferenceLink[] = [];
  // The texts and their parses only: the plan's citations (what scanPlan builds too) are not read
  // here, and building them was a third of re-linking the 300-task plan (traced, issue 13).
  for (const t of planTexts(plan)) {
    if (fieldArea(t.location.address) === 'header') continue;
    const current = owner.get(fieldNodeId(t.location.address) ?? '') ?? null;
    for (const ref of cache.get(t.text).refs) {
      const target = resolveReference(plan, ref, current);
      if (target === null) continue;
      out.push({
        address: t.location.address,
        paragraph: t.location.paragraph,
        start: ref.start,
        end: ref.end,
        text: ref.text,
        ref,
        ...target,
      });
    }
  }
  return out;
}
