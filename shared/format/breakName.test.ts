import { describe, expect, it } from 'vitest';
import { breakName, continuesName } from './breakName.ts';
import { ND30 } from './nd30.ts';
import { styledWidthMm } from './nd30Text.ts';

const bold13 = (line: string): number => styledWidthMm(line, ND30.header.issuingBody);
const sig14 = (line: string): number => styledWidthMm(line, ND30.footer.signatureLines);

describe('breakName: long names broken between word groups (issue 10, point 3)', () => {
  it('keeps a name that fits on one line', () => {
    expect(breakName('UBND TỈNH LẠNG SƠN', bold13, 67)).toEqual(['UBND TỈNH LẠNG SƠN']);
    expect(breakName('BAN CHỈ ĐẠO ĐỀ ÁN', bold13, 67)).toEqual(['BAN CHỈ ĐẠO ĐỀ ÁN']);
  });

  it('breaks before the province, never inside its name or the body', () => {
    expect(breakName('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', bold13, 67)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÀO CAI',
    ]);
    expect(breakName('SỞ CÔNG THƯƠNG TỈNH LÀO CAI', bold13, 67)).toEqual(['SỞ CÔNG THƯƠNG', 'TỈNH LÀO CAI']);
    expect(breakName('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', bold13, 67)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
    ]);
  });

  it('never leaves a single word on a line, even in a narrow column', () => {
    for (const width of [20, 30, 40, 50]) {
      const lines = breakName('SỞ CÔNG THƯƠNG TỈNH LÀO CAI', bold13, width);
      for (const line of lines) expect(line.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(lines.join(' ')).toBe('SỞ CÔNG THƯƠNG TỈNH LÀO CAI');
    }
    expect(breakName('SỞ TƯ PHÁP', bold13, 10)).toEqual(['SỞ TƯ PHÁP']);
  });

  it('keeps the authority with what it signs for, and breaks a signature title by group', () => {
    expect(breakName('TM. ỦY BAN NHÂN DÂN TỈNH LÀO CAI', sig14, 90)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'TỈNH LÀO CAI',
    ]);
    expect(breakName('KT. PHÓ CHỦ TỊCH', sig14, 30)).toEqual(['KT. PHÓ CHỦ TỊCH']);
  });

  it('prefers the fewest lines, then group boundaries, then even lines', () => {
    const lines = breakName('BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI', bold13, 67);
    expect(lines).toEqual(['BAN CHỈ ĐẠO CẢI CÁCH', 'HÀNH CHÍNH TỈNH LÀO CAI']);
    for (const line of lines) expect(bold13(line)).toBeLessThanOrEqual(67);
  });
});

describe('continuesName: a name printed on two lines read back as one', () => {
  it('joins the unit to a name that has none, and a line break inside a group', () => {
    expect(continuesName('ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', false)).toBe(true);
    expect(continuesName('ỦY BAN NHÂN DÂN', 'PHƯỜNG', false)).toBe(true);
    expect(continuesName('ỦY BAN NHÂN DÂN PHƯỜNG', 'LONG ANH', false)).toBe(true);
    expect(continuesName('TM. BAN CHỈ ĐẠO CẢI CÁCH', 'HÀNH CHÍNH TỈNH LÀO CAI', true)).toBe(true);
  });

  it('keeps two bodies or two titles apart', () => {
    expect(continuesName('UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', true)).toBe(false);
    expect(continuesName('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'TỈNH ỦY', false)).toBe(false);
    expect(continuesName('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', true)).toBe(false);
    expect(continuesName('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', true)).toBe(false);
    expect(continuesName('BAN CHỈ ĐẠO', 'ĐỀ ÁN PHỔ BIẾN', false)).toBe(false);
  });
});

describe('breakName on a pasted paragraph', () => {
  it('wraps a text far longer than any name at once, instead of searching every break', () => {
    const widthOf = (s: string) => s.length;
    const text = 'SỞ TƯ PHÁP '.repeat(200).trim();
    const started = Date.now();
    const lines = breakName(text, widthOf, 40);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lines.join(' ')).toBe(text);
    expect(Math.max(...lines.map(widthOf))).toBeLessThanOrEqual(40);
  });
});
