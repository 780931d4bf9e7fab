import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../test/corpus/docxParagraphs.ts';
import { LAW_TITLES } from '../legal/lawTitles.ts';
import { knownTitleLength } from './lawNames.ts';
import { fold } from './textPrep.ts';

// knownTitleLength walks a tree of the titles (issue 13); it must answer as the plain form it
// replaced — fold the text's start character by character, then try the titles longest first — on
// the real texts at every word and on random strings.

const TITLES = LAW_TITLES.map((t) => fold(t.title)).sort((a, b) => b.length - a.length);
const LONGEST = Math.max(...TITLES.map((t) => t.length));
function foldChar(ch: string): string {
  const f = /\s/u.test(ch) ? ' ' : fold(ch) || ch;
  return f.length !== ch.length ? ch : f;
}
function plainTitleLength(text: string): number {
  let f = '';
  for (const ch of text.slice(0, LONGEST + 1)) f += foldChar(ch);
  for (const t of TITLES) if (f.startsWith(t) && !/[\p{L}\p{N}]/u.test(f.charAt(t.length))) return t.length;
  return 0;
}

const fixtures = fileURLToPath(new URL('../../test/fixtures', import.meta.url));
const realLines = [fixtures, join(fixtures, 'real')].flatMap((dir) =>
  readdirSync(dir).flatMap((f) => {
    if (f.endsWith('.txt')) return readFileSync(join(dir, f), 'utf8').split('\n');
    return f.endsWith('.docx') ? docxParagraphs(readFileSync(join(dir, f))) : [];
  }),
);

const PIECES = [
  ...LAW_TITLES.map((t) => t.title),
  ...LAW_TITLES.map((t) => t.title.toUpperCase()),
  'luật sư',
  'Luật sư',
  ' ',
  '  ',
  ',',
  'năm 2012',
  'x',
  '1',
  '\u00a0',
  '𝐀',
  '\ud835',
  'e\u0301',
  'Đ',
];
const anyStrings = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('knownTitleLength', () => {
  it('reads the known titles', () => {
    expect(knownTitleLength('Phổ biến, giáo dục pháp luật năm 2012')).toBe(
      'Phổ biến, giáo dục pháp luật'.length,
    );
    expect(knownTitleLength('luật sư và')).toBe(7);
    expect(knownTitleLength('luật sửa đổi')).toBe(0);
    expect(knownTitleLength('Thanh tra')).toBe(9);
    expect(knownTitleLength('Thanh tran')).toBe(0);
  });

  it('answers as the plain form at every word of the real texts', () => {
    let found = 0;
    for (const line of realLines)
      for (const m of line.matchAll(/(?<![\p{L}\p{N}])\p{L}/gu)) {
        const s = line.slice(m.index, m.index + 80);
        const expected = plainTitleLength(s);
        if (expected > 0) found += 1;
        expect(knownTitleLength(s), s).toBe(expected);
      }
    expect(found).toBeGreaterThan(20);
  });

  it('answers as the plain form on random strings', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        expect(knownTitleLength(s)).toBe(plainTitleLength(s));
      }),
      { numRuns: 5000 },
    );
  });
});
