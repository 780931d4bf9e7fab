import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.ts';
import { planTexts } from '../model/walk.ts';
import { importText } from './importText.ts';
import { missingLines, sourceLines } from './testSupport.ts';

const seedText = readFileSync(
  new URL('../../test/fixtures/seed-plan-langson-2021.txt', import.meta.url),
  'utf8',
);
const template = JSON.parse(
  readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
) as unknown;

describe('importText — the seed plan as .txt', () => {
  const { plan, report } = importText(seedText);

  it('accounts for every non-empty line and places all of them', () => {
    expect(report.sourceParagraphs).toBe(sourceLines(seedText).length);
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
    expect(report.unplaced).toEqual([]);
  });

  it('loses no sentence', () => {
    expect(missingLines(sourceLines(seedText), plan)).toEqual([]);
  });

  it('finds the 8 tasks (1.1, 1.2, 2–7) and the 12 recipients', () => {
    expect(report.tasks).toBe(8);
    expect(report.recipients).toBe(12);
    expect(plan.recipients.archive).toBe('VT, THNC (HTMĐ)');
  });

  it('gives the same plan as the hand-encoded template, apart from the header lost in the text', () => {
    const parsed = parsePlan(template);
    if (!parsed.ok) throw new Error(parsed.message);
    const expected = planTexts(parsed.plan)
      .filter((t) => t.location.address.kind !== 'header')
      .map((t) => [t.location.label, t.text]);
    const actual = planTexts(plan)
      .filter((t) => t.location.address.kind !== 'header')
      .map((t) => [t.location.label, t.text]);
    expect(actual).toEqual(expected);
    expect(plan.year).toBe(2021);
    expect(plan.header.issueDate).toEqual({ day: null, month: 1, year: 2021 });
    expect(plan.signature).toEqual({
      lines: ['TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'],
      name: 'Dương Xuân Huyền',
    });
  });

  it('joins the deliverable that a page break split ("trưởng" / "thôn, khu phố")', () => {
    const deliverables = planTexts(plan).filter(
      (t) => t.location.address.kind === 'taskField' && t.location.address.field === 'deliverable',
    );
    expect(deliverables.some((d) => d.text.includes('trưởng thôn, khu phố, bí thư chi bộ'))).toBe(true);
    expect(report.sourceParagraphs).toBe(81);
  });
});

