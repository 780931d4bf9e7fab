import { canonicalSegment, typeForCode } from './docTypes.ts';
import {
  ANY_LAW_HEAD,
  CONSTITUTION,
  AMENDED_LAW_GAP,
  AMENDING_LAW_HEAD,
  DATE_AFTER,
  LAW_NAME_HEAD,
  mayMatch,
  LOWER_LAW_HEAD,
  NOT_A_LAW_NAME,
  LIST_GAP,
  NAME_STOP_BIGRAMS,
  NAME_STOP_WORDS,
  NAME_WORD,
  NUMBER_AFTER_NAME,
  NUMBER_SYMBOL,
  PROPER_IN_NAME,
  SO_BEFORE,
  TYPE_BEFORE,
  YEAR_AFTER_NAME,
} from './patterns.ts';
import {
  emptyCitation,
  fitsType,
  readDate,
  readIssuer,
  readSummary,
  typeName,
  type Draft,
} from './citationParts.ts';
import { knownTitleLength } from './lawNames.ts';
import { listHead, shareTrailingIssuer } from './lists.ts';
import { firstMatch, matchList } from './matchList.ts';
import { parseReferences } from './references.ts';
import { symbolParts } from './symbolParts.ts';
import { prepareText, squash, type PreparedText } from './textPrep.ts';
import type { ParsedCitation, Span, TextParse } from './types.ts';

const MAX_INPUT = 2_000_000;

/**
 * Parse one piece of text (a paragraph, a field, a table cell): every citation, internal reference,
 * definition, abbreviation and programme period in it. Never throws; linear in the text's length.
 */
export function parseText(original: string): TextParse {
  try {
    const source = original.length > MAX_INPUT ? original.slice(0, MAX_INPUT) : original;
    const prep = prepareText(source);
    return parseReferences(prep, source, findCitations(prep, source));
  } catch {
    // A bug in a pattern must never take the editor down: report nothing for this text.
    return emptyParse();
  }
}

export function emptyParse(): TextParse {
  return {
    citations: [],
    refs: [],
    definitions: [],
    abbreviations: [],
    selfRefs: [],
    yearRanges: [],
    periods: [],
    placeholders: [],
    mostlyUpper: false,
  };
}

/** Citations of a plain text, in order (convenience for tests and the CLI). */
export function parseCitations(text: string): ParsedCitation[] {
  return parseText(text).citations;
}

function findCitations(prep: PreparedText, original: string): ParsedCitation[] {
  const t = prep.text;
  const drafts: Draft[] = [];
  for (const m of matchList(NUMBER_SYMBOL, t)) {
    const d = numberSymbolCitation(t, m, drafts[drafts.length - 1]);
    if (d) drafts.push(d);
  }
  shareTrailingIssuer(drafts);
  const { laws, dropped } = findLawNames(t, drafts);
  const all =
    laws.length === 0 && dropped.size === 0 ? drafts : [...drafts.filter((d) => !dropped.has(d)), ...laws];
  if (!inOrder(all)) all.sort((a, b) => a.pStart - b.pStart);
  return all.map((d) => finish(d, prep, original));
}

/** Whether the drafts stand in text order already (the usual case: sorting them would keep them so). */
function inOrder(drafts: Draft[]): boolean {
  for (let i = 1; i < drafts.length; i += 1)
    if ((drafts[i]?.pStart ?? 0) < (drafts[i - 1]?.pStart ?? 0)) return false;
  return true;
}

