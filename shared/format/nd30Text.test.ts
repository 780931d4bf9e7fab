import { describe, expect, it } from 'vitest';
import { ND30, textWidthMm } from './nd30.ts';
import {
  archiveLine,
  headerLayout,
  legalBasisLines,
  numberSymbolLine,
  padDocNumber,
  placeDateLine,
  recipientLine,
  styledWidthMm,
  taskFieldLines,
  withFinalMark,
} from './nd30Text.ts';
import { textWidthPt } from './textWidth.ts';

describe('NĐ 30 printed texts', () => {
  it('pads the document number under 10 and leaves a blank before issue', () => {
    expect(padDocNumber('5')).toBe('05');
    expect(padDocNumber('12')).toBe('12');
    expect(numberSymbolLine({ number: '5', symbol: 'KH-UBND' })).toBe('Số: 05/KH-UBND');
    expect(numberSymbolLine({ number: '', symbol: 'KH-BCĐ' })).toMatch(/^Số:\u00a0+\/KH-BCĐ$/u);
    expect(numberSymbolLine({ number: '113', symbol: 'KH - UBND' })).toBe('Số: 113/KH-UBND');
  });

  it('writes the place and date with leading zeros and blanks for the clerk', () => {
    expect(placeDateLine({ place: 'Lạng Sơn', issueDate: { day: 5, month: 1, year: 2021 } })).toBe(
      'Lạng Sơn, ngày 05 tháng 01 năm 2021',
    );
    expect(placeDateLine({ place: 'Lạng Sơn', issueDate: { day: 15, month: 12, year: 2021 } })).toBe(
      'Lạng Sơn, ngày 15 tháng 12 năm 2021',
    );
    expect(placeDateLine({ place: 'Lạng Sơn', issueDate: { day: null, month: 1, year: 2021 } })).toMatch(
      /^Lạng Sơn, ngày \u00a0+ tháng 01 năm 2021$/u,
    );
  });

  it('punctuates the căn cứ list with ";" and a final "."', () => {
    expect(
      legalBasisLines([
        'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
        'Căn cứ Quyết định số 705/QĐ-TTg.',
      ]),
    ).toEqual(['Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;', 'Căn cứ Quyết định số 705/QĐ-TTg.']);
    expect(legalBasisLines(['Căn cứ A', 'Căn cứ B'])).toEqual(['Căn cứ A;', 'Căn cứ B.']);
  });

  it('adds a final "." to a task field only without terminal punctuation', () => {
    expect(withFinalMark('Sở Tư pháp')).toBe('Sở Tư pháp.');
    expect(withFinalMark('Sở Tư pháp.')).toBe('Sở Tư pháp.');
    expect(withFinalMark('Đài Phát thanh và Truyền hình tỉnh; các cơ quan có liên quan;')).toBe(
      'Đài Phát thanh và Truyền hình tỉnh; các cơ quan có liên quan;',
    );
    const lines = taskFieldLines({
      lead: 'Sở Tư pháp',
      coordinating: null,
      timeline: 'Năm 2021.',
      deliverable: '',
    });
    expect(lines.map((l) => l.label + l.value)).toEqual([
      '- Cơ quan chủ trì: Sở Tư pháp.',
      '- Thời gian thực hiện: Năm 2021.',
    ]);
  });

  it('prints recipients with "- " and a missing ";", the Lưu line as typed', () => {
    expect(recipientLine('TT. Tỉnh ủy')).toBe('- TT. Tỉnh ủy;');
    expect(recipientLine('TT. HĐND tỉnh;')).toBe('- TT. HĐND tỉnh;');
    expect(archiveLine('VT, THNC (HTMĐ)')).toBe('- Lưu: VT, THNC (HTMĐ)');
    expect(archiveLine('Lưu: VT, THNC (HTMĐ).')).toBe('- Lưu: VT, THNC (HTMĐ).');
    // A final copy completes the full stop; one already typed is not doubled; nothing is invented.
    expect(archiveLine('VT, THNC (HTMĐ)', true)).toBe('- Lưu: VT, THNC (HTMĐ).');
    expect(archiveLine('Lưu: VT, THNC (HTMĐ).', true)).toBe('- Lưu: VT, THNC (HTMĐ).');
    expect(archiveLine('', true)).toBe('- Lưu: ');
  });
});

