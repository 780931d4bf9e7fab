import { DOC_TYPES, docTypeByName, typeForCode, type DocTypeInfo } from '../../citations/docTypes.ts';
import { symbolIssuerCodes } from '../../citations/issuers.ts';
import { symbolTypeCode } from '../../legal/ownSymbol.ts';

/**
 * The document type a type-name line names ("QUYẾT ĐỊNH", "KẾ HOẠCH LIÊN TỊCH"), from the citation
 * grammar's table; a longer line ("KẾ HOẠCH LIÊN NGÀNH") falls back to the longest type it starts with.
 */
export function docTypeOfTypeName(typeName: string): DocTypeInfo | undefined {
  const name = typeName.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  if (name === '') return undefined;
  const exact = docTypeByName(name);
  if (exact) return exact;
  let best: DocTypeInfo | undefined;
  for (const t of DOC_TYPES) {
    const n = t.name.toLocaleLowerCase('vi');
    if (name.startsWith(`${n} `) && (!best || n.length > best.name.length)) best = t;
  }
  return best;
}

/**
 * The document's own symbol against its own type name (NĐ 30/2020, Phụ lục III).
 * - `ok`: they agree, or there is nothing to compare;
 * - `contradicts`: certainly wrong (a plan numbered "QĐ-UBND", or a code that names no type at all);
 * - `other`: doubtful (a code tolerated for the type, a công văn's issuer-unit form under a type
 *   name, or a type code on a document with no type-name line).
 */
export type SymbolVerdict =
  | { kind: 'ok' }
  | { kind: 'contradicts'; type: DocTypeInfo; code: string; codeType: string | null }
  | { kind: 'other'; type: DocTypeInfo | null; code: string; codeType: string | null };

export function typeNameSymbol(typeName: string, symbol: string): SymbolVerdict {
  const code = symbolTypeCode(symbol);
  if (code === '') return { kind: 'ok' };
  const codeType = typeForCode(code) ?? null;
  // No type-name line: a công văn, whose symbol is issuer-unit ("STP-PBGDPL"); a type code there
  // more likely means the type line was lost than that the document is wrong.
  if (typeName.trim() === '')
    return codeType ? { kind: 'other', type: null, code, codeType } : { kind: 'ok' };
  const type = docTypeOfTypeName(typeName);
  if (!type || type.codes.length === 0) return { kind: 'ok' };
  const upper = code.toUpperCase();
  if (type.codes.some((c) => c.toUpperCase() === upper)) return { kind: 'ok' };
  // "KHPH" on a KẾ HOẠCH, "CTHĐ" on a CHƯƠNG TRÌNH: the code of a kind of that type.
  if (codeType !== null && codeType.startsWith(`${type.name} `)) return { kind: 'ok' };
  if ((type.tolerated ?? []).some((c) => c.toUpperCase() === upper))
    return { kind: 'other', type, code, codeType };
  if (codeType !== null) return { kind: 'contradicts', type, code, codeType };
  if (symbolIssuerCodes([code]).length > 0) return { kind: 'other', type, code, codeType };
  return { kind: 'contradicts', type, code, codeType };
}