function numberSymbolCitation(t: string, m: RegExpExecArray, prev: Draft | undefined): Draft | null {
  const c = emptyCitation();
  const nsStart = m.index;
  const nsEnd = m.index + m[0].length;
  c.numberSymbolWritten = m[0];
  c.numberSymbolSpan = { start: nsStart, end: nsEnd };
  if (m[1] !== undefined) {
    c.number = m[1];
    c.year = m[2] !== undefined ? Number(m[2]) : null;
    const parts = symbolParts(m[3] ?? '');
    c.symbol = parts.symbol;
    c.numberSymbol = c.year === null ? `${c.number}/${c.symbol}` : `${c.number}/${c.year}/${c.symbol}`;
    c.typeCode = parts.typeCode;
    c.issuerSegments = parts.issuerSegments;
  } else {
    c.party = true;
    c.number = m[4] ?? null;
    const code = canonicalSegment(m[5] ?? '');
    const issuer = canonicalSegment(m[6] ?? '');
    c.symbol = `${code}/${issuer}`;
    c.numberSymbol = `${c.number}-${c.symbol}`;
    c.typeCode = m[5] ?? null;
    c.issuerSegments = [issuer];
  }

  // What stands before the number: a type word (with "số"), or "số" alone in a list.
  const windowStart = Math.max(0, nsStart - 44);
  const before = t.slice(windowStart, nsStart);
  let pStart = nsStart;
  let sharedIssuer = false;
  const typed = firstMatch(TYPE_BEFORE, before);
  if (typed && typed[1] !== undefined) {
    const typeStart = windowStart + typed.index;
    c.type = typeName(typed[1]);
    c.typeSpan = { start: typeStart, end: typeStart + typed[1].length };
    c.hasSo = typed[2] !== undefined;
    pStart = typeStart;
  } else if (nsStart <= 12 && /^\s*Số\s{0,2}:\s{0,2}$/u.test(t.slice(0, nsStart))) {
    // "Số: 05/KH-UBND" heading a text is a document's own number, not a citation.
    return null;
  } else {
    const so = firstMatch(SO_BEFORE, before);
    if (so) {
      c.hasSo = true;
      pStart = windowStart + so.index;
      // "các Quyết định của Thủ tướng Chính phủ: số 705/QĐ-TTg …; số …": type and issuer written once.
      const head = listHead(t, pStart);
      if (head && fitsType(head.type, c.typeCode)) {
        c.type = head.type;
        c.typeSpan = head.typeSpan;
        c.issuer = head.issuer;
        c.issuerSpan = head.issuerSpan;
        pStart = head.start;
        sharedIssuer = true;
      }
    }
    if (c.type === null && prev && prev.c.type !== null && prev.pEnd <= pStart && pStart - prev.pEnd <= 8) {
      const gap = t.slice(prev.pEnd, nsStart);
      // A list shares its type word only with items whose symbol fits it: in "… Kết luận số
      // 80-KL/TW; 21/2021/QĐ-TTg …" the second item is a decision, as its symbol says.
      if (LIST_GAP.test(gap) && fitsType(prev.c.type, c.typeCode)) {
        c.type = prev.c.type;
        c.listed = true;
        if (prev.sharedIssuer === true && prev.c.issuer !== null) {
          c.issuer = prev.c.issuer;
          c.issuerSpan = prev.c.issuerSpan;
          sharedIssuer = true;
        }
      }
    }
    if (c.type === null) {
      // A bare identifier counts only when its symbol names the type (or it is a law's number).
      const inferred = c.typeCode !== null ? typeForCode(c.typeCode) : undefined;
      if (inferred !== undefined) {
        c.type = inferred;
        c.typeInferred = true;
      } else if (!(c.year !== null && /^(?:QH|UBTVQH)\d{0,2}$/i.test(c.symbol ?? ''))) {
        if (!c.hasSo) return null;
      }
    }
  }

  let pos = nsEnd;
  pos = readDate(t, pos, c);
  const listIssuer = c.issuer;
  const tail = readIssuer(t, pos, c);
  // An item that names its own issuer does not pass the list's on.
  if (c.issuer !== listIssuer) sharedIssuer = false;
  pos = tail;
  pos = readSummary(t, pos, c);
  return { c, pStart, pEnd: pos, pTail: tail, sharedIssuer };
}

/**
 * The end of a law's name starting at `nameStart`: words up to a stop word, a year, or an upper-case
 * word that is not a proper noun of the name ("Luật Tổ chức Chính phủ" keeps "Chính phủ").
 */
