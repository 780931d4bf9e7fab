import { isValidDate } from '../model/issueDate.ts';
import { docTypeByName, DOC_TYPES, typeForCode } from './docTypes.ts';
import {
  AFTER_COMMA_STOP,
  AFTER_SEMICOLON_STOP,
  AND_STOP,
  COMMA_ISSUER,
  DATE_AFTER,
  DEFINITION_OPEN,
  ISSUER_LEAD,
  ISSUER_STOP,
  SUMMARY_LEAD,
} from './patterns.ts';
import { isSpaceCode, squash } from './textPrep.ts';
import type { DateParts, ParsedCitation } from './types.ts';

/**
 * The parts of one citation the grammar reads after its number (date, issuer, summary), and the
 * blank citation and type helpers they share with the law-name reader. Split from grammar.ts so
 * each file stays about one job; positions are offsets in the prepared text.
 */
const TERM_AFTER_ISSUER = /\s{0,2}\((?:[Kk]hóa|[Kk]hoá)\s{1,2}[IVXLC]{1,6}\)/uy;
const SUMMARY_MAX = 300;
const ISSUER_MAX = 90;

/** A citation being read, with where it lies in the prepared text. */
export interface Draft {
  c: ParsedCitation;
  /** Offsets in the prepared text (the original's are derived at the end). */
  pStart: number;
  pEnd: number;
  /** End of number, date and issuer: the place where a list continues. */
  pTail: number;
  /** Its issuer is the one a list names once ("các Quyết định của …: số …"), passed on to the next item. */
  sharedIssuer?: boolean;
}

export function emptyCitation(): ParsedCitation {
  return {
    start: 0,
    end: 0,
    text: '',
    type: null,
    typeSpan: null,
    typeInferred: false,
    listed: false,
    hasSo: false,
    number: null,
    year: null,
    symbol: null,
    numberSymbol: null,
    numberSymbolSpan: null,
    numberSymbolWritten: null,
    party: false,
    typeCode: null,
    issuerSegments: [],
    date: null,
    dateParts: null,
    dateValid: false,
    dateSpan: null,
    issuer: null,
    issuerSpan: null,
    summary: null,
    name: null,
    nameYear: null,
  };
}

/** The canonical type name for a type word as written ("quyết  định" → "Quyết định"). */
export function typeName(written: string): string | null {
  const squashed = squash(written).toLowerCase();
  const info = docTypeByName(squashed);
  return info ? info.name : (DOC_TYPES.find((t) => t.name.toLowerCase() === squashed)?.name ?? null);
}

export function fitsType(type: string, code: string | null): boolean {
  if (code === null || typeForCode(code) === undefined) return true;
  const info = docTypeByName(type);
  if (!info) return false;
  const upper = code.toUpperCase();
  return [...info.codes, ...(info.tolerated ?? [])].some((k) => k.toUpperCase() === upper);
}

/**
 * Where "ngày" (in any case) starts in t[from, to), or -1: what `toLowerCase().indexOf('ngày')` of
 * the slice said, with no lower-case copy made per date (issue 13). `c | 0x20` folds exactly N/n,
 * G/g, À/à and Y/y onto their lower case; citationParts.test.ts compares it with the plain form.
 */
export function indexOfNgay(t: string, from: number, to: number): number {
  for (let i = from; i + 4 <= to; i += 1) {
    if (
      (t.charCodeAt(i) | 0x20) === 0x6e &&
      (t.charCodeAt(i + 1) | 0x20) === 0x67 &&
      (t.charCodeAt(i + 2) | 0x20) === 0xe0 &&
      (t.charCodeAt(i + 3) | 0x20) === 0x79
    )
      return i;
  }
  return -1;
}

export function readDate(t: string, pos: number, c: ParsedCitation): number {
  DATE_AFTER.lastIndex = pos;
  const d = DATE_AFTER.exec(t);
  if (!d) return pos;
  const day = Number(d[1] ?? d[5]);
  const month = Number(d[3] ?? d[6]);
  const year = Number(d[4] ?? d[7]);
  const parts: DateParts = { day, month, year };
  c.dateParts = parts;
  c.dateValid = year >= 1945 && year <= 2200 && isValidDate(year, month, day);
  c.date = c.dateValid ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  const ngay = indexOfNgay(t, d.index, d.index + d[0].length);
  const start = ngay >= 0 ? ngay : pos;
  let end = d.index + d[0].length;
  while (end > start && (t[end - 1] === ')' || t[end - 1] === ' ')) end -= 1;
  c.dateSpan = { start, end };
  return d.index + d[0].length;
}

