import { describe, expect, it } from 'vitest';
import { tableTasks } from '../model/tableTasks.ts';
import { importPdf } from './importPdf.ts';
import type { PdfPage, PdfTextItem } from './pdfLines.ts';
import { pdfTables, type PdfRule } from './pdfTables.ts';

// The Phụ lục task table of lamdong-kh-cchc-2026.docx (test/fixtures/real) printed to PDF: a
// landscape page whose borders are drawn rules, the header's words wrapped in their cells, the
// number centred down its row; and the page after it, where the header is repeated and the last
// row of the page before goes on. Positions as pdfjs gives them (PDF units, y upwards), cut down.

const at = (str: string, x: number, y: number, size = 12): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.45,
  size,
  font: 'f1',
});
const COLUMNS = [56.7, 106.3, 326, 446.5, 552.8, 640, 720, 800];
/** The grid: a vertical rule at each column line, a horizontal one at each row line. */
function grid(rows: number[]): PdfRule[] {
  const top = rows[0] ?? 0;
  const bottom = rows[rows.length - 1] ?? 0;
  return [
    ...COLUMNS.map((x) => ({ x0: x, x1: x, y0: bottom, y1: top })),
    ...rows.map((y) => ({ x0: COLUMNS[0] ?? 0, x1: COLUMNS[COLUMNS.length - 1] ?? 0, y0: y, y1: y })),
  ];
}
const header = (top: number): PdfTextItem[] => [
  at('Theo dõi,', 725, top - 12),
  at('Thời gian hoàn', 452, top - 20),
  at('Chủ trì', 575, top - 20),
  at('Phối hợp', 655, top - 20),
  at('STT', 62, top - 27),
  at('Nhiệm vụ', 190, top - 27),
  at('Sản phẩm', 360, top - 27),
  at('kiểm tra,', 725, top - 27),
  at('thành', 480, top - 34),
  at('thực hiện', 565, top - 34),
  at('thực hiện', 650, top - 34),
  at('đôn đốc', 726, top - 42),
];

const first: PdfPage = {
  width: 842,
  height: 595,
  items: [
    at('PHỤ LỤC', 400, 560, 14),
    ...header(510),
    at('I', 80, 450),
    at('Cải cách thể chế', 110, 450),
    at('Định kỳ thực hiện việc công bố danh', 110, 425),
    at('mục văn bản quy phạm pháp luật hết', 110, 411),
    at('1', 80, 400),
    at('hiệu lực, tạm ngưng hiệu lực theo', 110, 397),
    at('thẩm quyền.', 110, 383),
    at('Danh mục văn bản', 330, 425),
    at('Trước ngày 31/01', 450, 411),
    at('năm liền kề', 450, 397),
    at('Sở Tư pháp;', 560, 425),
    at('UBND các xã,', 560, 411),
    at('phường, đặc khu', 560, 397),
    at('Sở Tư pháp', 722, 411),
    at('Thường xuyên kiểm tra, rà soát, hệ', 110, 350),
    at('2', 80, 330),
    at('thống hóa các văn bản quy phạm', 110, 336),
    at('Kết quả xử lý hoặc', 330, 350),
    at('tham mưu cấp có', 330, 336),
    at('Thường xuyên', 450, 350),
    at('Sở Tư pháp', 560, 350),
    at('13', 420, 30),
  ],
  rules: grid([510, 461, 440, 364, 57]),
};
const second: PdfPage = {
  width: 842,
  height: 595,
  items: [
    ...header(540),
    at('pháp luật thuộc phạm vi quản lý.', 110, 480),
    at('thẩm quyền xử lý.', 330, 480),
    at('Sở Tư pháp', 722, 480),
    at('3', 80, 440),
    at('Tham mưu UBND tỉnh triển khai ứng dụng AI', 110, 440),
    at('Trong năm 2026', 450, 440),
    at('Sở Tư pháp', 560, 440),
  ],
  rules: grid([540, 491, 460, 400]),
};