describe('importText — variants offices use', () => {
  const text = [
    'UBND TỈNH CAO BẰNG',
    'SỞ TƯ PHÁP',
    'Số: 12/KH-STP',
    'Cao Bằng, ngày 05 tháng 01 năm 2022',
    'KẾ HOẠCH',
    'Công tác phổ biến, giáo dục pháp luật năm 2022',
    'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
    'Căn cứ Quyết định số 2658/QĐ-BTP ngày 31/12/2020 của Bộ Tư pháp;',
    'Sở Tư pháp xây dựng Kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Bảo đảm thiết thực, hiệu quả.',
    'II. NHIỆM VỤ',
    '1. Tuyên truyền pháp luật trên báo chí',
    'a) Đăng tải tin bài trên Cổng thông tin điện tử',
    '+ Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.',
    '+ Phối hợp: Văn phòng Sở.',
    '+ Thời gian: Quý II năm 2022.',
    '+ Sản phẩm: Tin bài được đăng tải.',
    'b) Tổ chức cuộc thi tìm hiểu pháp luật',
    '- Chủ trì: Phòng Phổ biến, giáo dục pháp luật.',
    '- Đơn vị phối hợp: Sở Giáo dục và Đào tạo.',
    '- Thời gian thực hiện: Tháng 9 năm 2022.',
    '- Kết quả sản phẩm: Cuộc thi được tổ chức.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này./.',
    'Nơi nhận:',
    '- Bộ Tư pháp;',
    '- UBND tỉnh;',
    '- Lưu: VT, PBGDPL.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    '(Đã ký)',
    'Nguyễn Thị Lan',
  ].join('\n');
  const { plan, report } = importText(text);

  it('reads the header, the căn cứ list and the field label variants', () => {
    expect(plan.header).toMatchObject({
      parentBody: 'UBND TỈNH CAO BẰNG',
      issuingBody: 'SỞ TƯ PHÁP',
      number: '12',
      symbol: 'KH-STP',
      place: 'Cao Bằng',
      issueDate: { day: 5, month: 1, year: 2022 },
    });
    expect(plan.year).toBe(2022);
    expect(plan.legalBases).toEqual([
      'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012',
      'Căn cứ Quyết định số 2658/QĐ-BTP ngày 31/12/2020 của Bộ Tư pháp',
    ]);
    const tasks = plan.sections[1]?.content[0];
    expect(tasks?.type === 'item' && tasks.children.map((c) => c.fields)).toEqual([
      {
        lead: 'Phòng Phổ biến, giáo dục pháp luật.',
        coordinating: 'Văn phòng Sở.',
        timeline: 'Quý II năm 2022.',
        deliverable: 'Tin bài được đăng tải.',
      },
      {
        lead: 'Phòng Phổ biến, giáo dục pháp luật.',
        coordinating: 'Sở Giáo dục và Đào tạo.',
        timeline: 'Tháng 9 năm 2022.',
        deliverable: 'Cuộc thi được tổ chức.',
      },
    ]);
    expect(report.tasks).toBe(2);
    expect(report.recipients).toBe(2);
    expect(plan.signature).toEqual({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Thị Lan' });
  });

  it('reports what it could not place and still keeps it', () => {
    expect(report.unplaced).toEqual([
      { text: '(Đã ký)', reason: expect.stringMatching(/chữ ký|ký/) as unknown },
    ]);
    expect(report.placedParagraphs + 1).toBe(report.sourceParagraphs);
    expect(report.sourceParagraphs).toBe(33);
  });

  it('keeps text after the signature as free text instead of dropping it', () => {
    const r = importText(`${text}\nGhi chú: bản sao gửi kèm theo hồ sơ.`);
    expect(r.report.unplaced.map((u) => u.text)).toContain('Ghi chú: bản sao gửi kèm theo hồ sơ.');
    const last = r.plan.sections[r.plan.sections.length - 1]?.content.at(-1);
    expect(last?.type === 'text' && last.body[0]?.runs[0]?.text).toBe('Ghi chú: bản sao gửi kèm theo hồ sơ.');
  });
});

describe('importText — legacy encodings and NFD', () => {
  it('converts a TCVN3 text file', () => {
    const tcvn = ['KÕ ho¹ch', 'Thùc hiÖn KÕ ho¹ch sè 113/KH-UBND ngµy 20/6/2017 cña UBND tØnh.'].join('\n');
    const { plan, report } = importText(tcvn);
    expect(plan.preamble[0]?.runs[0]?.text).toBe(
      'Thực hiện Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh.',
    );
    expect(report.warnings.some((w) => w.text === 'TCVN3 (ABC)')).toBe(true);
  });
  it('takes a title opening with "Thực hiện" as the trích yếu, and keeps the number as written', () => {
    const text = [
      'SỞ TƯ PHÁP',
      'Số: 02/KH-STP',
      'KẾ HOẠCH',
      'Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” năm 2023',
      'Thực hiện Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ, Sở Tư pháp ban hành Kế hoạch như sau:',
    ].join('\n');
    const { plan } = importText(text);
    expect(plan.summary).toBe(
      'Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” năm 2023',
    );
    expect(plan.preamble[0]?.runs[0]?.text).toMatch(/^Thực hiện Quyết định số 25\/2021\/QĐ-TTg/);
    expect(plan.header.number).toBe('02');
  });
  it('composes NFD text', () => {
    const nfd = 'KẾ HOẠCH\nTuyên truyền pháp luật năm 2021\nThực hiện Kế hoạch số 113/KH-UBND.'.normalize(
      'NFD',
    );
    const { plan } = importText(nfd);
    expect(plan.typeName).toBe('KẾ HOẠCH');
    expect(plan.summary).toBe('Tuyên truyền pháp luật năm 2021');
    expect(plan.summary === plan.summary.normalize('NFC')).toBe(true);
  });
});

describe('importText — a large plan', () => {
  it('finds all 300 tasks (numbers past 99 included) and places every line', () => {
    const lines = seedText.split(/\r?\n/);
    const i2 = lines.findIndex((l) => l.startsWith('II. '));
    const i3 = lines.findIndex((l) => l.startsWith('III. '));
    const tasks: string[] = [];
    for (let k = 1; k <= 300; k++) {
      tasks.push(
        `${k}. Tuyên truyền, phổ biến pháp luật tại xã trọng điểm số ${k}`,
        '- Cơ quan chủ trì: Sở Tư pháp.',
        '- Thời gian thực hiện: Quý II năm 2021.',
      );
    }
    const big = [...lines.slice(0, i2 + 1), ...tasks, ...lines.slice(i3)].join('\n');
    const { report, plan } = importText(big);
    expect(report.tasks).toBe(300);
    expect(report.unplaced).toEqual([]);
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
    const last = plan.sections[1]?.content.at(-1);
    expect(last?.type === 'item' && last.title).toBe(
      'Tuyên truyền, phổ biến pháp luật tại xã trọng điểm số 300',
    );
  });
});

describe('importText — documents that are not plans keep their own type name', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
  const head = (symbol: string, ...rest: string[]) =>
    [
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${symbol}`,
      'Vĩnh Long, ngày 11 tháng 5 năm 2023',
      ...rest,
    ].join('\n');

  it('a decision: "QUYẾT ĐỊNH" is its type name and the line under it its trích yếu', () => {
    const { plan, report } = importText(
      head(
        '1115/QĐ-UBND',
        'QUYẾT ĐỊNH',
        'Ban hành Kế hoạch tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở trên địa bàn tỉnh Vĩnh Long',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      ),
    );
    expect(plan.typeName).toBe('QUYẾT ĐỊNH');
    expect(plan.header.symbol).toBe('QĐ-UBND');
    expect(plan.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG');
    expect(plan.summary).toBe(
      'Ban hành Kế hoạch tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở trên địa bàn tỉnh Vĩnh Long',
    );
    // Deliberately changed (issue 10 point 2): the note says what the export will do with the type.
    expect(report.warnings.map((w) => w.reason)).toContain(
      "Văn bản là QUYẾT ĐỊNH, không phải kế hoạch: nhập đủ nội dung, nhưng bản xuất trình bày theo bố cục kế hoạch, chưa theo thể thức riêng của quyết định / a QUYẾT ĐỊNH rather than a plan: all its text is imported, but the export uses a plan's layout, not that type's own",
    );
  });

  it('reads the other NĐ 30 type-name lines, however spaced', () => {
    for (const [line, symbol] of [
      ['CHỈ THỊ', '05/CT-UBND'],
      ['BÁO CÁO', '120/BC-STP'],
      ['TỜ TRÌNH', '584/TTr-STP'],
      ['THÔNG BÁO', '31/TB-UBND'],
      ['HƯỚNG DẪN', '02/HD-STP'],
      ['ĐỀ ÁN', '01/ĐA-UBND'],
      ['PHƯƠNG ÁN', '03/PA-UBND'],
      ['QUY CHẾ', '01/QC-UBND'],
      ['QUY  ĐỊNH', '01/QyĐ-UBND'],
      ['NGHỊ QUYẾT', '12/NQ-HĐND'],
      ['KẾT LUẬN', '80-KL/TW'],
      ['CHƯƠNG TRÌNH', '07/CTr-UBND'],
    ]) {
      const { plan } = importText(
        head(symbol ?? '', line ?? '', 'Về công tác phổ biến, giáo dục pháp luật năm 2023'),
      );
      expect([line, plan.typeName]).toEqual([line, (line ?? '').replace(/\s+/g, ' ')]);
      expect(plan.summary).toBe('Về công tác phổ biến, giáo dục pháp luật năm 2023');
    }
  });

  it('a plan stays "KẾ HOẠCH", with no "not a plan" warning', () => {
    const { plan, report } = importText(
      head('22/KH-UBND', 'Kế hoạch', 'Thực hiện công tác phổ biến, giáo dục pháp luật năm 2024'),
    );
    expect(plan.typeName).toBe('KẾ HOẠCH');
    expect(report.warnings.some((w) => w.reason.includes('not a plan'))).toBe(false);
  });

  it('a công văn (Bắc Kạn 473/STP-PBGDPL): no type name, its "V/v" line is the trích yếu', () => {
    const { plan, report } = importText(fixture('plan-backan-stp-huongdan-pbgdpl-2020.txt'));
    expect(plan.typeName).toBe('');
    expect(plan.header.symbol).toBe('STP-PBGDPL');
    expect(plan.summary).toMatch(
      /^hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở/u,
    );
    expect(plan.preamble[0]?.runs[0]?.text).toMatch(/^Thực hiện Văn bản số 979\/BTP-PBGDPL/u);
    expect(report.unplaced).toEqual([]);
    // The model takes an empty type name: a round trip through the validator keeps it.
    const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(parsed.ok && parsed.plan.typeName).toBe('');
  });

  it('the Vĩnh Long decision fixture is a QUYẾT ĐỊNH', () => {
    const { plan } = importText(fixture('plan-vinhlong-tongket-hoagiai-2023.txt'));
    expect(plan.typeName).toBe('QUYẾT ĐỊNH');
    expect(plan.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG');
  });

  it('without a type-name line the symbol decides: an issuer-unit symbol is a công văn, a type code names the type', () => {
    const body =
      'Thực hiện Kế hoạch số 25/KH-UBND ngày 15/02/2022 của UBND tỉnh, Sở Tư pháp đề nghị như sau:';
    expect(importText(head('1445/UBND-NCPC', body)).plan.typeName).toBe('');
    expect(importText(head('1115/QĐ-UBND', body)).plan.typeName).toBe('QUYẾT ĐỊNH');
    expect(importText(head('35/KH-UBND', body)).plan.typeName).toBe('KẾ HOẠCH');
    expect(importText(body).plan.typeName).toBe('KẾ HOẠCH');
  });
});
