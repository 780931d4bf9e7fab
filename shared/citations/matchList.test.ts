import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../test/corpus/docxParagraphs.ts';
import { firstMatch, liftsLookbehind, matchList } from './matchList.ts';
import * as patterns from './patterns.ts';

// matchList (issue 13) must give exactly what matchAll gives: the same matches, at the same places,
// with the same groups, for every global pattern of the grammar, on the real texts and on random strings.

const fixtures = fileURLToPath(new URL('../../test/fixtures', import.meta.url));
// The web copies' lines and the Word files' paragraphs.
const realLines = [fixtures, join(fixtures, 'real')].flatMap((dir) =>
  readdirSync(dir).flatMap((f) => {
    if (f.endsWith('.txt')) return readFileSync(join(dir, f), 'utf8').split('\n');
    return f.endsWith('.docx') ? docxParagraphs(readFileSync(join(dir, f))) : [];
  }),
);

const ALL_PATTERNS = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
const GLOBAL_PATTERNS = ALL_PATTERNS.filter(([, p]) => p.global);
// exec from the start: the patterns the grammar runs on a window ("… Quyết định số ").
const SEARCH_PATTERNS = ALL_PATTERNS.filter(([, p]) => !p.global && !p.sticky);

const slow = (pattern: RegExp, s: string) =>
  [...s.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => ({
    index: m.index,
    groups: [...m],
  }));
const fast = (pattern: RegExp, s: string) =>
  matchList(pattern, s).map((m) => ({ index: m.index, groups: [...m] }));
const slowFirst = (pattern: RegExp, s: string) => {
  const m = pattern.exec(s);
  return m && { index: m.index, groups: [...m] };
};
const fastFirst = (pattern: RegExp, s: string) => {
  const m = firstMatch(pattern, s);
  return m && { index: m.index, groups: [...m] };
};

const PIECES = [
  'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ',
  'Luật Phổ biến, giáo dục pháp luật năm 2012',
  'luật luật sư',
  'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ',
  'Hiến pháp năm 2013',
  'khoản 2 Mục II',
  'nhiệm vụ 2.1',
  'Kế hoạch này',
  '(sau đây gọi tắt là Chương trình)',
  '(PBGDPL)',
  'UBND',
  'giai đoạn 2021 - 2025',
  'đến năm 2030',
  '2021-2025',
  '[...]',
  'XX/KH',
  '…',
  '___',
  '80-KL/TW',
  ' ',
  '\u00a0',
  '𝐀',
  '\ud835',
  'e\u0301',
  // Right before a match, what the lookbehinds look at: a letter, a digit, an astral letter, a mark
  // that folds to a letter under /iu, a lone surrogate.
  'x',
  '1',
  '\ud835\udc00',
  '\u0345',
  '\udc00',
  '/',
  'Quyết định số',
  'các Quyết định của Thủ tướng Chính phủ: số',
  'số:',
  'Kế hoạch liên tịch số ',
  'luật sư',
  'Điểm a khoản 2 Mục IV',
];
const anyStrings = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('matchList', () => {
  it('covers the grammar’s global patterns', () => {
    expect(GLOBAL_PATTERNS.length).toBeGreaterThan(10);
  });

  it('equals matchAll for every global pattern on every real paragraph', () => {
    let found = 0;
    for (const [name, pattern] of GLOBAL_PATTERNS)
      for (const line of realLines) {
        const expected = slow(pattern, line);
        found += expected.length;
        expect(fast(pattern, line), `${name} in ${line}`).toEqual(expected);
      }
    expect(found).toBeGreaterThan(1000);
  });

  it('equals matchAll on random strings', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        for (const [, pattern] of GLOBAL_PATTERNS) expect(fast(pattern, s)).toEqual(slow(pattern, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks by hand the lookbehind of every pattern listed for it', () => {
    expect(patterns.LOOKBEHIND_BY_HAND.size).toBeGreaterThan(4);
    for (const pattern of patterns.LOOKBEHIND_BY_HAND)
      expect(liftsLookbehind(pattern), pattern.source).toBe(true);
    expect(liftsLookbehind(patterns.ABBREVIATION_USE)).toBe(false);
  });
});

describe('firstMatch', () => {
  it('equals exec on the windows before every number of the real texts, and on every real paragraph', () => {
    let found = 0;
    for (const line of realLines) {
      const windows = [
        line,
        ...[...line.matchAll(patterns.NUMBER_SYMBOL)].map((m) =>
          line.slice(Math.max(0, m.index - 140), m.index),
        ),
      ];
      for (const w of windows)
        for (const [name, pattern] of SEARCH_PATTERNS) {
          const expected = slowFirst(pattern, w);
          if (expected) found += 1;
          expect(fastFirst(pattern, w), `${name} in ${w}`).toEqual(expected);
        }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('equals exec on random strings', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        for (const [, pattern] of SEARCH_PATTERNS)
          expect(fastFirst(pattern, s)).toEqual(slowFirst(pattern, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a global or sticky pattern', () => {
    expect(() => firstMatch(/a/gu, 'a')).toThrow(TypeError);
    expect(() => firstMatch(/a/uy, 'a')).toThrow(TypeError);
  });

  it('moves past empty matches as matchAll does, by code point under /u', () => {
    for (const pattern of [/x*/gu, /x*/g, /(?:)/gu, /(?=\p{L})/gu]) {
      for (const s of ['', 'a𝐀b', '𝐀\ud835x', 'xx𝐀xx'])
        expect(fast(pattern, s), `${String(pattern)} in ${s}`).toEqual(slow(pattern, s));
    }
  });

  it('refuses a pattern that is not global', () => {
    expect(() => matchList(/a/u, 'a')).toThrow(TypeError);
  });
});
