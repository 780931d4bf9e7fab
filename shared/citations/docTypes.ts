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

/** One symbol segment in its canonical case. */
export function canonicalSegment(segment: string): string {
  const upper = segment.toUpperCase();
  return MIXED_CASE.get(upper) ?? upper;
}
