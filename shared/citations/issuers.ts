import { ISSUERS } from '../legal/issuers.ts';
import { fold } from './textPrep.ts';
import { remembered } from '../model/remembered.ts';

/**
 * Issuer codes of symbols, from the records of shared/legal (an issuer the table does not know is
 * never reported as contradicting its symbol). Matching is over folded text (no accents, lower
 * case, abbreviations such as "ubnd" written out).
 */
const SYMBOL_ISSUERS = new Set(
  ISSUERS.flatMap((i) => {
    const upper = i.code.toUpperCase();
    return [upper, upper.replace(/Đ/g, 'D')];
  }),
);

/** Pairs that differ on paper but are not certainly wrong (a warning, not an error). */
const NEAR: Array<[string, string]> = ISSUERS.flatMap((i) =>
  (i.near ?? []).map((n): [string, string] => [i.code.toUpperCase(), n.toUpperCase()]),
);

const ALIASES = ISSUERS.flatMap((i) => i.aliases ?? []);

function expandAbbreviations(folded: string): string {
  return ALIASES.reduce((text, [re, expansion]) => text.replace(re, expansion), folded);
}

// A plan names the same few issuers at every citation, and the checks ask for each issuer's code
// again and again (issue 13): each issuer text is folded, expanded and matched once, in a bounded
// memo (cleared when full, since the texts are arbitrary).
const MEMO_SIZE = 5000;

/** The issuer folded, its abbreviations written out ("UBND tỉnh" → "uy ban nhan dan tinh"). */
const expandedFold = remembered((issuer: string) => expandAbbreviations(fold(issuer)), MEMO_SIZE);

/** Code of the issuer named in a citation ("Chủ tịch UBND tỉnh" → UBND), or null when unknown. */
export const issuerCode: (issuer: string) => string | null = remembered(
  (issuer: string) => matchIssuerCode(issuer),
  MEMO_SIZE,
);

/** issuerCode without the memo (issuers.test.ts compares the two). */
export function matchIssuerCode(issuer: string): string | null {
  const f = expandAbbreviations(fold(issuer));
  for (const i of ISSUERS) if (i.match.test(f)) return i.code;
  return null;
}

/** Upper-case, Đ kept: the form codes are compared in. */
function key(code: string): string {
  return code.toUpperCase().replace(/\d+$/, '');
}

/**
 * Issuer codes a symbol carries, in order: "QĐ-TTg" → [TTG], "TTLT-BTP-BGDĐT" → [BTP, BGDĐT],
 * "QH13" → [QH], "CT/TW" → [TW], "UBND-VX" → [UBND] (công văn: issuer then unit).
 * Only codes this module knows are returned.
 */
export function symbolIssuerCodes(segments: string[]): string[] {
  return segments.map(key).filter((c) => SYMBOL_ISSUERS.has(c) || SYMBOL_ISSUERS.has(c.replace(/Đ/g, 'D')));
}

export type IssuerAgreement = 'agree' | 'near' | 'conflict' | 'unknown';

/** Does the issuer named in the text agree with the issuer codes of the symbol? */
export function issuerAgreement(issuer: string, segments: string[]): IssuerAgreement {
  const named = issuerCode(issuer);
  const codes = symbolIssuerCodes(segments);
  if (named === null || codes.length === 0) return 'unknown';
  const n = key(named);
  if (codes.includes(n)) return 'agree';
  if (codes.some((c) => NEAR.some(([a, b]) => (a === n && b === c) || (a === c && b === n)))) return 'near';
  return 'conflict';
}

/** Issuers equal for the consistency checks: same code, or the same words once folded. */
export function sameIssuer(a: string, b: string): boolean | null {
  const ca = issuerCode(a);
  const cb = issuerCode(b);
  if (ca !== null && cb !== null) return ca === cb;
  const fa = expandedFold(a).replace(/^chu tich /, '');
  const fb = expandedFold(b).replace(/^chu tich /, '');
  return fa === fb ? true : null;
}
