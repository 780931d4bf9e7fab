import { describe, expect, it } from 'vitest';
import { importText } from './importText.ts';
import { recognise } from './recognise.ts';
import type { SourceBlock, SourceParagraph } from './sourceModel.ts';

// The closing zones of real Lâm Đồng plans (test/fixtures/real): a draft's signature with no name
// yet, and a Nơi nhận/signature table laid out in two rows.

let nextId = 0;
function p(text: string, bold = false): SourceParagraph {
  return {
    kind: 'paragraph',
    id: nextId++,
    runs: [{ text, bold }],
    numberLabel: null,
    bullet: false,
    breakBefore: false,
    align: null,
  };
}

function documentOf(closing: (() => SourceBlock)[]): ReturnType<typeof recognise> {
  nextId = 0;
  const blocks: SourceBlock[] = [
    p('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', true),
    p('Số:      /KH-UBND'),
    p('KẾ HOẠCH', true),
    p('Cải cách hành chính nhà nước năm 2026', true),
    p('I. MỤC TIÊU', true),
    p('1. Cải cách thể chế', true),
    p('Kinh phí thực hiện theo quy định./.'),
    ...closing.map((make) => make()),
  ];
  return recognise({ blocks, paragraphCount: nextId, warnings: [], plainText: false });
}

const recipientsCell = (): SourceParagraph[] => [
  p('Nơi nhận:', true),
  p('- Bộ Nội vụ;'),
  p('- Lưu: VT, NC.'),
];