export function readIssuer(t: string, pos: number, c: ParsedCitation): number {
  ISSUER_LEAD.lastIndex = pos;
  const lead = ISSUER_LEAD.exec(t);
  if (!lead) return pos;
  const from = lead.index + lead[0].length;
  COMMA_ISSUER.lastIndex = from;
  const special = COMMA_ISSUER.exec(t);
  let to: number;
  if (special) {
    to = from + special[0].length;
  } else {
    const window = t.slice(from, from + ISSUER_MAX);
    const stop = ISSUER_STOP.exec(window);
    to = from + (stop ? stop.index : window.length);
  }
  // "của Ban Bí thư (Khóa IX)": the term of office belongs to the issuer.
  TERM_AFTER_ISSUER.lastIndex = from + t.slice(from, to).trimEnd().length;
  const term = TERM_AFTER_ISSUER.exec(t);
  if (term) to = term.index + term[0].length;
  const raw = t.slice(from, to);
  const issuer = squash(raw);
  if (issuer === '') return pos;
  c.issuer = issuer;
  c.issuerSpan = { start: from, end: from + raw.trimEnd().length };
  return from + raw.trimEnd().length;
}

/** "và" or "hoặc" may start here (AND_STOP, case-insensitive): v, V, h or H. */
export function mayStartAndStop(c: number): boolean {
  return c === 0x76 || c === 0x56 || c === 0x68 || c === 0x48;
}

export function readSummary(t: string, pos: number, c: ParsedCitation): number {
  SUMMARY_LEAD.lastIndex = pos;
  const lead = SUMMARY_LEAD.exec(t);
  if (!lead) return pos;
  const from = lead.index + lead[0].length;
  const limit = Math.min(t.length, from + SUMMARY_MAX);
  let paren = 0;
  let quote = 0;
  let end = limit;
  // Character codes, not one-character strings (a letter outside Latin-1 would be a new string each),
  // and each stop pattern tried only where its first characters stand (issue 13): AFTER_COMMA_STOP
  // needs a space after the comma, AND_STOP a "v" or "h" after the space.
  for (let i = from; i < limit; i += 1) {
    const ch = t.charCodeAt(i);
    if (ch === 0x28 /* ( */) {
      if (paren === 0 && quote === 0 && DEFINITION_OPEN.test(t.slice(i, i + 30))) {
        end = i;
        break;
      }
      paren += 1;
    } else if (ch === 0x29 /* ) */) {
      if (paren === 0) {
        end = i;
        break;
      }
      paren -= 1;
    } else if (ch === 0x201c /* “ */) quote += 1;
    else if (ch === 0x201d /* ” */) {
      if (quote === 0) {
        end = i;
        break;
      }
      quote -= 1;
    }
    if (paren > 0 || quote > 0) continue;
    if (ch === 0x3b /* ; */ && (i + 1 >= t.length || AFTER_SEMICOLON_STOP.test(t.slice(i + 1, i + 40)))) {
      end = i;
      break;
    }
    if (ch === 0x2e /* . */ && (i + 1 >= t.length || /^(?:\s+\p{Lu}|\s*$|\/)/u.test(t.slice(i + 1, i + 4)))) {
      end = i;
      break;
    }
    if (
      ch === 0x2c /* , */ &&
      isSpaceCode(t.charCodeAt(i + 1)) &&
      AFTER_COMMA_STOP.test(t.slice(i + 1, i + 20))
    ) {
      end = i;
      break;
    }
    if (ch === 0x3a /* : */) {
      end = i;
      break;
    }
    if (ch === 0x20 && mayStartAndStop(t.charCodeAt(i + 1)) && AND_STOP.test(t.slice(i, i + 40))) {
      end = i;
      break;
    }
  }
  if (end === limit && limit < t.length) {
    // Cut off at the bound: end at the last whole word.
    const lastSpace = t.lastIndexOf(' ', end);
    if (lastSpace > from) end = lastSpace;
  }
  const summary = squash(t.slice(from, end)).replace(/[\s,;]+$/u, '');
  if (summary.length < 3) return pos;
  c.summary = summary;
  return from + t.slice(from, end).trimEnd().length;
}
