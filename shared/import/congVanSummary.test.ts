import { describe, expect, it } from 'vitest';
import { recognise } from './recognise.ts';
import type { SourceBlock, SourceParagraph } from './sourceModel.ts';

// Công văn headers of the real corpus (test/fixtures/real): the "V/v …" under the number.

let nextId = 0;
function p(text: string, opts: { bold?: boolean; align?: SourceParagraph['align'] } = {}): SourceParagraph {
  return {
    kind: 'paragraph',
    id: nextId++,
    runs: [{ text, bold: opts.bold }],
    numberLabel: null,
    bullet: false,
    breakBefore: false,
    align: opts.align ?? 'center',
  };
}

function read(make: () => SourceBlock[]): ReturnType<typeof recognise> {
  nextId = 0;
  const blocks = make();
  return recognise({ blocks, paragraphCount: nextId, warnings: [], plainText: false });
}

const body = (): SourceBlock[] => [
  p('Ủy ban nhân dân tỉnh nhận được Công văn số 3653/VPCP-CĐS ngày 24/4/2026 của Văn phòng Chính phủ.', {
    align: 'both',
  }),
  p('Giao Sở Khoa học và Công nghệ chủ trì thực hiện./.', { align: 'both' }),
];

describe('a công văn\'s "V/v …" trích yếu', () => {
  it('broken over three lines of its header cell is read whole (lamdong-cv-trienkhai-3653-2026)', () => {
    const { plan, report } = read(() => [
      {
        kind: 'table',
        rows: [
          [
            [p('ỦY BAN NHÂN DÂN', { bold: true }), p('TỈNH LÂM ĐỒNG', { bold: true })],
            [
              p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
              p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
            ],
          ],
          [[p('Số: /UBND-NC')], [p('Lâm Đồng, ngày tháng 4 năm 2026')]],
          [[p('V/v triển khai thực hiện Công văn'), p('số 3653/VPCP-CĐS'), p('của Văn phòng Chính phủ')], []],
        ],
      },
      p('Kính gửi: Sở Khoa học và Công nghệ.'),
      ...body(),
    ]);
    expect(plan.typeName).toBe('');
    expect(plan.summary).toBe('triển khai thực hiện Công văn số 3653/VPCP-CĐS của Văn phòng Chính phủ');
    expect(plan.preamble[0]?.runs.map((r) => r.text).join('')).toBe('Kính gửi: Sở Khoa học và Công nghệ.');
    expect(report.unplaced).toEqual([]);
  });

  it('in a left cell read before the Quốc hiệu cell does not push the right cell into the text (Bình Thuận)', () => {
    const { plan, report } = read(() => [
      {
        kind: 'table',
        rows: [
          [
            [
              p('ỦY BAN NHÂN DÂN', { bold: true }),
              p('TỈNH BÌNH THUẬN', { bold: true }),
              p('Số: /UBND-NCKSTTHC'),
              p(
                'V/v triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về cắt giảm đơn giản hóa',
              ),
              p('thủ tục hành chính'),
            ],
            [
              p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
              p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              p('Bình Thuận, ngày tháng 12 năm 2024'),
            ],
          ],
        ],
      },
      p('Kính gửi:', { align: 'both' }),
      p('- Các cơ quan chuyên môn thuộc UBND tỉnh;', { align: 'both' }),
      ...body(),
    ]);
    expect(plan.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN');
    expect(plan.header.place).toBe('Bình Thuận');
    expect(plan.header.issueDate).toEqual({ day: null, month: 12, year: 2024 });
    expect(plan.summary).toBe(
      'triển khai Công điện số 131/CĐ-TTg ngày 11/12/2024 của Thủ tướng Chính phủ về cắt giảm đơn giản hóa thủ tục hành chính',
    );
    const preamble = plan.preamble.map((q) => q.runs.map((r) => r.text).join(''));
    expect(preamble.slice(0, 2)).toEqual(['Kính gửi:', '- Các cơ quan chuyên môn thuộc UBND tỉnh;']);
    expect(preamble.join('\n')).not.toMatch(/CỘNG HÒA|Độc lập|Bình Thuận, ngày/u);
    expect(report.unplaced).toEqual([]);
  });

  it('typed over centred paragraphs (no table) is read whole, and the Kính gửi is not taken into it', () => {
    const { plan } = read(() => [
      p('ỦY BAN NHÂN DÂN', { bold: true }),
      p('TỈNH LÂM ĐỒNG', { bold: true }),
      p('Số: /UBND-NC'),
      p('V/v triển khai thực hiện Công văn'),
      p('số 3653/VPCP-CĐS của Văn phòng Chính phủ'),
      p('Kính gửi: Sở Khoa học và Công nghệ.'),
      ...body(),
    ]);
    expect(plan.summary).toBe('triển khai thực hiện Công văn số 3653/VPCP-CĐS của Văn phòng Chính phủ');
    expect(plan.preamble[0]?.runs.map((r) => r.text).join('')).toBe('Kính gửi: Sở Khoa học và Công nghệ.');
  });

  it('is not needed for the text of a letter copied without its header: "Kính gửi" opens it', () => {
    const { plan, report } = read(() => [
      p('Kính gửi:', { align: 'left' }),
      p('- Các bộ, cơ quan ngang bộ;', { align: 'left' }),
      ...body(),
    ]);
    expect(plan.preamble.map((q) => q.runs.map((r) => r.text).join('')).slice(0, 2)).toEqual([
      'Kính gửi:',
      '- Các bộ, cơ quan ngang bộ;',
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
