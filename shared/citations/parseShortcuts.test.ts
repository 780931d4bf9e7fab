import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterCounts } from './letterCounts.ts';
import { PLACEHOLDER, PLACEHOLDER_HINT } from './patterns.ts';

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

describe('letterCounts', () => {
  it('equals the regex counts on every real paragraph', () => {
    for (const line of realLines) expect(letterCounts(line)).toEqual(slowCounts(line));
  });

  it('equals the regex counts on random strings (surrogates, marks, other scripts)', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        expect(letterCounts(s)).toEqual(slowCounts(s));
      }),
      { numRuns: 3000 },
    );
  });
});
