import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readability, repairFontText } from './fontRepair.ts';
import { VIETNAMESE_LETTERS } from './syllableShape.ts';
import { VIETNAMESE_SYLLABLES } from './vietnameseSyllables.ts';

// Broken font encodings of PDF text layers (issue 10, point 4), on real Vietnamese text encoded the
// way the broken producers do: every ASCII character written as its glyph number (its code − 29),
// every Vietnamese letter as the glyph the font numbers it with.

const seed = readFileSync(new URL('../../test/fixtures/seed-plan-langson-2021.txt', import.meta.url), 'utf8');
const header = 'SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN\nSỞ TƯ PHÁP\nỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n';

/** The glyph numbers of the example (Ở Ӣ, Ư Ѭ, Ơ Ѫ, đ ÿ, ị ӏ), the other letters after them in Unicode order. */
function glyphTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['Ở', 'Ӣ'],
    ['ở', 'ӣ'],
    ['Ư', 'Ѭ'],
    ['ư', 'ѭ'],
    ['Ơ', 'Ѫ'],
    ['ơ', 'ѫ'],
    ['đ', 'ÿ'],
    ['Đ', 'þ'],
    ['Ị', 'ӎ'],
    ['ị', 'ӏ'],
  ]);
  const others = VIETNAMESE_LETTERS.filter((c) => (c.codePointAt(0) ?? 0) > 0x7f && !table.has(c)).sort(
    (a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0),
  );
  others.forEach((c, i) => table.set(c, String.fromCodePoint(0x500 + i)));
  return table;
}

function encodeBroken(text: string, table = glyphTable()): string {
  return [...text.normalize('NFC')]
    .map((c) => (/[\x21-\x7e]/u.test(c) ? String.fromCharCode(c.charCodeAt(0) - 29) : (table.get(c) ?? c)))
    .join('');
}

describe('the dictionary of Vietnamese syllables', () => {
  it('is built from the project text and reads normal Vietnamese (over 90 % of the words)', () => {
    expect(VIETNAMESE_SYLLABLES.size).toBeGreaterThan(500);
    for (const word of ['người', 'định', 'thương', 'công', 'kế', 'hoạch'])
      expect(VIETNAMESE_SYLLABLES.has(word)).toBe(true);
    // Identifiers of the templates ("nhan-dan") are not Vietnamese spelling.
    expect(VIETNAMESE_SYLLABLES.has('nhan')).toBe(false);
    expect(readability(seed).share).toBeGreaterThan(0.9);
  });
});

describe('repairFontText', () => {
  it('leaves text that reads alone', () => {
    expect(repairFontText(seed)).toBeNull();
  });

  it('finds the constant shift and learns the Vietnamese letters: "6Ӣ CÔNG 7+ѬѪ1*" is "SỞ CÔNG THƯƠNG"', () => {
    const broken = encodeBroken(header + seed);
    expect(encodeBroken('SỞ THƯƠNG')).toBe('6Ӣ 7+ѬѪ1*');
    expect(encodeBroken('định')).toBe('ÿӏQK');
    expect(readability(broken).share).toBeLessThan(0.2);
    const fixed = repairFontText(broken);
    expect(fixed).not.toBeNull();
    expect(fixed?.repair.shift).toBe(29);
    expect(fixed?.repair.after.share).toBeGreaterThan(0.9);
    // "CÔNG" stands unbroken beside the broken words, as in the example (another font).
    expect(fixed?.apply('6Ӣ CÔNG 7+ѬѪ1*')).toBe('SỞ CÔNG THƯƠNG');
    expect(fixed?.apply('ÿӏQK')).toBe('định');
    expect(fixed?.apply(encodeBroken('Kế hoạch thực hiện công tác giáo dục pháp luật năm 2021'))).toBe(
      'Kế hoạch thực hiện công tác giáo dục pháp luật năm 2021',
    );
  });

  it('reports rather than guesses when the letters are swapped among themselves (no shift, no foreign glyph)', () => {
    const swap = (t: string): string =>
      t.replace(/[a-z]/gu, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 7) % 26) + 97));
    const broken = swap(seed);
    expect(readability(broken).share).toBeLessThan(0.5);
    expect(repairFontText(broken)).toBeNull();
  });

  it('does not take garbage turned into capitals for a repair (an OCR layer shifted by −32)', () => {
    const ocr =
      'Ldm D6ng, ngdy )Lthdng 9 ndm 2025 cgNG HoA x.A. Hor cHU NGHIA vrpr NAM DQc l$p Tq do H4nh phric '.repeat(
        8,
      );
    expect(repairFontText(ocr)).toBeNull();
  });
});