describe('header layout from the font metrics', () => {
  it('measures Times New Roman like Word (Liberation Serif metrics)', () => {
    // "A" is 722/1000 em in Times New Roman regular.
    expect(textWidthPt('A', 10)).toBeCloseTo(7.22, 2);
    expect(textWidthPt('Ầ', 10)).toBeCloseTo(textWidthPt('A', 10), 5);
    expect(textWidthPt('Ư', 10, true)).toBeGreaterThan(textWidthPt('U', 10, true) - 0.01);
  });

  it('keeps the Quốc hiệu on one line and the rules within the decree fractions', () => {
    const h = headerLayout({ parentBody: 'UBND TỈNH LẠNG SƠN', issuingBody: 'BAN CHỈ ĐẠO ĐỀ ÁN' });
    const qh = styledWidthMm(ND30.header.quocHieu.text, ND30.header.quocHieu);
    expect(h.rightMm - 2 * ND30.header.table.cellMarginMm).toBeGreaterThan(qh);
    expect(h.tableMm).toBeCloseTo(textWidthMm(), 5);
    const body = styledWidthMm('BAN CHỈ ĐẠO ĐỀ ÁN', ND30.header.issuingBody);
    expect(h.issuingRuleMm / body).toBeGreaterThanOrEqual(1 / 3);
    expect(h.issuingRuleMm / body).toBeLessThanOrEqual(1 / 2);
    expect(h.tieuNguRuleMm).toBeCloseTo(styledWidthMm(ND30.header.tieuNgu.text, ND30.header.tieuNgu), 5);
  });

  it('reaches into the left margin for an issuing body that then fits one line, never beyond the spec', () => {
    const name = 'SỞ TƯ PHÁP TỈNH ĐIỆN BIÊN';
    const h = headerLayout({ parentBody: '', issuingBody: name });
    expect(h.issuingLines).toEqual([name]);
    expect(h.outdentMm).toBeGreaterThan(0);
    expect(h.outdentMm).toBeLessThanOrEqual(ND30.header.table.maxOutdentMm);
    const inner = h.leftMm - 2 * ND30.header.table.cellMarginMm;
    expect(styledWidthMm(name, ND30.header.issuingBody)).toBeLessThan(inner);
  });

  // Issue 10, point 3 (the behaviour changed: a name too long for the widest left column used to
  // keep the table reached into the margin and let Word wrap it anywhere).
  it('breaks a name too long for the widest column between its word groups, sized to its longest line', () => {
    const h = headerLayout({
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      issuingBody: 'SỞ CÔNG THƯƠNG TỈNH LÀO CAI',
    });
    expect(h.parentLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']);
    expect(h.issuingLines).toEqual(['SỞ CÔNG THƯƠNG', 'TỈNH LÀO CAI']);
    expect(h.outdentMm).toBe(0);
    const longest = styledWidthMm('SỞ CÔNG THƯƠNG', ND30.header.issuingBody);
    expect(h.issuingRuleMm / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(h.issuingRuleMm / longest).toBeLessThanOrEqual(1 / 2);
    const inner = h.leftMm - 2 * ND30.header.table.cellMarginMm;
    for (const line of [...h.parentLines, ...h.issuingLines])
      expect(styledWidthMm(line, ND30.header.issuingBody)).toBeLessThan(inner);
  });

  it('upper-cases a name typed in lower case before breaking it', () => {
    const h = headerLayout({ parentBody: '', issuingBody: 'Ủy ban nhân dân tỉnh Lào Cai' });
    expect(h.issuingLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']);
  });
});
