import { describe, expect, it } from 'vitest';
import { pdfLines, type PdfPage, type PdfTextItem } from './pdfLines.ts';
import { joinWrapped, pdfParagraphs } from './pdfParagraphs.ts';

// Lines and paragraphs of the signed Tờ trình PDFs of the real corpus (test/fixtures/real,
// lamdong-snv-tt-kh-cchc-2026.pdf and lamdong-stp-tt-doanluatsu-2026-signed.pdf): the pieces and
// their positions as pdfjs gives them (PDF units, y upwards, A4), cut down to the lines that broke.

const W = 595;
const H = 842;
const at = (str: string, x: number, y: number, width: number, size = 14): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size,
  font: 'f1',
});
const page = (items: PdfTextItem[]): PdfPage => ({ width: W, height: H, items });
const texts = (pages: PdfPage[]): string[] => pdfParagraphs(pdfLines(pages)).map((p) => p.text);

describe('pdfLines on a signed header', () => {
  it('reads the number and the day stamped into the blanks the draft left, apart from the words around them', () => {
    const lines = pdfLines([
      page([
        at('Số:', 109.7, 730.2, 18.8),
        at(' ', 128.5, 730.2, 38.3),
        at('/TTr-SNV', 166.8, 730.2, 58.5),
        at(' ', 225.3, 730.2, 62.7),
        at('Lâm Đồng, ngày', 288.1, 730.2, 93.8),
        at(' ', 381.9, 730.2, 20.9),
        at('tháng 12 năm 2025', 402.8, 730.2, 108.6),
        // Drawn by the signature fields' appearances, inside the blanks, a little higher.
        at(' 666', 131, 732.3, 22.8, 13),
        at('22', 385, 730.3, 13, 13),
      ]),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.y).toBe(730.2);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual([
      'Số: 666 /TTr-SNV',
      'Lâm Đồng, ngày 22 tháng 12 năm 2025',
    ]);
  });

  it('keeps a line where its text stands when a footnote mark is set above it', () => {
    const lines = pdfLines([
      page([
        at('(cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ), Đoàn Luật sư tỉnh Đắk Nông (cũ)', 85, 471.5, 454),
        at('thành Đoàn Luật sư tỉnh Lâm Đồng, Sở Tư pháp đã phối hợp', 85, 453.8, 370),
        at('1', 455, 458, 4.5, 9),
        at(' với Sở Nội vụ', 460, 453.8, 79),
        at('thẩm định Đề án tổ chức Đại hội luật sư Lâm Đồng lần thứ I, nhiệm kỳ 2026-', 85, 436, 454),
      ]),
    ]);
    expect(lines.map((l) => l.y)).toEqual([471.5, 453.8, 436]);
  });
});

describe('pdfParagraphs on running text', () => {
  it('joins "2026-" / "2031;" without a space, and keeps the spaced dash of "2021 -" / "2030"', () => {
    expect(joinWrapped('Lâm Đồng lần thứ I, nhiệm kỳ 2026-', '2031; trên cơ sở ý kiến')).toBe(
      'Lâm Đồng lần thứ I, nhiệm kỳ 2026-2031; trên cơ sở ý kiến',
    );
    expect(joinWrapped('nhà nước giai đoạn 2021 -', '2030, Quyết định số 1187/QĐ-BNV')).toBe(
      'nhà nước giai đoạn 2021 - 2030, Quyết định số 1187/QĐ-BNV',
    );
  });

  it('reads "Điều 13 Thông tư …" at the start of a line as the rest of "… tại khoản 2", not an article', () => {
    expect(
      texts([
        page([
          at('- Về phương án nhân sự: Đảm bảo theo tiêu chuẩn quy định tại khoản 2', 113.4, 247, 425.6),
          at('Điều 13 Thông tư số 05/2021/TT-BTP ngày 24/6/2021 của Bộ trưởng Bộ Tư', 85, 229.3, 454),
          at('pháp, khoản 3 Điều 22 Quyết định số 856/QĐ-TTg ngày 19/7/2022.', 85, 211.5, 380),
          at('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.', 113.4, 187.8, 300),
        ]),
      ]),
    ).toEqual([
      '- Về phương án nhân sự: Đảm bảo theo tiêu chuẩn quy định tại khoản 2 Điều 13 Thông tư số 05/2021/TT-BTP ngày 24/6/2021 của Bộ trưởng Bộ Tư pháp, khoản 3 Điều 22 Quyết định số 856/QĐ-TTg ngày 19/7/2022.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
  });

  it("reads a paragraph carried over to the next page whole, the page's footnotes after it", () => {
    const first = page([
      at('pháp, khoản 3 Điều 22 Quyết định số 856/QĐ-TTg ngày 19/7/2022. Đồng thời,', 85, 247, 454),
      at('tại Đại hội thực hiện quy trình bầu Ban Chủ nhiệm, Hội đồng Khen thưởng Kỷ', 85, 229.3, 454),
      at('luật, trong đó: Ban Chủ nhiệm (gồm Chủ nhiệm và 08 Phó Chủ nhiệm), Hội', 85, 211.5, 454),
      at(
        '1 Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp về việc cho ý kiến đối với hồ sơ',
        85,
        142.4,
        453,
        10,
      ),
      at('án tổ chức Đại hội Đoàn Luật sư tỉnh Lâm Đồng, nhiệm kỳ 2026-2031.', 85, 127.9, 300, 10),
    ]);
    const second = page([
      at('đồng Khen thưởng Kỷ luật (gồm 09 thành viên, trong đó có các chức danh: Chủ', 85, 765.7, 454),
      at('tịch Hội đồng, 04 Phó Chủ tịch Hội đồng và 04 Ủy viên hội đồng).', 85, 748, 373),
      at('- Vể thời gian Đại hội: Tại Đề án dự kiến thời gian Đại hội trong 02 ngày', 113.4, 724.3, 425.6),
    ]);
    expect(texts([first, second])).toEqual([
      'pháp, khoản 3 Điều 22 Quyết định số 856/QĐ-TTg ngày 19/7/2022. Đồng thời, tại Đại hội thực hiện quy trình bầu Ban Chủ nhiệm, Hội đồng Khen thưởng Kỷ luật, trong đó: Ban Chủ nhiệm (gồm Chủ nhiệm và 08 Phó Chủ nhiệm), Hội đồng Khen thưởng Kỷ luật (gồm 09 thành viên, trong đó có các chức danh: Chủ tịch Hội đồng, 04 Phó Chủ tịch Hội đồng và 04 Ủy viên hội đồng).',
      '1 Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp về việc cho ý kiến đối với hồ sơ án tổ chức Đại hội Đoàn Luật sư tỉnh Lâm Đồng, nhiệm kỳ 2026-2031.',
      '- Vể thời gian Đại hội: Tại Đề án dự kiến thời gian Đại hội trong 02 ngày',
    ]);
  });

  it('starts a new paragraph on the next page after a line that ends its sentence', () => {
    const first = page([
      at('Để tham mưu Ủy ban nhân dân tỉnh triển khai thực hiện công tác cải cách', 121, 472.5, 417),
      at('hành chính năm 2026 trên địa bàn tỉnh, trên cơ sở đề xuất của các cơ quan;', 85, 454.5, 454),
    ]);
    const second = page([
      at('Kết quả tiếp thu góp ý để hoàn chỉnh dự thảo như sau, theo từng nội dung cụ thể', 85, 765.7, 454),
      at('của các cơ quan, đơn vị, địa phương.', 85, 748, 200),
    ]);
    expect(texts([first, second])).toHaveLength(2);
  });
});

// lamdong-kh-cchc-2026.docx printed to PDF: the Nơi nhận runs on to the next page, beside the name.
describe('pdfParagraphs on a closing block cut by a page break', () => {
  it('reads the Nơi nhận whole, then the signature with its name', () => {
    const last = page([
      at('hằng năm được cấp có thẩm quyền giao./.', 85, 207.6, 234),
      at('Nơi nhận:', 96, 170.9, 51),
      at('KT. CHỦ TỊCH', 381, 170.9, 98),
      at('- Bộ Nội vụ;', 96, 154.8, 55),
      at('PHÓ CHỦ TỊCH', 378, 154.8, 104),
      at('- Thường trực Tỉnh ủy;', 96, 147.3, 102, 11),
      at('- Các cơ quan Trung ương đóng trên địa bàn tỉnh;', 96, 71.4, 218, 11),
    ]);
    const next = page([
      at('- UBND các xã, phường, đặc khu;', 96, 772.1, 150),
      at('Nguyễn Ngọc Phúc', 374, 772.1, 113),
      at('- Các cơ quan Đoàn thể cấp tỉnh;', 96, 762.3, 145, 11),
      at('- Lưu: VT, NC.Châu', 96, 724.3, 82, 11),
      at('PHỤ LỤC', 280, 700, 60),
    ]);
    expect(texts([last, next])).toEqual([
      'hằng năm được cấp có thẩm quyền giao./.',
      'Nơi nhận:',
      '- Bộ Nội vụ;',
      '- Thường trực Tỉnh ủy;',
      '- Các cơ quan Trung ương đóng trên địa bàn tỉnh;',
      '- UBND các xã, phường, đặc khu;',
      '- Các cơ quan Đoàn thể cấp tỉnh;',
      '- Lưu: VT, NC.Châu',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Ngọc Phúc',
      'PHỤ LỤC',
    ]);
  });
});
