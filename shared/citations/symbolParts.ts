import { canonicalSegment, splitGlued, typeForCode } from './docTypes.ts';
import { remembered } from '../model/remembered.ts';

/** What a state-form symbol as written ("QĐ-UBND", "NĐCP", "TTLT-BTP- BGDĐT") says. */
export interface SymbolParts {
  /** Canonical segments joined by "-": "QĐ-UBND", "NĐ-CP". */
  symbol: string;
  /** The type code as written ("qđ"), or the canonical one when it was glued ("NĐCP" → "NĐ"). */
  typeCode: string | null;
  /** The issuers' segments, canonical. Shared between the citations of one symbol: never mutated. */
  issuerSegments: string[];
}

// The same few symbols recur in every plan ("QĐ-UBND", "KH-UBND", "NĐ-CP"): each is read once and
// remembered (issue 13: splitting, upper-casing and joining them was a tenth of reading a citation).
// Bounded, and cleared when full, since the texts are arbitrary.
export const symbolParts: (written: string) => SymbolParts = remembered((w: string) => readSymbol(w), 2000);

/** The reading itself (symbolParts.test.ts compares the remembered answers with it). */
export function readSymbol(written: string): SymbolParts {
  const pieces = written.split(/\s*-\s*/);
  // "NĐCP", "QĐUBND": the hyphen is missing; read the two codes (the checks flag the symbol).
  const glued = splitGlued(pieces[0] ?? '');
  const segments = glued
    ? [...glued, ...pieces.slice(1).map(canonicalSegment)]
    : pieces.map(canonicalSegment);
  const symbol = segments.join('-');
  if (typeForCode(segments[0] ?? '') !== undefined) {
    return { symbol, typeCode: glued ? glued[0] : (pieces[0] ?? null), issuerSegments: segments.slice(1) };
  }
  return { symbol, typeCode: null, issuerSegments: segments };
}
