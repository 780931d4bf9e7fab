import type { RangeLocation } from '../../shared/citations/planCitations.ts';
import type { Severity } from '../../shared/checks/finding.ts';
import type { Finding } from '../../shared/checks/finding.ts';
import type { Item, Plan } from '../../shared/model/plan.ts';
import type { RichText } from '../../shared/model/richText.ts';
import type { TextLocation } from '../../shared/model/walk.ts';

/**
 * Where a finding shows in the editor. The editor's blocks are not told about checks: rich-text
 * fields are found by the identity of the RichText value they edit (the plan's own array), plain
 * inputs by the test id the blocks already give them. Both are derived here, from the plan alone.
 */

/** A rich-text field: `${block}|${field}` ("preamble|body", "<item id>|body"). */
export const richKey = (block: string, field: string): string => `${block}|${field}`;

/** Rich text lives in "body" fields only (preamble, items, text blocks, appendices). */
export const isRichField = (field: string): boolean => field === 'body';

/** Every rich-text value of the plan → the key of its field. */
export function richOwners(plan: Plan): Map<RichText, string> {
  const owners = new Map<RichText, string>();
  owners.set(plan.preamble, richKey('preamble', 'body'));
  const visit = (item: Item): void => {
    owners.set(item.body, richKey(item.id, 'body'));
    item.children.forEach(visit);
  };
  for (const s of plan.sections) {
    for (const node of s.content) {
      if (node.type === 'text') owners.set(node.body, richKey(node.id, 'body'));
      else visit(node);
    }
  }
  for (const a of plan.appendices) owners.set(a.body, richKey(a.id, 'body'));
  return owners;
}

/** A plain input of the editor and the part of the finding's range that falls in it. */
export interface InputTarget {
  testId: string;
  /** What the input shows when the finding was computed: a mark on changed text is stale. */
  value: string;
  start: number;
  end: number;
}

const TASK_FIELDS = new Set(['lead', 'coordinating', 'timeline', 'deliverable']);
const HEADER_INPUTS: Record<string, string> = {
  parentBody: 'header-parentBody',
  issuingBody: 'header-issuingBody',
};

/**
 * The plain input a location's text is typed in, with the range inside that input. `text` is the text
 * the checks read at that location. Null for rich text and for inputs the blocks give no test id.
 */
export function inputTarget(
  loc: TextLocation,
  text: string,
  start: number,
  end: number,
  appendixIds: readonly string[] = [],
): InputTarget | null {
  const { block, field, paragraph } = loc;
  const whole = (testId: string): InputTarget => ({ testId, value: text, start, end });
  // Appendix inputs are numbered by the appendix's place ("appendix-0-cell-2-1"), the checks by its id.
  const appendix = appendixIds.indexOf(block);
  if (appendix >= 0) {
    if (field === 'title' || field === 'subtitle') return whole(`appendix-${appendix}-${field}`);
    const cell = /^cell:(\d+):(\d+)$/.exec(field);
    return cell ? whole(`appendix-${appendix}-cell-${cell[1]}-${cell[2]}`) : null;
  }
  if (block === 'header') {
    if (field === 'numberSymbol') {
      // The checks read "number/symbol"; the editor has two inputs around a fixed slash.
      const slash = text.indexOf('/');
      const number = text.slice(0, slash);
      const symbol = text.slice(slash + 1);
      if (start <= slash && end <= slash) return { testId: 'header-number', value: number, start, end };
      if (start > slash)
        return { testId: 'header-symbol', value: symbol, start: start - slash - 1, end: end - slash - 1 };
      return { testId: 'header-symbol', value: symbol, start: 0, end: Math.max(0, end - slash - 1) };
    }
    const id = HEADER_INPUTS[field];
    return id ? whole(id) : null;
  }
  if (block === 'title') return field === 'summary' ? whole('summary') : null;
  if (block === 'legalBases') return whole(`legal-${paragraph}`);
  if (block === 'recipients')
    return field === 'archive' ? whole('recipients-archive') : whole(`recipients-${paragraph}`);
  if (block === 'signature')
    return field === 'name' ? whole('signature-name') : whole(`signature-lines-${paragraph}`);
  if (TASK_FIELDS.has(field)) return whole(`task-${block}-${field}`);
  if (field === 'title') {
    // A section title or an item title: the two id schemes cannot collide (ids are unique).
    return { testId: `item-${block}-title`, value: text, start, end };
  }
  return null;
}