describe('recogniseClosing — a draft signed "CHỦ TỊCH" with no name yet', () => {
  it.each([
    ['Phụ lục', 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
    ['PHỤ LỤC', 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030'],
  ])('reads "%s" and its title as the appendix, not as the signer', (heading, title) => {
    const { plan, report } = documentOf([
      () => ({ kind: 'table', rows: [[recipientsCell(), [p('CHỦ TỊCH', true)]]] }),
      () => p(heading, true),
      () => p(title, true),
      () => ({
        kind: 'table',
        rows: [
          [[p('STT')], [p('Nhiệm vụ')], [p('Chủ trì thực hiện')]],
          [[p('1')], [p('Rà soát văn bản')], [p('Sở Tư pháp')]],
        ],
      }),
    ]);
    expect(plan.signature).toEqual({ lines: ['CHỦ TỊCH'], name: '' });
    expect(plan.appendices.map((a) => [a.title, a.subtitle])).toEqual([[heading, title]]);
    expect(plan.appendices[0]?.table).not.toBeNull();
    expect(report.unplaced).toEqual([]);
  });

  it('still reads the name of a signed plan, and a sentence that mentions a Phụ lục is no heading', () => {
    const { plan } = documentOf([
      () => ({
        kind: 'table',
        rows: [
          [recipientsCell(), [p('KT. CHỦ TỊCH', true), p('PHÓ CHỦ TỊCH', true), p('Nguyễn Ngọc Phúc', true)]],
        ],
      }),
      () => p('Phụ lục I', true),
      () => p('Phụ lục này kèm theo Kế hoạch để các đơn vị thực hiện.'),
    ]);
    expect(plan.signature.name).toBe('Nguyễn Ngọc Phúc');
    expect(plan.appendices.map((a) => a.title)).toEqual(['Phụ lục I']);
    expect(plan.appendices[0]?.body).toHaveLength(1);
  });
});

describe('recogniseClosing — a Nơi nhận/signature table in two rows', () => {
  it('reads the recipients and the signature, and no recipient as the signer', () => {
    const { plan, report } = documentOf([
      () => ({
        kind: 'table',
        rows: [
          [[p('Nơi nhận:', true)], [p('KT. CHỦ TỊCH', true)]],
          [
            [
              p('- Chủ tịch, PCT. UBND tỉnh (Đ/c Phúc);'),
              p('- UBND các xã, phường, đặc khu;'),
              p('- Lưu: VT, NC.Châu'),
            ],
            [p('PHÓ CHỦ TỊCH', true), p('Nguyễn Ngọc Phúc', true)],
          ],
        ],
      }),
      () => p('Phụ lục I', true),
      () => p('THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA', true),
    ]);
    expect(plan.recipients).toEqual({
      entries: ['Chủ tịch, PCT. UBND tỉnh (Đ/c Phúc);', 'UBND các xã, phường, đặc khu;'],
      archive: 'VT, NC.Châu',
    });
    expect(plan.signature).toEqual({ lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Ngọc Phúc' });
    expect(plan.appendices.map((a) => [a.title, a.subtitle])).toEqual([
      ['Phụ lục I', 'THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA'],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

describe('recogniseClosing — a signed copy', () => {
  it.each(['Đã ký', '(Đã ký)', '[đã ký và đóng dấu]'])('reads the name after "%s"', (note) => {
    const { plan, report } = documentOf([
      () => ({
        kind: 'table',
        rows: [[recipientsCell(), [p('CHỦ TỊCH', true), p(note), p('Đoàn Anh Dũng', true)]]],
      }),
    ]);
    expect(plan.signature).toEqual({ lines: ['CHỦ TỊCH'], name: 'Đoàn Anh Dũng' });
    expect(report.unplaced.map((u) => u.text)).toEqual([note]);
  });
});

// binhdinh-qd-4881-chuongtrinh-tuphap-2020.txt: the Chương trình the decision issues, after its
// signature, in a web copy without formatting.
describe('the document a Quyết định issues, printed after its signature', () => {
  it('is read as an appendix of the decision: its type name, its title in capitals, its text', () => {
    const { plan, report } = importText(
      [
        'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH',
        'Số: 4881/QĐ-UBND',
        'Bình Định, ngày 26 tháng 12 năm 2019',
        'QUYẾT ĐỊNH',
        'BAN HÀNH CHƯƠNG TRÌNH TRỌNG TÂM CÔNG TÁC TƯ PHÁP TỈNH BÌNH ĐỊNH NĂM 2020',
        'Điều 1. Ban hành kèm theo Quyết định này Chương trình trọng tâm công tác tư pháp tỉnh Bình Định năm 2020.',
        'Nơi nhận:',
        '- Như Điều 3;',
        '- Lưu: VT, K2.',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Phi Long',
        'CHƯƠNG TRÌNH',
        'TRỌNG TÂM CÔNG TÁC TƯ PHÁP TỈNH BÌNH ĐỊNH NĂM 2020',
        '(Ban hành kèm theo Quyết định số 4881/QĐ-UBND ngày 26/12/2019 của UBND tỉnh Bình Định)',
        'I. NỘI',
      ].join('\n'),
    );
    expect(report.unplaced).toEqual([]);
    expect(plan.signature.name).toBe('Nguyễn Phi Long');
    expect(plan.appendices).toHaveLength(1);
    expect(plan.appendices[0]).toMatchObject({
      title: 'CHƯƠNG TRÌNH',
      subtitle: 'TRỌNG TÂM CÔNG TÁC TƯ PHÁP TỈNH BÌNH ĐỊNH NĂM 2020',
    });
    expect(plan.appendices[0]?.body.map((b) => b.runs.map((r) => r.text).join(''))).toEqual([
      '(Ban hành kèm theo Quyết định số 4881/QĐ-UBND ngày 26/12/2019 của UBND tỉnh Bình Định)',
      'I. NỘI',
    ]);
  });
});

// lamdong-kh-phongchongmatuy-2026.doc: two recipients typed on one line of the Nơi nhận, a tab apart.
describe('a Nơi nhận line holding two recipients side by side', () => {
  it('gives two entries, and keeps the dash inside a recipient ("V01, C04 - Bộ Công an")', () => {
    const { plan } = documentOf([
      () => p('Nơi nhận:', true),
      () => p('- V01, C04 - Bộ Công an;\t\t- Thường trực Tỉnh ủy;'),
      () => p('- Thường trực HĐND tỉnh;'),
      () => p('- Lưu: VT, NC.Châu'),
      () => p('KT. CHỦ TỊCH', true),
      () => p('PHÓ CHỦ TỊCH', true),
    ]);
    expect(plan.recipients.entries).toEqual([
      'V01, C04 - Bộ Công an;',
      'Thường trực Tỉnh ủy;',
      'Thường trực HĐND tỉnh;',
    ]);
  });
});
