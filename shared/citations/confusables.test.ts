import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignLetters, latinise, mayHoldForeign } from './confusables.ts';

// The shortcut of confusables.ts (issue 13): a text mayHoldForeign calls free of look-alikes has none.

describe('mayHoldForeign', () => {
  it('is true for every look-alike letter, alone and inside a word', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      if (foreignLetters(`UBND${ch}x`).length === 0 && latinise(ch) === ch) continue;
      expect(mayHoldForeign(ch), `U+${c.toString(16)}`).toBe(true);
    }
  });

  it('leaves latinise and foreignLetters as they were on random strings', () => {
    const latinRe = /[аеорсхуіјѕАВЕКМНОРСТХІЈЅονΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/u;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
        ),
        (s) => {
          if (!mayHoldForeign(s)) {
            expect(latinRe.test(s)).toBe(false);
            expect(latinise(s)).toBe(s);
            expect(foreignLetters(s)).toEqual([]);
          }
        },
      ),
      { numRuns: 5000 },
    );
    expect(latinise('U\u0412ND Lаng Sơn')).toBe('UBND Lang Sơn');
    expect(foreignLetters('U\u0412ND').map((f) => f.index)).toEqual([1]);
  });
});
