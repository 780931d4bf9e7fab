import { describe, expect, it } from 'vitest';
import { importText } from './importText.ts';
import { recognise } from './recognise.ts';
import type { SourceParagraph } from './sourceModel.ts';

// A Quyết định's authority line ("ỦY BAN NHÂN DÂN TỈNH …" between the trích yếu and the căn cứ) in
// the real corpus (test/fixtures/real): a Lâm Đồng Word draft, where it is bold and centred like
// the trích yếu, and web copies of Hòa Bình, Đắk Lắk and Nghệ An decisions.

const word = (texts: string[]): Parameters<typeof recognise>[0] => {
  const blocks: SourceParagraph[] = texts.map((text, id) => ({
    kind: 'paragraph',
    id,
    runs: [{ text, bold: id >= 3 && id <= 5 }],
    numberLabel: null,
    bullet: false,
    breakBefore: false,
    align: id >= 3 && id <= 5 ? 'center' : null,
  }));
  return { blocks, paragraphCount: blocks.length, warnings: [], plainText: false };
};

describe("a Quyết định's authority line", () => {
  it('is not glued to a bold, centred trích yếu (lamdong-qd-doanluatsu-2026.docx)', () => {
    const { plan, report } = recognise(
      word([
        'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
        'Số:       /QĐ-UBND',
        'Lâm Đồng, ngày      tháng 4 năm 2026',
        'QUYẾT ĐỊNH',
        'Về việc phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031',
        'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'QUYẾT ĐỊNH:',
      ]),
    );
    expect(plan.summary).toBe(
      'Về việc phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031',
    );
    expect(plan.preamble[0]?.runs.map((r) => r.text).join('')).toBe('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG');
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
  });

  it('ends a trích yếu in capitals over two lines of a web copy (hoabinh-qd-35-2022)', () => {
    const { plan } = importText(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH HÒA BÌNH',
        'Số: 35/2022/QĐ-UBND',
        'Hòa Bình, ngày 16 tháng 9 năm 2022',
        'QUYẾT ĐỊNH',
        'BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH',
        'THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÒA BÌNH',
        'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      ].join('\n'),
    );
    expect(plan.summary).toBe(
      'BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÒA BÌNH',
    );
    expect(plan.preamble[0]?.runs.map((r) => r.text).join('')).toBe('ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH');
  });

  it('is no issuing body in a copy without its type-name line, nor is the trích yếu (daklak, nghean)', () => {
    const daklak = importText(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'Số: 10/2022/QĐ-UBND | Đắk Lắk, ngày 16 tháng 02 năm 2022 |',
        'BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH',
        'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
        'Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;',
      ].join('\n'),
    ).plan;
    expect(daklak.header).toMatchObject({ parentBody: '', issuingBody: 'ỦY BAN NHÂN DÂN' });
    expect(daklak.typeName).toBe('QUYẾT ĐỊNH');
    expect(daklak.summary).toBe(
      'BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH',
    );
    expect(daklak.preamble[0]?.runs.map((r) => r.text).join('')).toBe('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
    const nghean = importText(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'Số: 1811/QĐ-UBND | Nghệ An, ngày 09 tháng 6 năm 2020 |',
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
        'Căn cứ Luật Hộ tịch ngày 20/11/2014;',
      ].join('\n'),
    ).plan;
    expect(nghean.header.issuingBody).toBe('ỦY BAN NHÂN DÂN');
    // The copy has no trích yếu: none is made up.
    expect(nghean.summary).toBe('');
    expect(nghean.preamble[0]?.runs.map((r) => r.text).join('')).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
  });
});
