import { headingFields } from '../../model/agencyHeadings.ts';
import type { Item, Plan, Section, TaskLabels } from '../../model/plan.ts';
import type { NumberLabel } from '../../model/numbering.ts';
import type { Paragraph as RichParagraph, RichText, Run } from '../../model/richText.ts';
import { ND30, type TextStyle } from '../nd30.ts';
import { cased, legalBasisLines, taskFieldLines } from '../nd30Text.ts';
import { bodyParagraph, richRuns, styledRun } from './styles.ts';
import type { LayoutParagraph, LayoutRun } from './types.ts';

type Numbers = ReadonlyMap<string, NumberLabel>;

/** Prefix of a list paragraph in typed rich text: a dash, as Vietnamese plans write bullets. */
function listPrefix(p: RichParagraph, index: number): string {
  if (p.list === 'bullet') return '- ';
  if (p.list === 'number') return `${index}) `;
  return '';
}

/** Body paragraphs from rich text; `lead` runs (an item's number) open the first paragraph. */
export function richParagraphs(rt: RichText, lead: LayoutRun[] = []): LayoutParagraph[] {
  const s = ND30.body;
  let listIndex = 0;
  return rt.map((p, i) => {
    listIndex = p.list === 'number' ? listIndex + 1 : 0;
    const prefix = listPrefix(p, listIndex);
    const runs: Run[] = prefix ? [{ text: prefix }, ...p.runs] : p.runs;
    return bodyParagraph('body', [...(i === 0 ? lead : []), ...richRuns(runs, s)], s);
  });
}

export function legalBasesBlock(plan: Plan): LayoutParagraph[] {
  const s = ND30.legalBasis;
  return legalBasisLines(plan.legalBases).map((line) => bodyParagraph('legalBasis', [styledRun(line, s)], s));
}

function headingParagraph(prefix: string, title: string, s: TextStyle): LayoutParagraph {
  return bodyParagraph('heading', [styledRun(`${prefix}${cased(title, s)}`, s)], s, true);
}

function headingStyle(depth: number): TextStyle {
  const h = ND30.headings;
  if (depth <= 1) return h.level1;
  if (depth === 2) return h.level2;
  return h.level3;
}

/**
 * The layout is built again from the whole plan after each edit (the live preview), but the plan is
 * immutable: an unchanged item, with the same number and task labels, prints the same paragraphs.
 * Handing back the same objects lets the paginator find their set lines by identity (setLines),
 * instead of keying every paragraph on its content (issue 13). Weak: dropped with the plan.
 */
interface OwnParagraphs {
  prefix: string;
  depth: number | undefined;
  labels: TaskLabels;
  /** What the headings above say (the lines left out): part of the key. */
  named: ReturnType<typeof headingFields>;
  paragraphs: readonly LayoutParagraph[];
}
const ownCache = new WeakMap<Item, OwnParagraphs>();
const textCache = new WeakMap<RichText, readonly LayoutParagraph[]>();

/** Body paragraphs of typed rich text with no lead, the same objects for the same text. */
function textParagraphs(rt: RichText): readonly LayoutParagraph[] {
  let out = textCache.get(rt);
  if (out === undefined) {
    out = richParagraphs(rt);
    textCache.set(rt, out);
  }
  return out;
}

/**
 * A numbered item's own paragraphs. With a title, "1. Mục đích" heads its own line; with an empty
 * title the number runs into the first body paragraph ("1. Sở Tư pháp … chỉ đạo …"). Task fields
 * follow the body as the seed prints them ("- Cơ quan chủ trì: Sở Tư pháp.").
 */
function ownParagraphs(
  item: Item,
  label: NumberLabel | undefined,
  labels: TaskLabels,
  groups: readonly Item[],
): readonly LayoutParagraph[] {
  const prefix = label?.prefix ?? '';
  const depth = label?.depth;
  const named = headingFields(item, groups);
  const cached = ownCache.get(item);
  if (
    cached &&
    cached.prefix === prefix &&
    cached.depth === depth &&
    cached.labels === labels &&
    cached.named.lead === named.lead &&
    cached.named.coordinating === named.coordinating
  ) {
    return cached.paragraphs;
  }
  const s = headingStyle(depth ?? 1);
  const out: LayoutParagraph[] = [];
  const title = item.title.trim();
  if (title) {
    out.push(headingParagraph(prefix, title, s));
    out.push(...textParagraphs(item.body));
  } else if (item.body.length > 0) {
    out.push(...richParagraphs(item.body, [styledRun(prefix, ND30.body)]));
  } else {
    out.push(headingParagraph(prefix, '', s));
  }
  const body = ND30.body;
  for (const f of taskFieldLines(item.fields, labels)) {
    // A per-agency task is headed by its lead ("1.1. Công an tỉnh:", "a) Sở Y tế: Quản lý …") or
    // sits under it ("1. Sở Tài chính" over a), b)): the heading says it once.
    if ((f.key === 'lead' || f.key === 'coordinating') && item.fields?.[f.key] === named[f.key]) continue;
    out.push(bodyParagraph('task', [styledRun(f.label, body), styledRun(f.value, body)], body));
  }
  ownCache.set(item, { prefix, depth, labels, named, paragraphs: out });
  return out;
}

/** A numbered item: its own paragraphs, then its children's. */
function itemBlock(
  item: Item,
  numbers: Numbers,
  labels: TaskLabels,
  groups: readonly Item[] = [],
): LayoutParagraph[] {
  const out = [...ownParagraphs(item, numbers.get(item.id), labels, groups)];
  for (const child of item.children) out.push(...itemBlock(child, numbers, labels, [...groups, item]));
  return out;
}

/** One object for "no labels", so that items without them keep their cached paragraphs. */
const NO_LABELS: TaskLabels = {};

export function sectionBlock(
  section: Section,
  numbers: Numbers,
  labels: TaskLabels = NO_LABELS,
): LayoutParagraph[] {
  const label = numbers.get(section.id);
  const out: LayoutParagraph[] = [
    headingParagraph(label?.prefix ?? '', section.title.trim(), ND30.headings.section),
  ];
  for (const node of section.content) {
    out.push(...(node.type === 'item' ? itemBlock(node, numbers, labels) : textParagraphs(node.body)));
  }
  return out;
}
