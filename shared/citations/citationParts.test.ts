import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfNgay } from './citationParts.ts';
import { DATE_AFTER } from './patterns.ts';

// indexOfNgay (issue 13) must find "ngày" where the lower-cased date did, in the dates the grammar
// reads and in random strings whose units lower-case one for one.

const plain = (s: string): number => s.toLowerCase().indexOf('ngày');

describe('indexOfNgay', () => {
  it('finds "ngày" in every form of date the grammar reads', () => {
    const dates = [
      ' ngày 25/5/2017',
      ', NGÀY 5 tháng 3 năm 2020',
      ' (ban hành ngày 01.02.2020)',
      ' được ban hành Ngày 1-2-2021',
      ', (nGàY 5/3/2020)',
    ];
    for (const d of dates) {
      DATE_AFTER.lastIndex = 0;
      const m = DATE_AFTER.exec(d);
      expect(m?.[0], d).toBeDefined();
      const text = m?.[0] ?? '';
      expect(indexOfNgay(text, 0, text.length), d).toBe(plain(text));
      expect(indexOfNgay(`xx${text}`, 2, text.length + 2), d).toBe(plain(text) + 2);
    }
  });

  it('answers as the plain form on random strings', () => {
    const pieces = fc.constantFrom(
      'ngày',
      'NGÀY',
      'Ngày',
      'ngay',
      'ngà',
      'n',
      'g',
      'à',
      'À',
      'y',
      'Ỳ',
      'ban hành',
      ' ',
      '(',
      '1',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 10 }).map((a) => a.join('')),
          fc.string({ maxLength: 30 }),
        ),
        (s) => {
          // Only where lower-casing keeps every offset (as in a date: no "İ" before "ngày").
          if (s.toLowerCase().length !== s.length) return;
          expect(indexOfNgay(s, 0, s.length)).toBe(plain(s));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
