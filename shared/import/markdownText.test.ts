import { describe, expect, it } from 'vitest';
import { importText } from './importText.ts';
import { markdownToText } from './markdownText.ts';

describe('markdownToText', () => {
  it('takes the marks off and keeps the words', () => {
    expect(
      markdownToText(
        [
          '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
          '|---|---|',
          '# KẾ HOẠCH',
          '**Thực hiện** công tác *phổ biến* năm 2026',
          '> Căn cứ [Nghị định số 137/2018/NĐ-CP](https://example.vn/nd137) ngày 08/10/2018;',
          '* Sở Tư pháp;',
          '1\\. Mục đích',
          '---',
        ].join('\n'),
      ),
    ).toBe(
      [
        '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'KẾ HOẠCH',
        'Thực hiện công tác phổ biến năm 2026',
        'Căn cứ Nghị định số 137/2018/NĐ-CP ngày 08/10/2018;',
        '- Sở Tư pháp;',
        '1. Mục đích',
      ].join('\n'),
    );
  });

  it('gives the importer a header it reads', () => {
    const md = [
      '**UBND TỈNH LÀO CAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '|---|---|',
      'Số: 134 /KH-UBND | *Lào Cai, ngày 26 tháng 3 năm 2026*',
      '## KẾ HOẠCH',
      'Thực hiện X năm 2026',
    ].join('\n');
    const { plan } = importText(markdownToText(md));
    expect(plan.header).toMatchObject({
      issuingBody: 'UBND TỈNH LÀO CAI',
      number: '134',
      symbol: 'KH-UBND',
      place: 'Lào Cai',
    });
    expect(plan.header.issueDate).toEqual({ day: 26, month: 3, year: 2026 });
  });
});
