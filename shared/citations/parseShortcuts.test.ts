import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayStartAndStop } from './citationParts.ts';
import { AFTER_COMMA_STOP, AND_STOP, HINTS, PLACEHOLDER, PLACEHOLDER_HINT } from './patterns.ts';
import { isSpaceCode } from './textPrep.ts';
import { mostlyUpper } from './mostlyUpper.ts';

// The parse's shortcuts (issue 13) must answer exactly as the slow forms they replace: the
// placeholder hint never misses a text PLACEHOLDER matches, and the letter counts equal the counts
// of one-letter regex matches. Checked on the real plans' paragraphs and on random strings.

const fixtures = fileURLToPath(new URL('../../test/fixtures', import.meta.url));
const realLines = [fixtures, join(fixtures, 'real')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n')),
);

const PIECES = [
  'Quyết định số',
  '…',
  '...',
  '....',
  '.....',
  '[',
  ']',
  '[...]',
  '[ … ]',
  'XX',
  'xxx',
  'Xx',
  'x',
  '/',
  '-',
  '___',
  '__',
  'số',
  'ngày',
  'tháng',
  'năm',
  '2021',
  'v.v...',
  ' ',
  '\u00a0',
  'Ủy ban',
  'ĐẾN',
  '𝐀',
  '\ud835',
  '\udc00',
  'e\u0301',
];
const pieceStrings = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
const anyStrings = fc.oneof(
  pieceStrings,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

const placeholderFound = (t: string): boolean => new RegExp(PLACEHOLDER.source, PLACEHOLDER.flags).test(t);
const slowCounts = (t: string) => ({
  letters: t.match(/\p{L}/gu)?.length ?? 0,
  upper: t.match(/\p{Lu}/gu)?.length ?? 0,
});

describe('the placeholder hint', () => {
  it('holds for every real paragraph (the real plans leave no blanks) and the blanks drafters leave', () => {
    expect(realLines.length).toBeGreaterThan(500);
    const blanks = ['Số: …/KH-UBND', 'ngày … tháng … năm', 'số XX/QĐ', '[...]', 'Ông (bà) ......', '___'];
    for (const line of [...realLines, ...blanks])
      if (placeholderFound(line)) expect(PLACEHOLDER_HINT.test(line), line).toBe(true);
    expect(blanks.every(placeholderFound)).toBe(true);
  });

  it('holds for random strings', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        if (placeholderFound(s)) expect(PLACEHOLDER_HINT.test(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

// mostlyUpper counts letters without a regex per letter and stops early: it must say what the
// regex counts say (the parse's form before issue 13).
const slowMostlyUpper = (t: string): boolean => {
  const { letters, upper } = slowCounts(t);
  return letters >= 4 && upper / letters > 0.6;
};
const upperStrings = fc
  .array(
    fc.constantFrom(
      'ỦY BAN',
      'Ủy ban',
      'KẾ HOẠCH',
      'kế hoạch',
      'QĐ',
      ' ',
      '1',
      '𝐀',
      '\ud835',
      'e\u0301',
      'ǅ',
    ),
    {
      maxLength: 12,
    },
  )
  .map((a) => a.join(''));

describe('mostlyUpper', () => {
  it('equals the regex counts on every real paragraph', () => {
    let upper = 0;
    for (const line of realLines) {
      expect(mostlyUpper(line), line).toBe(slowMostlyUpper(line));
      if (slowMostlyUpper(line)) upper += 1;
    }
    expect(upper).toBeGreaterThan(10);
  });

  it('equals the regex counts on random strings (surrogates, marks, other scripts, upper case)', () => {
    fc.assert(
      fc.property(fc.oneof(anyStrings, upperStrings), (s) => {
        expect(mostlyUpper(s)).toBe(slowMostlyUpper(s));
      }),
      { numRuns: 5000 },
    );
  });
});

const REFERENCE_PIECES = [
  'Mục',
  'Mục II',
  'khoản 2',
  'điểm a khoản 1',
  'nhiệm vụ 3',
  'đến năm 2025',
  'MỤC',
  'mục',
  'tiểu mục',
  'khoản',
  'Khoản',
  'điểm a',
  'nhiệm vụ',
  'Nhiệm  vụ số',
  '(',
  ')',
  '( sau đây',
  '(viết tắt là PBGDPL)',
  '( sau đây gọi chung là các Sở)',
  '(GỌI TẮT LÀ “Đề án”)',
  'viết tắt là',
  'gọi  chung là',
  'GỌI TẮT LÀ',
  '“PBGDPL”',
  'giai đoạn',
  'giai đoạn 2021 - 2025',
  'GIAI ĐOẠN TỪ NĂM 2017 ĐẾN 2021',
  'Hiến pháp năm 2013',
  'GIAI  ĐOẠN',
  'từ năm',
  'đến năm',
  'ĐẾN NĂM',
  'Kế hoạch này',
  'kế  hoạch này',
  'Hiến pháp',
  'HIẾN PHÁP',
  'nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  'năm',
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'sửa đổi, bổ sung',
  'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức',
  'Bộ luật sửa đổi bổ sung Luật Đất đai',
  'một số điều của',
  'Tổ chức',
  'II',
  'IV',
  '1.2',
  '3',
  '2013',
  '2021',
  '2025',
  '-',
  ',',
  ' ',
];
const referenceStrings = fc.oneof(
  fc.array(fc.constantFrom(...REFERENCE_PIECES), { maxLength: 16 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...REFERENCE_PIECES), { maxLength: 16 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

describe('the hints of the rare patterns', () => {
  const found = (pattern: RegExp, s: string): boolean => new RegExp(pattern.source, pattern.flags).test(s);

  it('hold for every real paragraph', () => {
    for (const [pattern, hint] of HINTS)
      for (const line of realLines) if (found(pattern, line)) expect(hint.test(line), line).toBe(true);
  });

  it('hold for random strings, and each pattern is met', () => {
    const met = new Map<RegExp, number>();
    fc.assert(
      fc.property(referenceStrings, (s) => {
        for (const [pattern, hint] of HINTS) {
          if (!found(pattern, s)) continue;
          met.set(pattern, (met.get(pattern) ?? 0) + 1);
          expect(hint.test(s), `${pattern.source.slice(0, 40)} in ${s}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    for (const pattern of HINTS.keys())
      expect(met.get(pattern) ?? 0, pattern.source.slice(0, 60)).toBeGreaterThan(5);
  });
});

describe('the summary’s stop tests are tried only where they may match', () => {
  it('AND_STOP only after a space and a v or h, AFTER_COMMA_STOP only before a space', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      const and = AND_STOP.test(` ${ch}à các x`) || AND_STOP.test(` ${ch}oặc Quyết định số 1`);
      if (and) expect(mayStartAndStop(c), `U+${c.toString(16)}`).toBe(true);
      const comma = AFTER_COMMA_STOP.test(`${ch} Ủy`) || AFTER_COMMA_STOP.test(`${ch}Ủy`);
      if (comma) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(true);
    }
    expect(AND_STOP.test(' và các x') && AND_STOP.test(' Hoặc Quyết định số 1')).toBe(true);
    expect(AFTER_COMMA_STOP.test(' Ủy')).toBe(true);
  });
});
