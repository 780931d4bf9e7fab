import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../contract/appError.ts';
import { importPdf, readPdf } from './importPdf.ts';
import { pdfLines, type PdfPage, type PdfTextItem } from './pdfLines.ts';

// The layout of a PDF's text layer read into a plan (issue 10, points 4 and 6), on pages built
// the way a signed plan lays them out: positions in PDF units (y upwards), A4.

const W = 595;
const H = 842;
/** A piece of text; its width as a serif font at `size` roughly gives it, unless given. */
const at = (str: string, x: number, y: number, width?: number, size = 13, font = 'f1'): PdfTextItem => ({
  str,
  x,
  y,
  width: width ?? str.length * size * 0.45,
  size,
  font,
});
const RIGHT = 538;
const LEFT = 85;
/** A justified line of running text: from x to the right margin. */
const full = (str: string, y: number, x = LEFT): PdfTextItem => at(str, x, y, RIGHT - x);

const page1: PdfPage = {
  width: W,
  height: H,
  items: [
    at('UBND TỈNH LÀO CAI', 80, 780),
    at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 265, 780),
    at('SỞ TƯ PHÁP', 110, 765),
    at('Độc lập - Tự do - Hạnh phúc', 310, 765),
    at('__________', 115, 758),
    at('Số: 134 /KH-STP', 95, 740),
    at('Lào Cai, ngày 26 tháng 3 năm 2026', 300, 740),
    at('KẾ HOẠCH', 270, 700),
    at('Triển khai công tác phổ biến, giáo dục pháp luật', 160, 684, 280),
    at('năm 2026', 276, 668, 52),
    full('Căn cứ Nghị định số 137/2018/NĐ-CP ngày 08 tháng 10 năm 2018 của Chính phủ sửa', 640, 120),
    at('đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP;', LEFT, 622, 330),
    at('I. MỤC ĐÍCH, YÊU CẦU', 120, 598, 150),
    at('1. Mục đích', 120, 580, 70),
    full('Tổ chức tuyên truyền các văn bản pháp luật mới ban hành đến cán bộ, công chức,', 562, 120),
    full('viên chức và người lao động, góp phần nâng cao ý thức chấp hành pháp luật của', 544),
    at('Kế hoạch số 134/KH-STP', 240, 40, 120, 10),
  ],
};
const page2: PdfPage = {
  width: W,
  height: H,
  items: [
    at('2', 295, 810, 7),
    at('Nhân dân trên địa bàn tỉnh.', LEFT, 780, 160),
    at('KT. GIÁM ĐỐC', 360, 306, 90, 13),
    at('Nơi nhận:', 70, 300, 55, 12),
    at('PHÓ GIÁM ĐỐC', 358, 290, 95, 13),
    at('- Sở Tư pháp;', 70, 287, 70, 11),
    at('- Lưu: VT.', 70, 274, 55, 11),
    at('Nguyễn Văn An', 362, 220, 90, 13),
    at('Kế hoạch số 134/KH-STP', 240, 40, 120, 10),
  ],
};

describe('pdfLines', () => {
  it('splits a two-column header line at the gap across the middle, not at a blank number', () => {
    const lines = pdfLines([
      {
        width: W,
        height: H,
        items: [
          at('Số:', 110, 730, 19),
          at(' ', 129, 730, 38),
          at('/TTr-SNV', 167, 730, 58),
          at('Lâm Đồng, ngày', 288, 730, 94),
          at('tháng 12 năm 2025', 403, 730, 109),
        ],
      },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['Số: /TTr-SNV', 'Lâm Đồng, ngày tháng 12 năm 2025']);
  });

  it('drops page numbers and the running footer of every page, and the rules drawn with "_"', () => {
    const text = pdfLines([page1, page2]).flatMap((l) => l.cells.map((c) => c.text));
    expect(text).not.toContain('2');
    expect(text).not.toContain('Kế hoạch số 134/KH-STP');
    expect(text.some((t) => t.includes('___'))).toBe(false);
    expect(text).toContain('Nhân dân trên địa bàn tỉnh.');
  });
});

describe('importPdf', () => {
  it('reads the header whatever the layout, joins wrapped lines and orders the closing block', () => {
    const { plan, report } = importPdf([page1, page2]);
    expect(plan.header).toEqual({
      parentBody: 'UBND TỈNH LÀO CAI',
      issuingBody: 'SỞ TƯ PHÁP',
      number: '134',
      symbol: 'KH-STP',
      place: 'Lào Cai',
      issueDate: { day: 26, month: 3, year: 2026 },
    });
    expect(plan.typeName).toBe('KẾ HOẠCH');
    expect(plan.summary).toBe('Triển khai công tác phổ biến, giáo dục pháp luật năm 2026');
    // A căn cứ wrapped over two lines is one, its citation read whole.
    expect(plan.legalBases).toEqual([
      'Căn cứ Nghị định số 137/2018/NĐ-CP ngày 08 tháng 10 năm 2018 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP',
    ]);
    // A sentence carried over to the next page is one paragraph.
    expect(JSON.stringify(plan.sections)).toContain(
      'góp phần nâng cao ý thức chấp hành pháp luật của Nhân dân trên địa bàn tỉnh.',
    );
    expect(plan.recipients).toEqual({ entries: ['Sở Tư pháp;'], archive: 'VT.' });
    expect(plan.signature).toEqual({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn An' });
    expect(report.unplaced).toEqual([]);
  });

  it('refuses a PDF without a text layer, plainly and in both languages', () => {
    const e = (() => {
      try {
        return importPdf([{ width: W, height: H, items: [] }]);
      } catch (x) {
        return x;
      }
    })();
    expect(isAppError(e) && e.code).toBe('pdf_no_text');
    expect(isAppError(e) && e.message).toMatch(/không có lớp chữ/u);
    expect(isAppError(e) && e.messageEn).toMatch(/no text layer/u);
  });

  it('repairs the font whose codes are shifted and says so', () => {
    const seed = readFileSync(
      new URL('../../test/fixtures/seed-plan-langson-2021.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim() !== '');
    const shifted = (s: string): string =>
      [...s].map((c) => (/[\x21-\x7e]/u.test(c) ? String.fromCharCode(c.charCodeAt(0) - 29) : c)).join('');
    const items = seed.map((l, i) => at(shifted(l), LEFT, 800 - i * 4, 400, 3, 'broken'));
    const doc = readPdf([{ width: W, height: H, items }]);
    expect(doc.warnings.some((w) => /Phông chữ mã hóa hỏng đã được sửa \(mã lệch 29/u.test(w.reason))).toBe(
      true,
    );
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.runs[0]?.text.startsWith('Số: /KH-BCĐ'))).toBe(
      true,
    );
  });
});
