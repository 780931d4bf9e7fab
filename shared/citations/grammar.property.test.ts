import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from './grammar.ts';

// Pieces real plans are made of, so random strings hit the grammar's paths, not only its misses.
const PIECES = [
  'Quyết định',
  'Kế hoạch',
  'Chỉ thị',
  'Luật',
  'Luật Phổ biến',
  'số',
  'số:',
  '705',
  '/',
  '-',
  'QĐ',
  'TTg',
  'NĐ- CP',
  '2020',
  '30/2020/NĐ-CP',
  '32-CT/TW',
  'ngày',
  '25/5/2017',
  'tháng',
  'năm',
  'của',
  'Thủ tướng Chính phủ',
  'UBND tỉnh',
  'về việc',
  'ban hành',
  ';',
  ',',
  '.',
  '(',
  ')',
  '“',
  '”',
  '|',
  '\n',
  ' ',
  '  ',
  'Mục',
  'IV',
  'khoản',
  '2',
  'điểm a',
  '(PBGDPL)',
  '(viết tắt là',
  'Đề án',
  'giai đoạn',
  '2012 - 2016',
  'đến năm',
  '…',
  '[...]',
  'XX/',
  'e\u0301',
  '\u00a0',
];

const planLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(' '));

describe('citation grammar never throws and stays in bounds', () => {
  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const p = parseText(s);
        for (const c of p.citations) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(s.length);
          expect(c.start).toBeLessThanOrEqual(c.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on plan-like strings: ranges cut the text as written, citations are ordered', () => {
    fc.assert(
      fc.property(planLike, (s) => {
        const p = parseText(s);
        let last = -1;
        for (const c of p.citations) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          last = c.start;
          expect(s.slice(c.start, c.end)).toBe(c.text);
          if (c.numberSymbolSpan) {
            expect(c.numberSymbolSpan.start).toBeGreaterThanOrEqual(c.start);
            expect(c.numberSymbolSpan.end).toBeLessThanOrEqual(s.length);
          }
          if (c.date !== null) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const r of [...p.refs, ...p.definitions, ...p.abbreviations, ...p.yearRanges, ...p.periods]) {
          expect(r.start).toBeLessThanOrEqual(r.end);
          expect(r.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic (the cache relies on it)', () => {
    fc.assert(
      fc.property(planLike, (s) => {
        expect(parseText(s)).toEqual(parseText(s));
      }),
      { numRuns: 100 },
    );
  });
});

describe('citation grammar has no super-linear blow-up', () => {
  const MB = 1_000_000;
  const adversarial: Array<[string, string]> = [
    ['citations back to back', 'Quyết định số 1/QĐ-TTg ngày 31/6/2017 của Thủ tướng Chính phủ về việc '],
    ['summaries that never end', 'về việc ban hành (“ '],
    ['numbers and slashes', '1/1/1/1-1-1/'],
    ['almost-symbols', '12/QĐ- - - -TTg-'],
    ['type words without numbers', 'Quyết định Kế hoạch Luật Phổ biến, '],
    ['references', 'điểm a khoản 1 Mục IV khoản 2 '],
    ['spaces', '      \n| '],
    ['abbreviations', 'PBGDPL (UBND) HĐND '],
    ['lower-case law heads', 'luật luật sư Luật thanh tra năm '],
    ['amending laws that never end', 'Luật sửa đổi, bổ sung một số điều của Luật A và '],
    ['glued, dotted and misspelt symbols', '12.3/QĐ-UNBD&1/NĐCP-30c/'],
    ['look-alike letters', 'Lаng Sơn а Ο '],
  ];
  for (const [name, unit] of adversarial) {
    it(`parses 1 MB of ${name} within a generous bound`, () => {
      const text = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
      const started = performance.now();
      const p = parseText(text);
      const ms = performance.now() - started;
      expect(p).toBeDefined();
      // Linear work runs in well under a second here; quadratic work on 1 MB would take minutes.
      expect(ms).toBeLessThan(15_000);
    });
  }
});
