import { documentTypeByCode } from './documentTypes.ts';

/**
 * The type code at the front of a document's own symbol: "KH" of "KH-UBND", "QĐ" of "2019/QĐ-TTg"
 * (a legal normative document's symbol carries its year first); "" when there is none.
 */
export function symbolTypeCode(symbol: string): string {
  return (
    symbol
      .replace(/^\d{4}\//u, '')
      .split('-')[0]
      ?.trim() ?? ''
  );
}

/**
 * A công văn's symbol: issuer-unit ("UBND-NC", "STP-PBGDPL"), no type code in front (NĐ 30/2020,
 * Phụ lục III). A công văn has no type-name line; its trích yếu is printed after "V/v".
 */
export function isCongVanSymbol(symbol: string): boolean {
  const code = symbolTypeCode(symbol);
  return code !== '' && symbol.includes('-') && documentTypeByCode(code) === undefined;
}

/** A công văn's trích yếu as stored: without the "V/v" that the layout prints before it. */
export function withoutVv(summary: string): string {
  return summary.trim().replace(/^V\/v[\s.:]*/u, '');
}
