import { describe, expect, it } from 'vitest';
import { parseCitations } from './grammar.ts';

// Sentences copied from real plans and decisions (sources in test/fixtures/SOURCES.md).
describe('citation grammar on sentences from real plans', () => {
  it('an amending law is one law, dated itself; the laws it names are not dated with it (Vĩnh Long 2023)', () => {
    const cs = parseCitations(
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    );
    expect(cs.map((c) => [c.name, c.date])).toEqual([
      ['Luật Tổ chức chính quyền địa phương', '2015-06-19'],
      [
        'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
        '2019-11-22',
      ],
    ]);
  });

  it('a proper noun inside a law name stays in the name', () => {
    const cs = parseCitations(
      'thực hiện Luật Tổ chức Chính phủ năm 2015 và Luật Tổ chức Tòa án nhân dân năm 2014',
    );
    expect(cs.map((c) => [c.name, c.nameYear])).toEqual([
      ['Luật Tổ chức Chính phủ', 2015],
      ['Luật Tổ chức Tòa án nhân dân', 2014],
    ]);
  });

  it('the issuer ends before "trên địa bàn … như sau" (Hà Nội 351/KH-UBND)', () => {
    const cs = parseCitations(
      'UBND Thành phố ban hành Kế hoạch triển khai thực hiện Chỉ thị số 15-CT/TU của Thành ủy trên địa bàn Thành phố như sau:',
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ numberSymbol: '15-CT/TU', issuer: 'Thành ủy' });
  });

  it('laws by name with a year and a decision in one preamble (Sơn La 22/KH-UBND)', () => {
    const cs = parseCitations(
      'Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.',
    );
    expect(cs.map((c) => c.name ?? c.numberSymbol)).toEqual([
      'Luật Phổ biến, giáo dục pháp luật',
      'Luật Hòa giải ở cơ sở',
      '25/2021/QĐ-TTg',
    ]);
    expect(cs[2]).toMatchObject({ date: '2021-07-22', issuer: 'Thủ tướng Chính phủ' });
  });
});
