import type { PlanCitation } from '../../shared/citations/planCitations.ts';
import { newTonePlacement } from '../../shared/format/tonePlacement.ts';
import type { ImportReport } from '../../shared/import/importReport.ts';
import { numberSymbolKey } from '../../shared/registry/numberSymbol.ts';
import type { LabelCitation, LabelTask } from '../fixtures/real/labelSchema.ts';

// One pure function per figure of issue 10, point 7. Each compares what the product made of a real
// document with the document itself or with its hand-made label; none reads a file.

export interface Share {
  hit: number;
  of: number;
  /** hit / of; 1 when there is nothing to find. */
  share: number;
}

const share = (hit: number, of: number): Share => ({ hit, of, share: of === 0 ? 1 : hit / of });

/** Whitespace (no-break spaces, tabs, line breaks) collapsed, ends trimmed, NFC. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Paragraphs placed in blocks against all the source paragraphs the importer counted. */
export function placedShare(report: ImportReport): Share {
  return share(report.placedParagraphs, report.sourceParagraphs);
}

export interface TextKept extends Share {
  lost: string[];
  /** Kept, but only once their own leading number ("a)", "1.") is set aside: the export renumbered them. */
  renumbered: string[];
}

/** A leading enumerator of a paragraph: "1.", "1.2.", "a)", "II.", "-", "+". */
const ENUMERATOR = /^(?:[-+•*]\s*|(?:\d+\.)+\d*\s*|\d+\)\s*|[a-zđ]\)\s*|[ivxlc]+\.\s+)/u;

/** Lower case, dash look-alikes as "-", whitespace collapsed, NFC. */
function lowerFlat(text: string): string {
  return flat(text)
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');
}

/**
 * What the text-kept measure compares: lowerFlat, the tone of "oa", "oe", "uy" placed the new way
 * ("hoà" = "hòa": one word in two spellings, and the export prints NĐ 30's "CỘNG HÒA" motto),
 * and no space between a document's own number and its "/" ("Số: 666 /TTr-SNV", the number
 * stamped into the blank a draft left, is printed "Số: 666/TTr-SNV" as NĐ 30 writes it).
 */
function keptKey(text: string): string {
  return newTonePlacement(lowerFlat(text)).replace(/^(số\s*:?\s*[\d.]+)\s+\//u, '$1/');
}

/**
 * Every source paragraph found again in the text of the exported document (its paragraphs joined
 * by spaces, so that a hard-wrapped source line the importer joined to the next still counts).
 * What does not count, on purpose: letter case (NĐ 30 prints the issuing body, the type name and
 * the signature in capitals, which the exporter does by rule), dash look-alikes (the motto's "–"
 * printed "-"), the old or new placement of a tone ("CỘNG HOÀ" printed as NĐ 30's "CỘNG HÒA"),
 * a space between the document's own number and its "/" on the "Số:" line, a paragraph's final
 * ";", "." or ":" (the exporter derives the punctuation of bases and list items), and paragraphs
 * without a letter or digit (rules drawn with dashes under a header, which the exporter draws as a
 * line). A paragraph found only without its leading number is kept but listed as renumbered.
 */
export function textKept(source: string[], exported: string[]): TextKept {
  const haystack = ` ${exported.map(keptKey).join(' ')} `;
  const paragraphs = source
    .map((p) => keptKey(p).replace(/[;.,:]+$/u, ''))
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  const lost: string[] = [];
  const renumbered: string[] = [];
  for (const p of paragraphs) {
    if (haystack.includes(p)) continue;
    const bare = p.replace(ENUMERATOR, '');
    if (bare !== p && bare !== '' && haystack.includes(bare)) renumbered.push(p);
    else lost.push(p);
  }
  return { ...share(paragraphs.length - lost.length, paragraphs.length), lost, renumbered };
}

/** For title matching: lower case, no leading numbering or bullets ("1.2.", "a)", "-", "+", "II."). */
function titleKey(text: string): string {
  return flat(text)
    .toLocaleLowerCase('vi')
    .replace(/^(?:[-+•*–]\s*|(?:\d+\.)+\d*\s*|[a-zđ]\)\s*|[ivxlc]+\.\s*)+/u, '')
    .replace(/[.:;,]+$/u, '')
    .trim();
}

/** How many characters of two titles must agree from the start for them to name one task. */
const TITLE_PREFIX = 40;

function sameTitle(label: string, found: string): boolean {
  const a = titleKey(label);
  const b = titleKey(found);
  if (a === '' || b === '') return false;
  const n = Math.min(TITLE_PREFIX, a.length, b.length);
  // A very short found text ("Sở Tư pháp") must not match every task that starts with it.
  if (n < Math.min(TITLE_PREFIX, a.length)) return false;
  return a.slice(0, n) === b.slice(0, n);
}

export interface Found extends Share {
  missing: string[];
}

/**
 * A task as the product made it: its title (or text), and for a per-agency task (its lead read from
 * its heading) the lead, the group heading above it and its first paragraph.
 */
export interface FoundTask {
  title: string;
  lead?: string | null;
  group?: string | null;
  firstParagraph?: string | null;
}

