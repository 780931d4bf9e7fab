import { describe, expect, it } from 'vitest';
import { parseCitations, parseText } from './grammar.ts';

const one = (text: string) => {
  const cs = parseCitations(text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('citation grammar: the forms of DESIGN §5', () => {
  it('reads a full citation with số, short date, issuer and summary', () => {
    const c = one(
      'Thực hiện Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017-2021; Sở Tư pháp xây dựng kế hoạch.',
    );
    expect(c).toMatchObject({
      type: 'Quyết định',
      number: '705',
      year: null,
      symbol: 'QĐ-TTg',
      numberSymbol: '705/QĐ-TTg',
      date: '2017-05-25',
      issuer: 'Thủ tướng Chính phủ',
      summary: 'ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017-2021',
      hasSo: true,
    });
  });

  it('reads the same without "số"', () => {
    const c = one('triển khai Quyết định 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ');
    expect(c.hasSo).toBe(false);
    expect(c.numberSymbol).toBe('705/QĐ-TTg');
    expect(c.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('reads long dates', () => {
    const c = one('Căn cứ Quyết định số 1521/QĐ-TTg ngày 06 tháng 10 năm 2020 của Thủ tướng Chính phủ');
    expect(c.date).toBe('2020-10-06');
  });

  it('reads normative numbers with a year, laws by number and joint circulars', () => {
    expect(one('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư')).toMatchObject({
      type: 'Nghị định',
      number: '30',
      year: 2020,
      symbol: 'NĐ-CP',
      numberSymbol: '30/2020/NĐ-CP',
      date: '2020-03-05',
      issuer: 'Chính phủ',
      summary: 'công tác văn thư',
    });
    expect(one('Luật số 14/2012/QH13')).toMatchObject({ type: 'Luật', year: 2012, symbol: 'QH13' });
    expect(one('Thông tư liên tịch số 01/2014/TTLT-BTP-BGDĐT ngày 20/01/2014')).toMatchObject({
      type: 'Thông tư liên tịch',
      numberSymbol: '01/2014/TTLT-BTP-BGDĐT',
      issuerSegments: ['BTP', 'BGDĐT'],
    });
  });

  it('reads party documents', () => {
    expect(one('Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư')).toMatchObject({
      type: 'Chỉ thị',
      number: '32',
      symbol: 'CT/TW',
      numberSymbol: '32-CT/TW',
      party: true,
      issuer: 'Ban Bí thư',
    });
    expect(one('Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư').numberSymbol).toBe('80-KL/TW');
  });

  it('reads laws by name, with year, with number, and abbreviated', () => {
    const law = one('Luật Phổ biến, giáo dục pháp luật năm 2012 và các văn bản hướng dẫn thi hành');
    expect(law).toMatchObject({
      type: 'Luật',
      name: 'Luật Phổ biến, giáo dục pháp luật',
      nameYear: 2012,
      numberSymbol: null,
    });
    const numbered = one('Luật Hòa giải ở cơ sở số 35/2013/QH13 ngày 20/6/2013');
    expect(numbered).toMatchObject({
      name: 'Luật Hòa giải ở cơ sở',
      numberSymbol: '35/2013/QH13',
      date: '2013-06-20',
    });
    expect(one('Gắn thực hiện Đề án với việc thực hiện Luật PBGDPL, Quyết định')).toMatchObject({
      name: 'Luật PBGDPL',
    });
    const dated = one('Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015');
    expect(dated).toMatchObject({ name: 'Luật Ban hành văn bản quy phạm pháp luật', date: '2015-06-22' });
    expect(parseCitations('theo Luật, Chương trình quốc gia về phòng chống tội phạm')).toHaveLength(0);
    expect(parseCitations('ý thức chấp hành pháp luật của người dân')).toHaveLength(0);
  });

  it('reads lists that share one type word', () => {
    const cs = parseCitations(
      'Căn cứ các Quyết định: số 705/QĐ-TTg ngày 25/5/2017; số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ',
    );
    expect(cs.map((c) => [c.type, c.numberSymbol, c.date])).toEqual([
      ['Quyết định', '705/QĐ-TTg', '2017-05-25'],
      ['Quyết định', '1521/QĐ-TTg', '2020-10-06'],
    ]);
    expect(cs[1]!.listed).toBe(true);
    const and = parseCitations('Kế hoạch số 113/KH-UBND và số 152/KH-UBND của UBND tỉnh');
    expect(and.map((c) => c.type)).toEqual(['Kế hoạch', 'Kế hoạch']);
  });

  it('reads short later mentions and bare identifiers whose symbol names the type', () => {
    const c = one('Thực hiện có hiệu quả Kế hoạch số 113/KH-UBND; tiếp tục tạo sự chuyển biến');
    expect(c).toMatchObject({ numberSymbol: '113/KH-UBND', date: null, issuer: null, summary: null });
    const bare = one('theo 2559/QĐ-UBND');
    expect(bare).toMatchObject({ type: 'Quyết định', typeInferred: true });
    expect(parseCitations('ngày 25/5/2017, tỷ lệ 24/7, mã 12/ABC')).toHaveLength(0);
  });

  it('keeps a summary that contains ";" and a nested citation', () => {
    const text =
      'Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh về việc triển khai Quyết định 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về ban hành Chương trình PBGDPL giai đoạn 2017-2021; Kế hoạch số 152/KH-UBND ngày 01/9/2017';
    const cs = parseCitations(text);
    expect(cs.map((c) => c.numberSymbol)).toEqual(['113/KH-UBND', '705/QĐ-TTg', '152/KH-UBND']);
    expect(cs[0]!.summary).toMatch(/^triển khai Quyết định 705\/QĐ-TTg .* giai đoạn 2017-2021$/u);
    const semi = one(
      'Quyết định số 2658/QĐ-BTP ngày 31/12/2020 của Bộ Tư pháp về việc ban hành Kế hoạch triển khai công tác PBGDPL; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2021 và các văn bản hướng dẫn thi hành',
    );
    expect(semi.summary).toBe(
      'ban hành Kế hoạch triển khai công tác PBGDPL; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2021',
    );
  });

  it('keeps "Chủ tịch UBND tỉnh" whole as the issuer', () => {
    expect(
      one('theo Quyết định số 1824/QĐ-UBND ngày 04/10/2017 của Chủ tịch UBND tỉnh) chỉ đạo').issuer,
    ).toBe('Chủ tịch UBND tỉnh');
  });
});

describe('citation grammar: messy text from Word', () => {
  it('tolerates NFD, stray spaces, case variants, line breaks and table pipes', () => {
    const nfd = 'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ'.normalize('NFD');
    const c = one(nfd);
    expect(c.numberSymbol).toBe('705/QĐ-TTg');
    expect(c.issuer).toBe('Thủ tướng Chính phủ');
    expect(nfd.slice(c.start, c.end)).toBe(nfd); // ranges point into the text as written
    expect(one('Nghị định số 30/2020/NĐ- CP ngày 05/3/2020').numberSymbol).toBe('30/2020/NĐ-CP');
    expect(one('Quyết định số 705/QĐ-TTG ngày 25/5/2017')).toMatchObject({
      numberSymbol: '705/QĐ-TTg',
      numberSymbolWritten: '705/QĐ-TTG',
    });
    expect(one('Quyết định số\n705/QĐ-TTg ngày\n25/5/2017').date).toBe('2017-05-25');
    expect(one('| Quyết định số 705/QĐ-TTg | ngày 25/5/2017 |').date).toBe('2017-05-25');
    expect(one('Quyết định số 705/QĐ–TTg').numberSymbol).toBe('705/QĐ-TTg');
  });

  it('keeps an impossible date as read, marked invalid', () => {
    const c = one('Quyết định số 12/QĐ-UBND ngày 31/6/2017 của UBND tỉnh');
    expect(c).toMatchObject({ date: null, dateValid: false, dateParts: { day: 31, month: 6, year: 2017 } });
  });

  it('does not take a document\'s own "Số:" line for a citation', () => {
    expect(parseCitations('Số: 05/KH-UBND')).toHaveLength(0);
  });
});

describe('references, definitions and the plan itself', () => {
  it('recognises internal references but not as citations', () => {
    const p = parseText('Các nhiệm vụ tại khoản 2 Mục IV và Mục II Kế hoạch này; điểm a khoản 1 nêu trên.');
    expect(p.citations).toHaveLength(0);
    expect(p.refs.map((r) => [r.text, r.section, r.item, r.point])).toEqual([
      ['khoản 2 Mục IV', 'IV', '2', null],
      ['Mục II', 'II', null, null],
      ['điểm a khoản 1', null, '1', 'a'],
    ]);
    expect(p.refs[1]!.explicitInternal).toBe(true);
    expect(p.selfRefs).toHaveLength(1);
  });

  it('marks references to other documents as external', () => {
    const p = parseText('theo khoản 2 Điều 5 Luật Hòa giải ở cơ sở và Mục II Quyết định số 705/QĐ-TTg');
    expect(p.refs.every((r) => r.external)).toBe(true);
    expect(parseText('các mục vi phạm pháp luật').refs).toHaveLength(0);
  });

  it('reads definitions of abbreviations and short names', () => {
    const p = parseText(
      'Chương trình phổ biến, giáo dục pháp luật (PBGDPL) giai đoạn 2017-2021 (viết tắt là Đề án), Hội đồng (sau đây gọi tắt là Hội đồng phối hợp)',
    );
    expect(p.definitions.map((d) => [d.term, d.kind])).toEqual([
      ['PBGDPL', 'abbreviation'],
      ['Đề án', 'shortName'],
      ['Hội đồng phối hợp', 'shortName'],
    ]);
    expect(p.abbreviations.map((a) => a.term)).toEqual([]);
  });

  it('reads year ranges and programme periods', () => {
    const p = parseText(
      'Đề án “Tăng cường công tác PBGDPL giai đoạn 2012-2016” đến năm 2021 (viết tắt là Đề án)',
    );
    expect(p.yearRanges.map((r) => [r.text, r.spaced])).toEqual([['2012-2016', false]]);
    expect(p.periods[0]).toMatchObject({ endYear: 2016, extendedTo: 2021, programme: true });
  });
});
