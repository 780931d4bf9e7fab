import type { Item, Plan } from '../model/plan.ts';
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

function findItem(items: Item[], id: string): Item | null {
  for (const it of items) {
    if (it.id === id) return it;
    const inner = findItem(it.children, id);
    if (inner) return inner;
  }
  return null;
}

/**
 * Apply a quick fix to a plan: a new plan, or null when the text it was computed on has changed
 * (the caller re-checks and offers the fix again). The plan passed in is not modified.
 */
export function applyFix(plan: Plan, edit: TextEdit): Plan | null {
  const next = structuredClone(plan);
  const { block, field, paragraph } = edit.location;
  if (block === 'header' && field === 'numberSymbol') {
    const s = editString(`${next.header.number}/${next.header.symbol}`, edit);
    const slash = s?.indexOf('/') ?? -1;
    if (s === null || slash < 0) return null;
    next.header.number = s.slice(0, slash);
    next.header.symbol = s.slice(slash + 1);
    return /^\d*$/.test(next.header.number) ? next : null;
  }
  const setString = (get: () => string | undefined, set: (v: string) => void): Plan | null => {
    const v = get();
    if (v === undefined) return null;
    const s = editString(v, edit);
    if (s === null) return null;
    set(s);
    return next;
  };
  if (block === 'title')
    return setString(
      () => next.summary,
      (v) => (next.summary = v),
    );
  if (block === 'legalBases')
    return setString(
      () => next.legalBases[paragraph],
      (v) => (next.legalBases[paragraph] = v),
    );
  if (block === 'preamble') {
    const rt = editRich(next.preamble, paragraph, edit);
    if (!rt) return null;
    next.preamble = rt;
    return next;
  }
  if (block === 'recipients') {
    if (field === 'archive')
      return setString(
        () => next.recipients.archive,
        (v) => (next.recipients.archive = v),
      );
    return setString(
      () => next.recipients.entries[paragraph],
      (v) => (next.recipients.entries[paragraph] = v),
    );
  }
  if (block === 'signature') {
    if (field === 'name')
      return setString(
        () => next.signature.name,
        (v) => (next.signature.name = v),
      );
    return setString(
      () => next.signature.lines[paragraph],
      (v) => (next.signature.lines[paragraph] = v),
    );
  }
  for (const section of next.sections) {
    if (section.id === block && field === 'title')
      return setString(
        () => section.title,
        (v) => (section.title = v),
      );
    for (const node of section.content) {
      if (node.type === 'text' && node.id === block) {
        const rt = editRich(node.body, paragraph, edit);
        if (!rt) return null;
        node.body = rt;
        return next;
      }
    }
    const items = section.content.filter((n): n is Item => n.type === 'item');
    const item = findItem(items, block);
    if (!item) continue;
    if (field === 'title')
      return setString(
        () => item.title,
        (v) => (item.title = v),
      );
    if (field === 'body') {
      const rt = editRich(item.body, paragraph, edit);
      if (!rt) return null;
      item.body = rt;
      return next;
    }
    const fields = item.fields;
    if (
      fields &&
      (field === 'lead' || field === 'coordinating' || field === 'timeline' || field === 'deliverable')
    ) {
      return setString(
        () => fields[field] ?? undefined,
        (v) => (fields[field] = v),
      );
    }
    return null;
  }
  for (const a of next.appendices) {
    if (a.id !== block) continue;
    if (field === 'title')
      return setString(
        () => a.title,
        (v) => (a.title = v),
      );
    if (field === 'subtitle')
      return setString(
        () => a.subtitle,
        (v) => (a.subtitle = v),
      );
    if (field === 'body') {
      const rt = editRich(a.body, paragraph, edit);
      if (!rt) return null;
      a.body = rt;
      return next;
    }
    const cell = /^cell:(\d+):(\d+)$/.exec(field);
    const row = cell ? a.table?.rows[Number(cell[1])] : undefined;
    if (cell && row)
      return setString(
        () => row[Number(cell[2])],
        (v) => (row[Number(cell[2])] = v),
      );
  }
  return null;
}
