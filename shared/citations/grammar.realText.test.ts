import { describe, expect, it } from 'vitest';
import { parseCitations } from './grammar.ts';

// Forms met in real documents (issue 10, point 5): each must be read, the malformed ones as the
// document they certainly mean, with the identifier as written kept for the checks to flag.

const one = (text: string) => {
  const cs = parseCitations(text);
  expect(cs).toHaveLength(1);
  const c = cs[0];
  if (!c) throw new Error('no citation');
  return c;
};

describe('numbers and symbols as real documents write them', () => {
  it.each([
    ['Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ', '30c/NQ-CP', 'Nghị quyết'],
    ['Công văn số 123.2/UBND-NC ngày 10/10/2020', '123.2/UBND-NC', 'Công văn'],
    ['Công văn số 2231/SNV-CCHC&PC ngày 10/10/2020 của Sở Nội vụ', '2231/SNV-CCHC&PC', 'Công văn'],
    [
      'Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012',
      '19/2012/TTLT-BTC-BKH&ĐT-BTTTT',
      'Thông tư liên tịch',
    ],
  ])('%s', (text, numberSymbol, type) => {
    const c = one(text);
    expect(c.numberSymbol).toBe(numberSymbol);
    expect(c.type).toBe(type);
  });

  it.each([
    ['Nghị quyết số 34/201/NQ-HĐND ngày 13/12/2019', '34/201/NQ-HĐND', '34/201/NQ-HĐND'],
    ['Nghị định số 30/2020/NĐCP ngày 05/3/2020', '30/2020/NĐ-CP', '30/2020/NĐCP'],
    ['Quyết định số 12/QĐUBND ngày 04/10/2019', '12/QĐ-UBND', '12/QĐUBND'],
    ['Quyết định số 12/QĐ-UNBD ngày 04/10/2019', '12/QĐ-UBND', '12/QĐ-UNBD'],
    ['Quyết định số 1399/QĐ-Tg ngày 04/10/2019', '1399/QĐ-TTg', '1399/QĐ-Tg'],
    ['Nghị định số 32/2020/NĐ- CP ngày 05/3/2020', '32/2020/NĐ-CP', '32/2020/NĐ- CP'],
    // Cyrillic "В" (U+0412) in UBND: read as UBND, written form kept.
    ['Quyết định số 12/QĐ-U\u0412ND ngày 04/10/2019', '12/QĐ-UBND', '12/QĐ-U\u0412ND'],
  ])('reads the malformed %s and keeps what was written', (text, numberSymbol, written) => {
    const c = one(text);
    expect(c.numberSymbol).toBe(numberSymbol);
    expect(c.numberSymbolWritten).toBe(written);
  });

  it('an agency name with a Greek letter is still the issuer, at the same offsets', () => {
    const text = 'Quyết định số 12/QĐ-UBND ngày 04/10/2019 của \u039fy ban nhân dân tỉnh';
    const c = one(text);
    expect(c.issuerSpan).not.toBeNull();
    expect(text.slice(c.issuerSpan?.start, c.issuerSpan?.end)).toBe('\u039fy ban nhân dân tỉnh');
  });
});

describe('laws as real documents name them', () => {
  it.each([
    ['căn cứ luật Phổ biến, giáo dục pháp luật năm 2012', 'Luật Phổ biến, giáo dục pháp luật', null],
    ['Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Luật Tổ chức Chính phủ', '2015-06-19'],
    ['Luật thanh tra ngày 15 tháng 11 năm 2010;', 'Luật Thanh tra', '2010-11-15'],
    ['theo quy định của luật luật sư và Điều lệ', 'Luật Luật sư', null],
    [
      'Luật xử lý vi phạm hành chính năm ngày 20 tháng 6 năm 2012',
      'Luật Xử lý vi phạm hành chính',
      '2012-06-20',
    ],
    ['Căn cứ Luật Hòa giải\nở cơ sở năm 2013;', 'Luật Hòa giải ở cơ sở', null],
    ['Căn cứ Bộ Luật Hình sự năm 2015;', 'Bộ luật Hình sự', null],
    ['Điều lệ Liên đoàn Luật sư Việt Nam', 'Điều lệ Liên đoàn Luật sư Việt Nam', null],
  ])('%s', (text, name, date) => {
    const c = one(text);
    expect(c.name).toBe(name);
    expect(c.date).toBe(date);
  });

  it('an amending law is one law with its own date, in whatever case it names the amended law', () => {
    const c = one('Luật sửa đổi, bổ sung một số điều của Bộ Luật hình sự ngày 20/6/2017;');
    expect(c.name).toBe('Luật sửa đổi, bổ sung một số điều của Bộ Luật hình sự');
    expect(c.date).toBe('2017-06-20');
    const [a] = parseCitations(
      'Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng ngày 20 tháng 11 năm 2017',
    );
    expect(a?.name).toBe('Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng');
    expect(a?.date).toBe('2017-11-20');
  });

  it.each([
    'theo quy định của pháp luật năm 2020',
    'Đoàn luật sư tỉnh năm 2024 có 120 luật sư',
    'đội ngũ luật sư ngày càng lớn',
    'các luật chuyên ngành năm 2019',
    'dự án luật năm 2025',
  ])('"%s" names no law', (text) => {
    expect(parseCitations(text)).toEqual([]);
  });
});

describe('lists that write the type and the issuer once', () => {
  const view = (text: string) => parseCitations(text).map((c) => [c.numberSymbol, c.type, c.issuer]);
  it('an issuer before the list is every item’s', () => {
    expect(
      view(
        'Căn cứ các Quyết định của Thủ tướng Chính phủ: số 705/QĐ-TTg ngày 25/5/2017; số 1521/QĐ-TTg ngày 06/10/2020',
      ),
    ).toEqual([
      ['705/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
      ['1521/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
    ]);
    expect(
      view('các Công văn của Sở Tư pháp: số 12/STP-VP ngày 05/01/2020; số 15/STP-VP ngày 06/01/2020'),
    ).toEqual([
      ['12/STP-VP', 'Công văn', 'Sở Tư pháp'],
      ['15/STP-VP', 'Công văn', 'Sở Tư pháp'],
    ]);
  });
  it('an issuer after the last item is every item’s, unless a symbol says otherwise', () => {
    expect(
      view(
        'các Quyết định: số 705/QĐ-TTg ngày 25/5/2017 và số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ',
      ),
    ).toEqual([
      ['705/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
      ['1521/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
    ]);
    expect(
      view('các Quyết định: số 705/QĐ-TTg ngày 25/5/2017 và số 12/QĐ-UBND ngày 06/10/2020 của UBND tỉnh'),
    ).toEqual([
      ['705/QĐ-TTg', 'Quyết định', null],
      ['12/QĐ-UBND', 'Quyết định', 'UBND tỉnh'],
    ]);
  });
});