function readLawName(t: string, nameStart: number): number {
  let pos = nameStart;
  let nameEnd = nameStart;
  let words = 0;
  let firstAllCaps = false;
  while (words < 14) {
    let sepEnd = pos;
    if (words > 0) {
      const sep = /^(?:, | )/u.exec(t.slice(pos, pos + 2));
      if (!sep) break;
      sepEnd = pos + sep[0].length;
      const next = t.slice(sepEnd, sepEnd + 40);
      if (firstAllCaps) break;
      if (/^\p{Lu}/u.test(next)) {
        const proper = sep[0] === ' ' ? PROPER_IN_NAME.exec(next) : null;
        if (!proper) break;
        pos = sepEnd + proper[0].length;
        nameEnd = pos;
        words += 1;
        continue;
      }
      if (NAME_STOP_BIGRAMS.test(next)) break;
      // "… Chính phủ và Luật …": "và" joins two names, it is not part of this one.
      if (/^và\s{1,3}\p{Lu}/u.test(next)) break;
      YEAR_AFTER_NAME.lastIndex = pos;
      if (YEAR_AFTER_NAME.test(t)) break;
    }
    NAME_WORD.lastIndex = sepEnd;
    const w = NAME_WORD.exec(t);
    if (!w) break;
    if (words > 0 && NAME_STOP_WORDS.has(w[0].toLowerCase())) break;
    if (words === 0 && /^[A-ZĐ]{2,}$/u.test(w[0])) firstAllCaps = true;
    pos = sepEnd + w[0].length;
    nameEnd = pos;
    words += 1;
  }
  return nameEnd;
}

/** A known title ("Luật sư", "Các tổ chức tín dụng") ends where it ends; any other name is read word by word. */
function lawNameEnd(t: string, nameStart: number): number {
  const known = knownTitleLength(t.slice(nameStart, nameStart + 80));
  return known > 0 ? nameStart + known : readLawName(t, nameStart);
}

/**
 * The end of a law named in lower case, or null when it is not certainly a law: a known title
 * ("luật luật sư"), or a name written "Luật …" that carries its year, date or number ("Luật thanh
 * tra ngày 15 tháng 11 năm 2010"). "luật sư", "pháp luật về …" and the like are never laws.
 */
function lowerCaseLawEnd(t: string, head: string, nameStart: number): number | null {
  const known = knownTitleLength(t.slice(nameStart, nameStart + 80));
  if (known > 0) return nameStart + known;
  if (!/^(?:Luật|Bộ|Pháp)/u.test(head) || NOT_A_LAW_NAME.test(t.slice(nameStart, nameStart + 8))) return null;
  let end = readLawName(t, nameStart);
  if (end === nameStart) return null;
  // "Luật xử lý vi phạm hành chính năm ngày 20 tháng 6 năm 2012": a stray "năm" before the date.
  const stray = /\s{1,3}năm$/u.exec(t.slice(Math.max(nameStart, end - 8), end));
  if (stray && /^\s{1,3}ngày/u.test(t.slice(end, end + 8))) end -= stray[0].length;
  YEAR_AFTER_NAME.lastIndex = end;
  if (YEAR_AFTER_NAME.test(t)) return end;
  DATE_AFTER.lastIndex = end;
  if (DATE_AFTER.test(t)) return end;
  return /^[\s,]{0,3}số\s{0,2}:?\s{0,2}\d{1,4}\/\d{4}\/QH/iu.test(t.slice(end, end + 30)) ? end : null;
}

const NO_AMENDING: ReadonlyMap<number, { end: number; inner: number[] }> = new Map();

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
 * phương ngày 22 tháng 11 năm 2019": keyed by the start of the amending law, the end of its name and
 * the starts of the laws it names (so they are not read as laws dated 22/11/2019).
 */
function amendingLaws(t: string): ReadonlyMap<number, { end: number; inner: number[] }> {
  if (!mayMatch(AMENDING_LAW_HEAD, t)) return NO_AMENDING;
  const out = new Map<number, { end: number; inner: number[] }>();
  for (const m of matchList(AMENDING_LAW_HEAD, t)) {
    const inner: number[] = [];
    let pos = m.index + m[0].length;
    let end = pos;
    for (let i = 0; i < 6; i += 1) {
      // "… của Bộ Luật hình sự": the amended law's name may be in lower case.
      ANY_LAW_HEAD.lastIndex = pos;
      const lh = ANY_LAW_HEAD.exec(t);
      if (!lh) break;
      const nameEnd = lawNameEnd(t, pos + lh[0].length);
      if (nameEnd === pos + lh[0].length) break;
      inner.push(pos);
      end = nameEnd;
      const gap = AMENDED_LAW_GAP.exec(t.slice(end, end + 40));
      if (!gap) break;
      pos = end + gap[0].length;
    }
    if (inner.length > 0) out.set(m.index, { end, inner });
  }
  return out;
}