/** Leads agree when one starts the other, case and final punctuation aside ("Sở Tài chính"). */
function sameLead(label: string, found: string): boolean {
  const a = titleKey(label);
  const b = titleKey(found);
  return a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/**
 * The texts a label may give as a per-agency task's title (README of the labels: one task per
 * agency block): the group heading above "1.1. Công an tỉnh:" (or above tasks a), b) that its
 * "Giao Sở Tư pháp chủ trì …:" assigns), the duty after "Sở Y tế:", or the first paragraph under
 * the agency heading. Only when the product read the same lead.
 */
function agencyTitles(t: FoundTask): string[] {
  const lead = t.lead?.trim() ?? '';
  // "Giao Sở Nội vụ:" heads the Sở's block as "Sở Nội vụ:" does.
  const heading = t.title.trim().replace(/^Giao\s+/u, '');
  if (lead === '') return [];
  if (!heading.startsWith(lead)) return [t.group ?? ''].filter((x) => x !== '');
  const after = heading.slice(lead.length).replace(/^\s*:\s*/u, '');
  return [t.group ?? '', after, after === '' ? (t.firstParagraph ?? '') : ''].filter((x) => x !== '');
}

/** Label tasks found among the product's tasks, matched by their titles' first 40 characters. */
export function tasksFound(labelled: LabelTask[], found: Array<string | FoundTask>): Found {
  const tasks = found.map((f): FoundTask => (typeof f === 'string' ? { title: f } : f));
  const hit = (l: LabelTask): boolean =>
    tasks.some(
      (f) =>
        sameTitle(l.title, f.title) ||
        (l.lead !== null &&
          sameLead(l.lead, f.lead ?? '') &&
          agencyTitles(f).some((text) => sameTitle(l.title, text))),
    );
  const missing = labelled.filter((t) => !hit(t)).map((t) => t.title);
  return { ...share(labelled.length - missing.length, labelled.length), missing };
}

function recipientKey(text: string): string {
  return flat(text)
    .toLocaleLowerCase('vi')
    .replace(/^[-+•–]\s*/u, '')
    .replace(/[.;,]+$/u, '')
    .trim();
}

/** Label recipients found among the product's Nơi nhận entries (case, dash and final ";" aside). */
export function recipientsFound(labelled: string[], found: string[]): Found {
  const keys = new Set(found.map(recipientKey));
  const missing = labelled.filter((r) => !keys.has(recipientKey(r)));
  return { ...share(labelled.length - missing.length, labelled.length), missing };
}

/** Lower case, no diacritics, đ → d, whitespace collapsed: how law names are compared. */
function nameKey(text: string): string {
  return flat(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

/** A law cited by name, its name alone: "Luật Luật sư ngày …", "Luật X năm 2012" → the name. */
function labelLawName(text: string): string {
  return text.split(/\s+(?:năm|ngày|số|được|đã|sửa đổi,? bổ sung năm)\s+\d/u)[0] ?? text;
}

const NAMED_TYPES = new Set(['luat', 'bo-luat', 'hien-phap', 'dieu-le']);

function labelKey(c: LabelCitation): string | null {
  if (c.numberSymbol !== null) return `ns:${numberSymbolKey(c.numberSymbol)}`;
  // Documents cited by their name rather than a number: laws, codes, the Constitution, charters.
  if (NAMED_TYPES.has(c.type)) return `name:${nameKey(labelLawName(c.text))}`;
  return null;
}

function productKey(c: PlanCitation): string | null {
  if (c.numberSymbol !== null) return `ns:${numberSymbolKey(c.numberSymbol)}`;
  const name = c.expandedName ?? c.name;
  return name === null ? null : `name:${nameKey(name)}`;
}

export interface CitationScore {
  /** Distinct documents of the label that can be keyed (a number and symbol, or a law's name). */
  labelled: number;
  /** Label entries without a number that are not laws: not scorable by key. */
  unkeyed: number;
  /** Distinct documents the product extracted (by key). */
  extracted: number;
  truePositives: number;
  recall: number;
  precision: number;
  missed: string[];
  /** Extracted keys the label does not have (false positives, or label gaps to review). */
  extra: string[];
}

/**
 * Citation recall and precision over distinct documents: the label's citations against the product's,
 * by normalised number and symbol (numberSymbolKey: case, diacritics, spaces and leading zeros aside),
 * and for laws cited by name, by the name.
 */
export function citationScore(labelled: LabelCitation[], extracted: PlanCitation[]): CitationScore {
  const want = new Map<string, string>();
  let unkeyed = 0;
  for (const c of labelled) {
    const key = labelKey(c);
    if (key === null) unkeyed += 1;
    else if (!want.has(key)) want.set(key, c.numberSymbol ?? labelLawName(c.text));
  }
  const got = new Map<string, string>();
  for (const c of extracted) {
    const key = productKey(c);
    if (key !== null && !got.has(key)) got.set(key, c.numberSymbol ?? c.expandedName ?? c.name ?? '');
  }
  const truePositives = [...got.keys()].filter((k) => want.has(k)).length;
  return {
    labelled: want.size,
    unkeyed,
    extracted: got.size,
    truePositives,
    recall: want.size === 0 ? 1 : truePositives / want.size,
    precision: got.size === 0 ? 1 : truePositives / got.size,
    missed: [...want].filter(([k]) => !got.has(k)).map(([, v]) => v),
    extra: [...got].filter(([k]) => !want.has(k)).map(([, v]) => v),
  };
}
