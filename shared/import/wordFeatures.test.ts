import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { describe, expect, it } from 'vitest';
import type { Item } from '../model/plan.ts';
import { importDocx } from './importDocx.ts';

async function docx(
  children: ISectionOptions['children'],
  extra: Partial<ConstructorParameters<typeof Document>[0]> = {},
): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }], ...extra });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const p = (text: string, opts: { bold?: boolean; font?: string } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold: opts.bold, font: opts.font })] });

describe('Word files typed with legacy fonts', () => {
  it('converts .VnTime / .VnTimeH (TCVN3) and VNI-Times runs to Unicode', async () => {
    const bytes = await docx([
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'kÕ ho¹ch', font: '.VnTimeH', bold: true })],
      }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Tuyeân truyeàn phaùp luaät naêm 2021', font: 'VNI-Times', bold: true }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun({
            text: 'Thùc hiÖn KÕ ho¹ch sè 113/KH-UBND ngµy 20/6/2017 cña UBND tØnh, ',
            font: '.VnTime',
          }),
          new TextRun({ text: 'Sôû Tö phaùp xaây döïng keá hoaïch nhö sau:', font: 'VNI-Times' }),
        ],
      }),
    ]);
    const { plan } = importDocx(bytes);
    expect(plan.typeName).toBe('KẾ HOẠCH');
    expect(plan.summary).toBe('Tuyên truyền pháp luật năm 2021');
    expect(plan.preamble[0]?.runs.map((r) => r.text).join('')).toBe(
      'Thực hiện Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh, Sở Tư pháp xây dựng kế hoạch như sau:',
    );
    expect(plan.year).toBe(2021);
  });

  it('takes the legacy font from the document default style too', async () => {
    const bytes = await docx(
      [p('kÕ ho¹ch', { font: '.VnTimeH' }), p('Phæ biÕn, gi¸o dôc ph¸p luËt n¨m 2022')],
      {
        styles: { default: { document: { run: { font: '.VnTime' } } } },
      },
    );
    const { plan } = importDocx(bytes);
    expect(plan.summary).toBe('Phổ biến, giáo dục pháp luật năm 2022');
  });

  it('decodes by the face of the letters above 0x7F (w:hAnsi), whatever w:ascii says', async () => {
    const run = (text: string, font: { ascii: string; hAnsi: string }): Paragraph =>
      new Paragraph({ children: [new TextRun({ text, font })] });
    const bytes = await docx([
      run('kÕ ho¹ch', { ascii: 'Times New Roman', hAnsi: '.VnTimeH' }),
      run('Phæ biÕn, gi¸o dôc ph¸p luËt n¨m 2022', { ascii: 'Times New Roman', hAnsi: '.VnTime' }),
    ]);
    expect(importDocx(bytes).plan.summary).toBe('Phổ biến, giáo dục pháp luật năm 2022');
  });
});

describe('Word numbering and task tables', () => {
  it('draws letters a), b) and restarts numbering the way Word does', async () => {
    const num = (text: string, level: number, instance: number) =>
      new Paragraph({ numbering: { reference: 'n', level, instance }, children: [new TextRun(text)] });
    const bytes = await docx(
      [
        p('KẾ HOẠCH'),
        p('Tuyên truyền pháp luật năm 2021'),
        num('NỘI DUNG THỰC HIỆN', 0, 1),
        num('Tuyên truyền trên báo chí', 1, 1),
        num('Đăng tin trên Cổng thông tin điện tử', 2, 1),
        p('- Cơ quan chủ trì: Sở Tư pháp.'),
        num('Phát sóng chuyên mục pháp luật', 2, 1),
        p('- Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh.'),
        num('Tập huấn cho hòa giải viên', 1, 1),
        num('TỔ CHỨC THỰC HIỆN', 0, 1),
        num('Sở Tư pháp hướng dẫn, đôn đốc thực hiện Kế hoạch này.', 1, 1),
      ],
      {
        numbering: {
          config: [
            {
              reference: 'n',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
                { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
              ],
            },
          ],
        },
      },
    );
    const { plan, report } = importDocx(bytes);
    expect(plan.sections.map((s) => s.title)).toEqual(['NỘI DUNG THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN']);
    const [t1, t2] = plan.sections[0]?.content as Item[];
    expect(t1?.title).toBe('Tuyên truyền trên báo chí');
    expect(t1?.children.map((c) => [c.title, c.fields?.lead])).toEqual([
      ['Đăng tin trên Cổng thông tin điện tử', 'Sở Tư pháp.'],
      ['Phát sóng chuyên mục pháp luật', 'Đài Phát thanh và Truyền hình tỉnh.'],
    ]);
    expect(t2?.title).toBe('Tập huấn cho hòa giải viên');
    // Item "1." of section IV: the level restarted after the new section heading.
    const s2 = plan.sections[1]?.content[0] as Item;
    expect(s2.body[0]?.runs[0]?.text).toBe('Sở Tư pháp hướng dẫn, đôn đốc thực hiện Kế hoạch này.');
    expect(report.tasks).toBe(3);
    expect(report.unplaced).toEqual([]);
  });

  it('reads a task table (TT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm)', async () => {
    const cell = (t: string) => new TableCell({ children: [p(t)] });
    const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
    const table = new Table({
      rows: [
        row(
          'TT',
          'Nội dung công việc',
          'Đơn vị chủ trì',
          'Đơn vị phối hợp',
          'Thời gian thực hiện',
          'Sản phẩm',
        ),
        row('I', 'Tuyên truyền, phổ biến pháp luật', '', '', '', ''),
        row(
          '1',
          'Tổ chức hội nghị phổ biến pháp luật',
          'Sở Tư pháp',
          'UBND các huyện',
          'Quý II/2021',
          'Hội nghị',
        ),
        row('2', 'Biên soạn tài liệu hỏi đáp pháp luật', 'Sở Tư pháp', '', 'Năm 2021', '03 tài liệu'),
        row('II', 'Hòa giải ở cơ sở', '', '', '', ''),
        row(
          '1',
          'Tập huấn kỹ năng hòa giải',
          'Sở Tư pháp',
          'Hội Luật gia tỉnh',
          'Quý III/2021',
          'Lớp tập huấn',
        ),
      ],
    });
    const bytes = await docx([
      p('KẾ HOẠCH'),
      p('Công tác phổ biến, giáo dục pháp luật năm 2021'),
      p('I. MỤC ĐÍCH, YÊU CẦU'),
      p('Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.'),
      p('II. NỘI DUNG THỰC HIỆN'),
      table,
      p('III. TỔ CHỨC THỰC HIỆN'),
      p('Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./.'),
    ]);
    const { plan, report } = importDocx(bytes);
    const groups = plan.sections[1]?.content as Item[];
    expect(groups.map((g) => g.title)).toEqual(['Tuyên truyền, phổ biến pháp luật', 'Hòa giải ở cơ sở']);
    expect(groups[0]?.children[0]).toMatchObject({
      title: 'Tổ chức hội nghị phổ biến pháp luật',
      fields: {
        lead: 'Sở Tư pháp',
        coordinating: 'UBND các huyện',
        timeline: 'Quý II/2021',
        deliverable: 'Hội nghị',
      },
    });
    expect(groups[0]?.children[1]?.fields?.coordinating).toBeNull();
    expect(report.tasks).toBe(3);
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
  });
});
