import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE, DEADLINE_HINTS, deadlines } from './tasks.ts';

// The deadline hints (issue 13) must never skip a text DEADLINE matches.
const PIECES = [
  'trước',
  'TRƯỚC',
  'Trước',
  'chậm nhất',
  'CHẬM  NHẤT',
  'hạn chót',
  'hoàn thành trước',
  'Hoàn thành trước',
];
const TAIL = [' ngày', ' NGÀY', ' Ngày', ' ', '15/3/2020', '1.2.2021', '31 - 12 - 2019', 'x', 'ngày'];
const DATES = ['15/3/2020', '1.2.2021', '31 - 12 - 2019', '5/1/22', '10/10/1999'];
const deadline = fc
  .tuple(
    fc.constantFrom(...PIECES),
    fc.constantFrom(' ngày ', ' NGÀY ', ' Ngày  ', ' ngày', ' '),
    fc.constantFrom(...DATES),
  )
  .map((p) => p.join(''));
const strings = fc.oneof(
  fc.array(fc.oneof(deadline, fc.constantFrom(...PIECES, ...TAIL)), { maxLength: 8 }).map((a) => a.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

describe('the deadline hints', () => {
  it('hold wherever DEADLINE matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(strings, (s) => {
        if (new RegExp(DEADLINE.source, DEADLINE.flags).test(s)) {
          matched += 1;
          expect(DEADLINE_HINTS.every((h) => h.test(s))).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(20);
  });

  it('leave the deadlines found as they were', () => {
    expect(deadlines('Báo cáo kết quả trước ngày 15/12/2021; CHẬM NHẤT NGÀY 5/1/2022.')).toEqual([
      { index: 16, year: 2021, text: 'trước ngày 15/12/2021', range: null },
      { index: 39, year: 2022, text: 'CHẬM NHẤT NGÀY 5/1/2022', range: null },
    ]);
    expect(deadlines('Quý 1 năm 2021.')).toEqual([]);
  });
});
