import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSymbol, symbolParts } from './symbolParts.ts';

// The remembered symbol readings (issue 13) are the readings themselves: asked again, after other
// symbols and after the memo was cleared for being full, each equals a fresh readSymbol.

const WRITTEN = [
  'QĐ-UBND',
  'qđ-ubnd',
  'NĐCP',
  'QĐUBND',
  'QĐ-UNBD',
  'TTLT-BTP- BGDĐT',
  'KH-UBND',
  'QĐ-Tg',
  'UBND-VP',
  'NQ-HĐND',
  'QH13',
  'CTr-UBND',
  '',
];

describe('symbolParts', () => {
  it('reads a symbol as written: type code, canonical segments, issuers', () => {
    expect(symbolParts('qđ-ttg')).toEqual({ symbol: 'QĐ-TTg', typeCode: 'qđ', issuerSegments: ['TTg'] });
    expect(symbolParts('NĐCP')).toEqual({ symbol: 'NĐ-CP', typeCode: 'NĐ', issuerSegments: ['CP'] });
    expect(symbolParts('UBND-VP')).toEqual({
      symbol: 'UBND-VP',
      typeCode: null,
      issuerSegments: ['UBND', 'VP'],
    });
  });

  it('answers as readSymbol for the symbols of the grammar and random ones, across clearings', () => {
    const symbols = fc.oneof(
      fc.constantFrom(...WRITTEN),
      fc
        .array(
          fc.constantFrom(
            'QĐ',
            'qđ',
            'UBND',
            'UNBD',
            'NĐ',
            'CP',
            'TTg',
            'Tg',
            'BTP',
            'KH',
            'TTLT',
            'CTr',
            '-',
            ' - ',
            '&',
            'Đ',
          ),
          {
            maxLength: 8,
          },
        )
        .map((a) => a.join('')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(symbols, { minLength: 1, maxLength: 50 }), (list) => {
        for (const s of list) expect(symbolParts(s)).toEqual(readSymbol(s));
      }),
      { numRuns: 200 },
    );
    for (let i = 0; i < 4500; i += 1) expect(symbolParts(`X${i}-UBND`)).toEqual(readSymbol(`X${i}-UBND`));
    for (const s of WRITTEN) expect(symbolParts(s)).toEqual(readSymbol(s));
  });
});
