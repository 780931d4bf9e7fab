import { numberSymbolText } from '../model/fields/fieldAddress.ts';
import { fieldAt } from '../model/fields/planFields.ts';
import type { Plan } from '../model/plan.ts';
import type { Paragraph } from '../model/richText.ts';
import type { TextEdit } from './finding.ts';

function editString(text: string, edit: TextEdit): string | null {
  const { start, end } = edit.range;
  if (start < 0 || end < start || end > text.length) return null;
  return text.slice(0, start) + edit.replacement + text.slice(end);
}

/** Edit a rich-text paragraph at character offsets, keeping each run's marks (an insertion joins the run it falls in). */
function editParagraph(p: Paragraph, edit: TextEdit): Paragraph | null {
  const { start, end } = edit.range;
  const total = p.runs.reduce((n, r) => n + r.text.length, 0);
  if (start < 0 || end < start || end > total) return null;
  if (p.runs.length === 0) return { ...p, runs: [{ text: edit.replacement }] };
  let offset = 0;
  let inserted = false;
  const runs = p.runs.map((r) => {
    const from = offset;
    const to = offset + r.text.length;
    offset = to;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, to) - from;
    const cut = a < b ? r.text.slice(0, a) + r.text.slice(b) : r.text;
    if (!inserted && start >= from && start <= to) {
      inserted = true;
      const at = start - from;
      return { ...r, text: cut.slice(0, at) + edit.replacement + cut.slice(at) };
    }
    return { ...r, text: cut };
  });
  return { ...p, runs: runs.filter((r, i) => r.text !== '' || i === 0) };
}

function editRich(paragraphs: Paragraph[], index: number, edit: TextEdit): Paragraph[] | null {
  const p = paragraphs[index];
  if (!p) return null;
  const next = editParagraph(p, edit);
  if (!next) return null;
  return paragraphs.map((x, i) => (i === index ? next : x));
}

/**
 * Apply a quick fix to a plan: a new plan, or null when the text it was computed on has changed or
 * is gone (the caller re-checks and offers the fix again). The plan passed in is not modified. The
 * fix is written through the field table's `set`, so every field the checks read can be fixed.
 */
export function applyFix(plan: Plan, edit: TextEdit): Plan | null {
  const { address, paragraph } = edit.location;
  if (address.kind === 'numberSymbol') {
    // The checks read "number/symbol" as one text: edit it, then write both fields back.
    const s = editString(numberSymbolText(plan.header.number, plan.header.symbol), edit);
    const slash = s?.indexOf('/') ?? -1;
    if (s === null || slash < 0) return null;
    const number = s.slice(0, slash);
    if (!/^\d*$/.test(number)) return null;
    return { ...plan, header: { ...plan.header, number, symbol: s.slice(slash + 1) } };
  }
  const field = fieldAt(plan, address);
  if (field?.kind === 'line') {
    if (paragraph !== 0) return null;
    const s = editString(field.get(plan), edit);
    return s === null ? null : field.set(plan, s);
  }
  if (field?.kind === 'rich') {
    const rt = editRich(field.get(plan), paragraph, edit);
    return rt === null ? null : field.set(plan, rt);
  }
  return null;
}
