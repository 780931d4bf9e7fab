import { remembered } from '../model/remembered.ts';

/**
 * Number-and-symbol identifiers ("705/QĐ-TTg", "30/2020/NĐ-CP", "32-CT/TW"): their canonical
 * spelling, the key two spellings of one identifier share, and their parts.
 *
 * Kept here until the citation grammar (shared/citations/) ships its own normaliser; the key must
 * stay the one the grammar produces, so the checks and the registry agree on what "the same number"
 * means.
 */

/** Dash look-alikes Word and PDFs put in symbols (en dash, em dash, minus, non-breaking hyphen …). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SLASHES = /[\u2044\u2215\uFF0F]/g;

/**
 * The identifier as it should be written: NFC, no spaces (NĐ 30: "no spaces in the symbol"), plain
 * hyphens and slashes. Letter case is kept: "QĐ-TTg" is right, and only the writer knows the case.
 */
export function canonicalNumberSymbol(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/^\s*số\s*:?\s*/iu, '')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(/\s+/g, '');
}

/**
 * The matching key: canonical form, then case, diacritics (QĐ/QD) and leading zeros of the number
 * (05/KH-UBND = 5/KH-UBND) no longer count. Two citations with the same key name the same identifier.
 */
// Every citation's key is asked for at every check, and a plan cites the same few identifiers again
// and again (issue 13): each spelling is keyed once, in a bounded memo (cleared when full, since the
// texts are arbitrary). numberSymbol.test.ts compares it with keyOf.
export const numberSymbolKey: (raw: string) => string = remembered((raw: string) => keyOf(raw), 5000);

/** numberSymbolKey without the memo. */
export function keyOf(raw: string): string {
  return canonicalNumberSymbol(raw)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
}

export interface NumberSymbolParts {
  number: string;
  /** The year inside the number ("30/2020/NĐ-CP" → 2020), else null. */
  year: number | null;
  symbol: string;
}

/** Split a canonical identifier into number, year and symbol; null when it has no such shape. */
export function splitNumberSymbol(raw: string): NumberSymbolParts | null {
  const s = canonicalNumberSymbol(raw);
  const withYear = /^(\d+)\/(\d{4})\/(\S+)$/u.exec(s);
  if (withYear) return { number: withYear[1]!, year: Number(withYear[2]), symbol: withYear[3]! };
  const plain = /^(\d+)\/(\S+)$/u.exec(s);
  if (plain) return { number: plain[1]!, year: null, symbol: plain[2]! };
  // Party documents join number and symbol with a hyphen: "32-CT/TW", "80-KL/TW".
  const party = /^(\d+)-(\S+\/\S+)$/u.exec(s);
  if (party) return { number: party[1]!, year: null, symbol: party[2]! };
  return null;
}

/** Party documents (symbol ending in "/TW", "/TU", …) join with a hyphen, the others with a slash. */
export function joinNumberSymbol(parts: NumberSymbolParts): string {
  const number = parts.number.trim();
  const symbol = canonicalNumberSymbol(parts.symbol);
  if (number === '' || symbol === '') return '';
  if (/^[^/]+\/[^/]+$/u.test(symbol) && parts.year === null) return `${number}-${symbol}`;
  return parts.year === null ? `${number}/${symbol}` : `${number}/${parts.year}/${symbol}`;
}
