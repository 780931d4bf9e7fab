import { ParseCache } from '../../citations/parseCache.ts';
import { fieldKey } from '../fields/fieldAddress.ts';
import { fieldTexts, planFields, type PlanField } from '../fields/planFields.ts';
import { numberPlan, type NumberLabel } from '../numbering.ts';
import type { Plan } from '../plan.ts';
import type { Paragraph } from '../richText.ts';
import { linkReferences, type ReferenceLink } from './linkReferences.ts';

/** A replacement of [start, end) of one paragraph's text. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

// The number parts of a reference's own words: only these are rewritten, the words stay as typed.
const POINT_PART = /([Đđ]iểm\s{1,2})([a-zđ])/u;
const ITEM_PART =
  /((?:[Kk]hoản|[Tt]iểu\s{1,2}mục|[Nn]hiệm\s{1,2}vụ(?:\s{1,2}số)?)\s{1,2})(\d{1,2}(?:\.\d{1,2})?)/u;
const SECTION_PART = /((?:[Mm]ục|MỤC)\s{1,2})([IVXL]{1,6})(?![\p{L}\p{N}])/u;

function partSplice(text: string, offset: number, part: RegExp, value: string | null): Splice | null {
  if (value === null) return null;
  const m = part.exec(text);
  if (!m || m[2] === value) return null;
  const start = offset + m.index + (m[1] ?? '').length;
  return { start, end: start + (m[2] ?? '').length, text: value };
}

/**
 * The splices that bring one reference up to date with the numbers of `after`, or null when it is to
 * be left as typed: a target was deleted (the checks then report it), or an item became a point or
 * the other way round (no number of the same kind to write).
 */
function referenceSplices(link: ReferenceLink, numbers: ReadonlyMap<string, NumberLabel>): Splice[] | null {
  const section = numbers.get(link.sectionId);
  const item = link.itemId === null ? null : numbers.get(link.itemId);
  const point = link.pointId === null ? null : numbers.get(link.pointId);
  if (section === undefined || item === undefined || point === undefined) return null;
  if (item !== null && (item.depth > 2 || item.sectionId !== link.sectionId)) return null;
  if (point !== null && point.depth !== 3) return null;
  const out = [
    partSplice(link.text, link.start, POINT_PART, point?.label ?? null),
    partSplice(link.text, link.start, ITEM_PART, item?.label ?? null),
    link.ref.section === null ? null : partSplice(link.text, link.start, SECTION_PART, section.label),
  ];
  return out.filter((s): s is Splice => s !== null);
}

/** Apply splices (sorted from the end) to one paragraph, keeping each run's formatting. */
function spliceParagraph(p: Paragraph, splices: Splice[]): Paragraph {
  const runs = p.runs.map((r) => ({ ...r }));
  for (const s of splices) {
    let pos = 0;
    let placed = false;
    for (const run of runs) {
      const runStart = pos;
      const runEnd = pos + run.text.length;
      pos = runEnd;
      const from = Math.max(s.start, runStart);
      const to = Math.min(s.end, runEnd);
      if (from >= to) continue;
      const head = run.text.slice(0, from - runStart);
      const tail = run.text.slice(to - runStart);
      run.text = head + (placed ? '' : s.text) + tail;
      placed = true;
    }
  }
  const kept = runs.filter((r) => r.text !== '');
  return { ...p, runs: kept.length > 0 ? kept : runs.slice(0, 1) };
}

function spliceText(text: string, splices: Splice[]): string {
  return splices.reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), text);
}

function sameNumbers(a: ReadonlyMap<string, NumberLabel>, b: ReadonlyMap<string, NumberLabel>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, l] of a) {
    const m = b.get(id);
    if (!m || m.label !== l.label || m.sectionId !== l.sectionId) return false;
  }
  return true;
}

/**
 * After a structural edit (move, indent, outdent, add or delete of an item or section), rewrite in
 * `after` the text of every internal reference of `before` whose target's number changed: "khoản 7
 * Mục II" → "khoản 6 Mục II" when task 7 moved up. A reference whose target was deleted is left as
 * typed (the internalRefs check reports it). The result is one plan value, so undo restores the
 * order and the texts in one step. Returns `after` itself when nothing needs rewriting.
 */
export function renumberReferences(before: Plan, after: Plan, cache: ParseCache = new ParseCache()): Plan {
  const numbers = numberPlan(after);
  if (before === after || sameNumbers(numberPlan(before), numbers)) return after;
  const fields = new Map<string, PlanField>(planFields(after).map((f) => [f.key, f]));
  // key -> paragraph -> splices
  const edits = new Map<string, Map<number, Splice[]>>();
  for (const link of linkReferences(before, cache)) {
    if (link.address.kind === 'numberSymbol') continue;
    const key = fieldKey(link.address);
    const field = fields.get(key);
    // Only a reference still standing as typed is rewritten (the field may have gone with its node).
    if (!field || fieldTexts(field, after)[link.paragraph]?.slice(link.start, link.end) !== link.text)
      continue;
    const splices = referenceSplices(link, numbers);
    if (splices === null || splices.length === 0) continue;
    const byParagraph = edits.get(key) ?? new Map<number, Splice[]>();
    byParagraph.set(link.paragraph, [...(byParagraph.get(link.paragraph) ?? []), ...splices]);
    edits.set(key, byParagraph);
  }
  let plan = after;
  for (const [key, byParagraph] of edits) {
    const field = fields.get(key);
    if (!field) continue;
    const sorted = (ss: Splice[]): Splice[] => [...ss].sort((a, b) => b.start - a.start);
    if (field.kind === 'line') {
      const splices = byParagraph.get(0);
      if (splices) plan = field.set(plan, spliceText(field.get(plan), sorted(splices)));
    } else if (field.kind === 'rich') {
      const value = field.get(plan);
      plan = field.set(
        plan,
        value.map((p, i) => {
          const splices = byParagraph.get(i);
          return splices ? spliceParagraph(p, sorted(splices)) : p;
        }),
      );
    }
  }
  return plan;
}
