import { describe, expect, it } from 'vitest';
import { scanPlan } from '../citations/planCitations.ts';
import { importText } from './importText.ts';
import { layoutPlainText } from './textLayout.ts';

// Text copied from web pages and PDFs (issue 10, points 4 and 6): the layout is undone before the
// lines are read, and the header is read whether the number and the place and date share a line.

describe('layoutPlainText', () => {
  it('splits a header laid out in two columns with runs of spaces or the site\'s "|" cells', () => {
    expect(
      layoutPlainText([
        'UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc |',
        '|',
        'Số: 134 /KH-UBND          Lào Cai, ngày 26 tháng 3 năm 2026',
        'KẾ HOẠCH',
      ]),
    ).toEqual([
      'UBND TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ CÔNG THƯƠNG',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 134 /KH-UBND',
      'Lào Cai, ngày 26 tháng 3 năm 2026',
      'KẾ HOẠCH',
    ]);
  });

  it('joins a header field broken over two lines, and only that', () => {
    expect(
      layoutPlainText([
        'ỦY BAN NHÂN DÂN',
        'TỈNH PHÚ THỌ',
        'CỘNG HÒA XÃ HỘI',
        'CHỦ NGHĨA VIỆT NAM',
        'Số:',
        '35/2022/QĐ-UBND',
        'Phú Thọ, ngày 25',
        'tháng 5 năm 2023',
        'QUYẾT ĐỊNH',
      ]),
    ).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH PHÚ THỌ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 35/2022/QĐ-UBND',
      'Phú Thọ, ngày 25 tháng 5 năm 2023',
      'QUYẾT ĐỊNH',
    ]);
  });

  it('drops page numbers and the running header at each page break', () => {
    const out = layoutPlainText([
      'KẾ HOẠCH',
      'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
      'Nội dung một,',
      '2',
      'Kế hoạch số 12/KH-UBND ngày 05/01/2026',
      'nội dung hai.',
      '- 3 -',
      'Kế hoạch số 12/KH-UBND ngày 05/01/2026',
      'nội dung ba.',
    ]);
    expect(out).toEqual([
      'KẾ HOẠCH',
      'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
      'Nội dung một,',
      'nội dung hai.',
      'nội dung ba.',
    ]);
  });

  it('reads a closing block in two columns column by column: the Nơi nhận, then the signature', () => {
    expect(
      layoutPlainText([
        'KẾ HOẠCH',
        'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
        'Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN',
        '- Bộ Tư pháp;                              KT. CHỦ TỊCH',
        '- Lưu: VT, NC.                             PHÓ CHỦ TỊCH',
        '                                           Nguyễn Văn An',
      ]).slice(2),
    ).toEqual([
      'Nơi nhận:',
      '- Bộ Tư pháp;',
      '- Lưu: VT, NC.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });
});

describe('importText on a copy of a PDF', () => {
  const text = [
    'UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ CÔNG THƯƠNG             Độc lập - Tự do - Hạnh phúc',
    'Số: 10/KH-SCT   Lào Cai, ngày 10 tháng 3 năm 2026',
    'KẾ HOẠCH',
    'Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026',
    'Căn cứ Nghị định số 137/2018/NĐ-CP ngày',
    '08 tháng 10 năm 2018 của Chính phủ;',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nâng cao nhận thức pháp luật của cán bộ, thực hiện Quyết định số',
    '1521/QĐ-TTg ngày 06/10/2020 của',
    'Thủ tướng Chính phủ.',
    '1',
    'Nơi nhận:                          KT. GIÁM ĐỐC',
    '- Bộ Công Thương;                  PHÓ GIÁM ĐỐC',
    '- Lưu: VT.',
    '                                   Trần Văn Bình',
  ].join('\n');

  it('gives the number, the symbol and the date from one line, never a symbol with the place in it', () => {
    const { plan } = importText(text);
    expect(plan.header).toEqual({
      parentBody: 'UBND TỈNH LÀO CAI',
      issuingBody: 'SỞ CÔNG THƯƠNG',
      number: '10',
      symbol: 'KH-SCT',
      place: 'Lào Cai',
      issueDate: { day: 10, month: 3, year: 2026 },
    });
  });

  it('also when the web copy collapsed the spaces, and for a symbol with a space after its hyphen', () => {
    for (const [line, symbol] of [
      ['Số: 10/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026', 'QĐ-SCT'],
      ['Số 298 /TTr- CAT-PC04 Lâm Đồng, ngày 24 tháng 10 năm 2025', 'TTr-CAT-PC04'],
      ['Số: 20/2019/QĐ-TTg Hà Nội, ngày 12 tháng 6 năm 2019', '2019/QĐ-TTg'],
    ] as const) {
      const { plan } = importText(
        ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', line, 'KẾ HOẠCH', 'Thực hiện X'].join('\n'),
      );
      expect(plan.header.symbol).toBe(symbol);
      expect(plan.header.issueDate.year).not.toBeNull();
      expect(plan.header.place).not.toBe('');
    }
  });

  it('reads citations broken across lines whole, and the closing block apart', () => {
    const { plan } = importText(text);
    expect(plan.legalBases).toEqual([
      'Căn cứ Nghị định số 137/2018/NĐ-CP ngày 08 tháng 10 năm 2018 của Chính phủ',
    ]);
    const cited = scanPlan(plan).citations.map((c) => [c.numberSymbol, c.date]);
    expect(cited).toContainEqual(['137/2018/NĐ-CP', '2018-10-08']);
    expect(cited).toContainEqual(['1521/QĐ-TTg', '2020-10-06']);
    expect(plan.recipients).toEqual({ entries: ['Bộ Công Thương;'], archive: 'VT.' });
    expect(plan.signature).toEqual({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Trần Văn Bình' });
  });

  it('reads a copy that starts at "Kính gửi:" and a draft mark on the type name line', () => {
    const cv = importText(
      [
        'Kính gửi:',
        '- Các bộ, cơ quan ngang bộ;',
        'Nhằm thực hiện có hiệu quả Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư, đề nghị các bộ thực hiện các công việc sau đây:',
      ].join('\n'),
    );
    expect(cv.report.unplaced).toEqual([]);
    const bc = importText(
      [
        'ỦY BAN NHÂN DÂN PHƯỜNG LONG ANH',
        'Số: /BC-UBND',
        'DỰ THẢO BÁO CÁO',
        'Đánh giá kết quả năm 2023',
      ].join('\n'),
    );
    expect(bc.plan.typeName).toBe('BÁO CÁO');
    expect(bc.plan.summary).toBe('Đánh giá kết quả năm 2023');
    expect(bc.report.warnings.some((w) => /dự thảo/u.test(w.reason))).toBe(true);
  });
});