const NONE_DROPPED: ReadonlySet<Draft> = new Set();

/** Laws, codes, ordinances and the Constitution cited by name. */
function findLawNames(t: string, numbered: Draft[]): { laws: Draft[]; dropped: ReadonlySet<Draft> } {
  const named = matchList(LAW_NAME_HEAD, t);
  const lowerNamed = matchList(LOWER_LAW_HEAD, t);
  const constitution = mayMatch(CONSTITUTION, t) ? matchList(CONSTITUTION, t) : [];
  // Most texts name no law: nothing to build (issue 13).
  if (named.length + lowerNamed.length + constitution.length === 0 && !mayMatch(AMENDING_LAW_HEAD, t))
    return { laws: [], dropped: NONE_DROPPED };
  const out: Draft[] = [];
  // Built by loops: the pairs and arrays of numbered.map were garbage at every law (issue 13).
  const byStart = new Map<number, Draft>();
  const typedAt = new Set<number>();
  for (const d of numbered) {
    byStart.set(d.c.numberSymbolSpan?.start ?? -1, d);
    typedAt.add(d.c.typeSpan?.start ?? -1);
  }
  const dropped = new Set<Draft>();
  const amendingAt = amendingLaws(t);
  const skip = new Set<number>();
  for (const a of amendingAt.values()) for (const inner of a.inner) skip.add(inner);
  // Heads in text order: laws named directly, and amending laws ("Luật sửa đổi, bổ sung …").
  const heads: Array<{ index: number; typeWord: string; nameStart: number; nameEnd: number }> = [];
  for (const [index, a] of amendingAt) {
    const typeWord =
      /^(?:Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh)/u.exec(t.slice(index, index + 12))?.[0] ?? 'Luật';
    const nameStart = index + typeWord.length + 1;
    heads.push({ index, typeWord, nameStart, nameEnd: a.end });
  }
  for (const m of named) {
    if (typedAt.has(m.index) || skip.has(m.index)) continue;
    const nameStart = m.index + m[0].length;
    const nameEnd = lawNameEnd(t, nameStart);
    if (nameEnd === nameStart) continue;
    heads.push({ index: m.index, typeWord: m[1] ?? 'Luật', nameStart, nameEnd });
  }
  for (const m of lowerNamed) {
    if (typedAt.has(m.index) || skip.has(m.index) || amendingAt.has(m.index)) continue;
    const nameStart = m.index + m[0].length;
    // "Luật Hộ tịch" is read above; here only a lower-case head or a lower-case name.
    if (/^\p{Lu}/u.test(m[1] ?? '') && /^\p{Lu}/u.test(t.charAt(nameStart))) continue;
    const nameEnd = lowerCaseLawEnd(t, m[1] ?? 'luật', nameStart);
    if (nameEnd !== null) heads.push({ index: m.index, typeWord: m[1] ?? 'Luật', nameStart, nameEnd });
  }
  heads.sort((a, b) => a.index - b.index);
  let lastEnd = -1;
  for (const hd of heads) {
    // "luật luật sư": the second "luật" is the name of the first law, not a law of its own.
    if (hd.index < lastEnd) continue;
    lastEnd = hd.nameEnd;
    const typeWord = squash(hd.typeWord);
    const c = emptyCitation();
    c.type = typeName(typeWord) ?? 'Luật';
    c.typeSpan = { start: hd.index, end: hd.index + hd.typeWord.length };
    const { nameStart, nameEnd } = hd;
    // "luật luật sư", "Luật thanh tra": the name as a title ("Luật Luật sư", "Luật Thanh tra").
    const title = squash(t.slice(nameStart, nameEnd));
    // An amending law keeps "sửa đổi" in lower case: it is not a title.
    const cap = amendingAt.has(hd.index) ? title : `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
    c.name = `${c.type} ${cap}`;
    let end = nameEnd;
    YEAR_AFTER_NAME.lastIndex = end;
    const y = YEAR_AFTER_NAME.exec(t);
    if (y) {
      c.nameYear = Number(y[1]);
      end = y.index + y[0].length;
    } else {
      // "… hành chính năm ngày 20 tháng 6 năm 2012": a stray "năm" before the date.
      const stray = /^\s{1,3}năm(?=\s{1,3}ngày)/u.exec(t.slice(end, end + 12));
      if (stray) end += stray[0].length;
    }
    // "Luật … số 14/2012/QH13": the number belongs to this law; drop it as a separate mention.
    NUMBER_AFTER_NAME.lastIndex = end;
    const lead = NUMBER_AFTER_NAME.exec(t);
    const numStart = lead ? lead.index + lead[0].length : end;
    const merged = byStart.get(numStart);
    if (
      merged &&
      !dropped.has(merged) &&
      (merged.c.type === null || (merged.c.typeSpan?.start ?? -1) > hd.index)
    ) {
      const mc = merged.c;
      Object.assign(c, {
        hasSo: /số/iu.test(t.slice(end, numStart)),
        number: mc.number,
        year: mc.year,
        symbol: mc.symbol,
        numberSymbol: mc.numberSymbol,
        numberSymbolSpan: mc.numberSymbolSpan,
        numberSymbolWritten: mc.numberSymbolWritten,
        typeCode: mc.typeCode,
        issuerSegments: mc.issuerSegments,
        date: mc.date,
        dateParts: mc.dateParts,
        dateValid: mc.dateValid,
        dateSpan: mc.dateSpan,
        issuer: mc.issuer,
        issuerSpan: mc.issuerSpan,
        summary: mc.summary,
      });
      dropped.add(merged);
      out.push({ c, pStart: hd.index, pEnd: merged.pEnd, pTail: merged.pTail });
      continue;
    }
    let p = readDate(t, end, c);
    const tail = readIssuer(t, p, c);
    p = tail;
    out.push({ c, pStart: hd.index, pEnd: p, pTail: tail });
  }
  for (const m of constitution) {
    const c = emptyCitation();
    c.type = 'Hiến pháp';
    c.typeSpan = { start: m.index, end: m.index + 9 };
    c.name = 'Hiến pháp';
    c.nameYear = Number(m[1]);
    out.push({ c, pStart: m.index, pEnd: m.index + m[0].length, pTail: m.index + m[0].length });
  }
  return { laws: out, dropped };
}

function mapSpan(s: Span | null, prep: PreparedText): Span | null {
  return s === null ? null : { start: prep.toOriginal(s.start), end: prep.toOriginal(s.end) };
}

/**
 * The draft's citation with its offsets in the text as written. Filled in place (each draft is
 * finished once): a copy per citation was garbage at every parse (issue 13). When preparing the
 * text moved no offset (NFC already, the usual case), the spans stand as they are.
 */
function finish(d: Draft, prep: PreparedText, original: string): ParsedCitation {
  const c = d.c;
  const ns = c.numberSymbolSpan;
  if (prep.sameOffsets) {
    c.start = d.pStart;
    c.end = d.pEnd;
    c.text = original.slice(d.pStart, d.pEnd);
    c.numberSymbolWritten = ns === null ? null : original.slice(ns.start, ns.end);
    return c;
  }
  c.start = prep.toOriginal(d.pStart);
  c.end = prep.toOriginal(d.pEnd);
  c.text = original.slice(c.start, c.end);
  c.typeSpan = mapSpan(c.typeSpan, prep);
  c.numberSymbolSpan = mapSpan(ns, prep);
  c.numberSymbolWritten =
    ns === null ? null : original.slice(prep.toOriginal(ns.start), prep.toOriginal(ns.end));
  c.dateSpan = mapSpan(c.dateSpan, prep);
  c.issuerSpan = mapSpan(c.issuerSpan, prep);
  return c;
}