const HEADER = [
  'STT',
  'Nhiệm vụ',
  'Sản phẩm',
  'Thời gian hoàn thành',
  'Chủ trì thực hiện',
  'Phối hợp thực hiện',
  'Theo dõi, kiểm tra, đôn đốc',
];

describe('pdfTables', () => {
  it("reads the cells of a ruled table from its grid, a cell's wrapped lines joined", () => {
    const { tables, rest } = pdfTables([first], [first.rules ?? []]);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toEqual([
      HEADER,
      ['I', 'Cải cách thể chế', '', '', '', '', ''],
      [
        '1',
        'Định kỳ thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực, tạm ngưng hiệu lực theo thẩm quyền.',
        'Danh mục văn bản',
        'Trước ngày 31/01 năm liền kề',
        'Sở Tư pháp; UBND các xã, phường, đặc khu',
        '',
        'Sở Tư pháp',
      ],
      [
        '2',
        'Thường xuyên kiểm tra, rà soát, hệ thống hóa các văn bản quy phạm',
        'Kết quả xử lý hoặc tham mưu cấp có',
        'Thường xuyên',
        'Sở Tư pháp',
        '',
        '',
      ],
    ]);
    // What stands outside the table stays text of the page.
    expect(rest[0]?.items.map((i) => i.str)).toEqual(['PHỤ LỤC', '13']);
  });

  it('goes on over the next page: the repeated header dropped, the row cut by the page joined back', () => {
    const { tables } = pdfTables([first, second], [first.rules ?? [], second.rules ?? []]);
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(['STT', 'I', '1', '2', '3']);
    expect(rows[3]?.slice(1, 3)).toEqual([
      'Thường xuyên kiểm tra, rà soát, hệ thống hóa các văn bản quy phạm pháp luật thuộc phạm vi quản lý.',
      'Kết quả xử lý hoặc tham mưu cấp có thẩm quyền xử lý.',
    ]);
    expect(rows[3]?.[6]).toBe('Sở Tư pháp');
  });

  it('is nothing where the page draws no grid: rules under a header, or two columns only', () => {
    const page: PdfPage = { width: 595, height: 842, items: [at('Số: 666 /TTr-SNV', 110, 730)] };
    const rules: PdfRule[] = [
      { x0: 140, x1: 200, y0: 755, y1: 755 },
      { x0: 100, x1: 100, y0: 500, y1: 700 },
      { x0: 300, x1: 300, y0: 500, y1: 700 },
    ];
    expect(pdfTables([page], [rules]).tables).toEqual([]);
  });
});

describe('importPdf with a ruled task table', () => {
  it('gives the typed appendix task table the Word importer builds', () => {
    const cover: PdfPage = {
      width: 595,
      height: 842,
      items: [
        at('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 70, 780, 13),
        at('Số: /KH-UBND', 100, 750, 13),
        at('KẾ HOẠCH', 270, 700, 14),
        at('Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng', 150, 684, 14),
        at('I. MỤC ĐÍCH, YÊU CẦU', 85, 650, 14),
        at('Nơi nhận:', 70, 300, 12),
        at('- Bộ Nội vụ;', 70, 287, 11),
        at('- Lưu: VT, NC.', 70, 274, 11),
        at('KT. CHỦ TỊCH', 360, 300, 13),
        at('PHÓ CHỦ TỊCH', 358, 287, 13),
        at('Nguyễn Ngọc Phúc', 362, 220, 13),
      ],
    };
    const { plan, report } = importPdf([cover, first, second]);
    expect(report.unplaced).toEqual([]);
    const appendix = plan.appendices[0];
    expect(appendix?.title).toBe('PHỤ LỤC');
    expect(appendix?.table?.header).toEqual(HEADER);
    expect(appendix?.table?.columns).toEqual([
      'number',
      'task',
      'deliverable',
      'timeline',
      'lead',
      'coordinating',
      'free',
    ]);
    const tasks = appendix ? tableTasks(appendix) : [];
    expect(tasks.map((t) => t.fields.lead)).toEqual([
      'Sở Tư pháp; UBND các xã, phường, đặc khu',
      'Sở Tư pháp',
      'Sở Tư pháp',
    ]);
  });
});
