import {
  DOCUMENT_TYPES,
  documentTypeByCode,
  documentTypeByName,
  type DocumentType,
} from '../legal/documentTypes.ts';
import { ISSUERS } from '../legal/issuers.ts';

/**
 * The citation grammar's view of the document types: the records of shared/legal (NĐ 30/2020,
 * Phụ lục III for administrative documents; the Law on legal normative documents and the Party's
 * rules for the others). A type word that contradicts the code of its symbol is certainly wrong.
 */
export type DocTypeInfo = DocumentType;

// Longer names first (the table's order): the grammar tries them in this order.
export const DOC_TYPES: readonly DocTypeInfo[] = DOCUMENT_TYPES;

export function docTypeByName(name: string): DocTypeInfo | undefined {
  return documentTypeByName(name);
}

/** Every code that names a document type; a symbol starting with one of these has a checkable type. */
export function typeForCode(code: string): string | undefined {
  return documentTypeByCode(code)?.name;
}

/**
 * Mixed-case codes as NĐ 30 writes them (CTr, TTr, QyĐ, TTg); everything else in a symbol is upper
 * case. "QĐ-TTG" and "qđ-ttg" both become "QĐ-TTg".
 */
const MIXED_CASE = new Map(
  [...DOCUMENT_TYPES.flatMap((t) => t.codes), ...ISSUERS.map((i) => i.code)]
    .filter((c) => c !== c.toUpperCase())
    .map((c) => [c.toUpperCase(), c]),
);

/** Misspelt issuer codes seen in real documents ("UNBD" for UBND), upper case → the code. */
const MISSPELT = new Map(
  ISSUERS.flatMap((i) => (i.misspelt ?? []).map((m): [string, string] => [m.toUpperCase(), i.code])),
);

/** One symbol segment in its canonical case, a known misspelling read as the code it stands for. */
export function canonicalSegment(segment: string): string {
  const upper = segment.toUpperCase();
  return MIXED_CASE.get(upper) ?? MISSPELT.get(upper) ?? upper;
}

/** Was this segment a known misspelling of an issuer code? */
export function isMisspeltCode(segment: string): boolean {
  return MISSPELT.has(segment.toUpperCase());
}

const TYPE_CODES = DOCUMENT_TYPES.flatMap((t) => t.codes)
  .map((c) => c.toUpperCase())
  .sort((a, b) => b.length - a.length);
const ISSUER_CODES = new Set(ISSUERS.map((i) => i.code.toUpperCase()));

/**
 * A type code and an issuer code written without their hyphen ("NĐCP", "QĐUBND"): the two codes,
 * or null when the segment is not such a pair (or is a code of its own).
 */
export function splitGlued(segment: string): [string, string] | null {
  const upper = segment.toUpperCase();
  if (typeForCode(upper) !== undefined || ISSUER_CODES.has(upper)) return null;
  for (const code of TYPE_CODES) {
    if (upper.length > code.length && upper.startsWith(code) && ISSUER_CODES.has(upper.slice(code.length))) {
      return [canonicalSegment(code), canonicalSegment(upper.slice(code.length))];
    }
  }
  return null;
}
