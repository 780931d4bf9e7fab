import { describe, expect, it } from 'vitest';
import { isCongVanSymbol, symbolTypeCode, withoutVv } from './ownSymbol.ts';

describe("a document's own symbol", () => {
  it('gives its type code, the year of a normative document skipped', () => {
    expect(symbolTypeCode('KH-UBND')).toBe('KH');
    expect(symbolTypeCode('2019/QĐ-TTg')).toBe('QĐ');
    expect(symbolTypeCode('')).toBe('');
  });
  it('tells a công văn (issuer-unit) from a typed document', () => {
    expect(isCongVanSymbol('UBND-NC')).toBe(true);
    expect(isCongVanSymbol('STP-PBGDPL')).toBe(true);
    expect(isCongVanSymbol('KH-UBND')).toBe(false);
    expect(isCongVanSymbol('TTr-STP')).toBe(false);
    expect(isCongVanSymbol('')).toBe(false);
  });
  it('drops the "V/v" of a công văn trích yếu, however it was typed', () => {
    expect(withoutVv('V/v triển khai Ngày Pháp luật')).toBe('triển khai Ngày Pháp luật');
    expect(withoutVv('  V/v: triển khai')).toBe('triển khai');
    expect(withoutVv('triển khai')).toBe('triển khai');
  });
});
