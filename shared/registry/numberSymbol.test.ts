import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyOf, numberSymbolKey } from './numberSymbol.ts';

// numberSymbolKey remembers its answers (issue 13): asked again, across the memo's clearings, it
// answers as keyOf, the plain form.

const SPELLINGS = [
  '705/QĐ-TTg',
  '705/qđ-ttg',
  '05/KH-UBND',
  '5/KH-UBND',
  '30/2020/NĐ–CP',
  'số: 32-CT/TW',
  ' 80 - KL/TW',
  '30/2020/ND-CP',
];

describe('numberSymbolKey', () => {
  it('keys spellings of one identifier alike', () => {
    expect(numberSymbolKey('705/QĐ-TTg')).toBe(numberSymbolKey('705/qd-ttg'));
    expect(numberSymbolKey('05/KH-UBND')).toBe(numberSymbolKey('5/KH-UBND'));
    expect(numberSymbolKey('30/2020/NĐ–CP')).toBe('30/2020/ND-CP');
  });

  it('answers as keyOf on known and random spellings, across clearings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...SPELLINGS), fc.string({ maxLength: 20 })), { maxLength: 30 }),
        (list) => {
          for (const s of list) expect(numberSymbolKey(s)).toBe(keyOf(s));
        },
      ),
      { numRuns: 300 },
    );
    for (let i = 0; i < 6000; i += 1) numberSymbolKey(`${i}/QĐ-UBND`);
    for (const s of SPELLINGS) expect(numberSymbolKey(s)).toBe(keyOf(s));
  });
});