/** Test ids a title may have: sections and items share the "title" field name. */
export function titleTestIds(block: string): string[] {
  return [`item-${block}-title`, `section-${block}-title`];
}

/** One underline: a range of a paragraph (or of an input's value) with the worst severity there. */
export interface Mark {
  paragraph: number;
  start: number;
  end: number;
  severity: Severity;
  /** The paragraph (or input value) as checked: the mark applies only while the text is the same. */
  text: string;
  message: string;
  messageEn: string;
}

export interface FieldMarks {
  /** Rich-text field key → marks. */
  rich: Map<string, Mark[]>;
  /** Input test id → marks. */
  inputs: Map<string, Mark[]>;
}

const locKey = (l: TextLocation): string => `${l.block}|${l.field}|${l.paragraph}`;

/**
 * Sort findings into the fields that show them. `texts` are the texts the findings were computed
 * on (the check's scan), so every mark remembers the text it belongs to.
 */
export function fieldMarks(
  findings: readonly Finding[],
  texts: ReadonlyArray<{ location: TextLocation; text: string }>,
  appendixIds: readonly string[] = [],
): FieldMarks {
  const byLoc = new Map(texts.map((t) => [locKey(t.location), t.text]));
  const rich = new Map<string, Mark[]>();
  const inputs = new Map<string, Mark[]>();
  const push = (map: Map<string, Mark[]>, key: string, mark: Mark) => {
    const list = map.get(key);
    if (list) list.push(mark);
    else map.set(key, [mark]);
  };
  for (const f of findings) {
    const loc: RangeLocation | null = f.location;
    if (!loc) continue;
    const text = byLoc.get(locKey(loc));
    if (text === undefined) continue;
    const base = { severity: f.severity, message: f.message, messageEn: f.messageEn };
    if (isRichField(loc.field)) {
      push(rich, richKey(loc.block, loc.field), {
        ...base,
        paragraph: loc.paragraph,
        start: loc.start,
        end: loc.end,
        text,
      });
      continue;
    }
    const target = inputTarget(loc, text, loc.start, loc.end, appendixIds);
    if (!target) continue;
    const mark: Mark = { ...base, paragraph: 0, start: target.start, end: target.end, text: target.value };
    if (loc.field === 'title' && target.testId.startsWith('item-')) {
      for (const id of titleTestIds(loc.block)) push(inputs, id, mark);
    } else push(inputs, target.testId, mark);
  }
  return { rich, inputs };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The worst severity among marks, or null. */
export function worstSeverity(marks: readonly Mark[]): Severity | null {
  let worst: Severity | null = null;
  for (const m of marks) if (worst === null || RANK[m.severity] < RANK[worst]) worst = m.severity;
  return worst;
}

/** Findings grouped by severity, errors first, with their counts. */
export function groupBySeverity(
  findings: readonly Finding[],
): Array<{ severity: Severity; findings: Finding[] }> {
  const groups: Array<{ severity: Severity; findings: Finding[] }> = [
    { severity: 'error', findings: [] },
    { severity: 'warning', findings: [] },
    { severity: 'info', findings: [] },
  ];
  for (const f of findings) groups[RANK[f.severity]]?.findings.push(f);
  return groups;
}

/** CSS selector of the block card a location lives in: the jump target when no field is found. */
export function blockSelector(block: string): string {
  const fixed: Record<string, string> = {
    header: '#block-header',
    title: '#block-title',
    legalBases: '#block-legal',
    preamble: '#block-preamble',
    recipients: '#block-recipients',
    signature: '#block-signature',
  };
  const css = (s: string) => s.replace(/["\\]/g, '\\$&');
  return fixed[block] ?? `[data-item-id="${css(block)}"], #block-${css(block)}, #block-appendices`;
}
