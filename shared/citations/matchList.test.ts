import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../test/corpus/docxParagraphs.ts';
import { matchList } from './matchList.ts';
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

const GLOBAL_PATTERNS = Object.entries(patterns).filter(
  (e): e is [string, RegExp] => e[1] instanceof RegExp && e[1].global,
);

const slow = (pattern: RegExp, s: string) =>
  [...s.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => ({
    index: m.index,
    groups: [...m],
  }));
const fast = (pattern: RegExp, s: string) =>
  matchList(pattern, s).map((m) => ({ index: m.index, groups: [...m] }));

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
