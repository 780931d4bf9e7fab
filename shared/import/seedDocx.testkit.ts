import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

/**
 * Builds a .docx of the seed plan the way an office would have typed it in Word — not the way
 * PlanDraft exports it: header and signature in borderless tables with soft line breaks, section
 * and item numbers from Word's automatic numbering (not in the text), some task fields as Word
 * bullets, a page break inside a paragraph and another one splitting a paragraph in two, and a
 * section break before section IV. Used by the import tests only.
 */
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function lines(texts: string[], opts: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  return texts.map(
    (text, i) => new TextRun({ text, bold: opts.bold, italics: opts.italic, break: i > 0 ? 1 : 0 }),
  );
}

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: left, width: { size: 40, type: WidthType.PERCENTAGE } }),
          new TableCell({ children: right, width: { size: 60, type: WidthType.PERCENTAGE } }),
        ],
      }),
    ],
  });
}

const ROMAN = /^([IVX]+)\.\s+(.*)$/u;
const SUB = /^(\d+)\.(\d+)\.\s+(.*)$/u;
const NUM = /^(\d+)\.\s+(.*)$/u;

export async function buildSeedDocx(seedText: string): Promise<Uint8Array> {
  const src = seedText
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const at = (prefix: string): number => src.findIndex((l) => l.startsWith(prefix));
  const iKeHoach = at('KẾ HOẠCH');
  const iNoiNhan = at('Nơi nhận');
  const iLuu = at('- Lưu');

  const header = twoColumns(
    [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('UBND TỈNH LẠNG SƠN')] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'BAN CHỈ ĐẠO ĐỀ ÁN', bold: true })],
      }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('---------')] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(src[0] ?? '')] }),
    ],
    [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: lines(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], {
          bold: true,
        }),
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: src[1] ?? '', italics: true })],
      }),
    ],
  );

  const summary = src[iKeHoach + 1] ?? '';
  const cut = summary.lastIndexOf(' trên địa bàn');
  const part1: Array<Paragraph | Table> = [
    header,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })],
    }),
    // The trích yếu over two lines with a soft line break, as offices centre it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: lines([summary.slice(0, cut), summary.slice(cut + 1)], { bold: true }),
    }),
  ];
  const part2: Array<Paragraph | Table> = [];
  let target = part1;
  let sectionNo = 0;
  for (let i = iKeHoach + 2; i < iNoiNhan; i++) {
    const line = src[i] ?? '';
    let m: RegExpExecArray | null;
    if ((m = ROMAN.exec(line))) {
      sectionNo += 1;
      if (m[1] === 'IV') target = part2;
      target.push(
        new Paragraph({
          numbering: { reference: 'sections', level: 0 },
          children: [new TextRun({ text: m[2] ?? '', bold: true })],
        }),
      );
    } else if ((m = SUB.exec(line))) {
      target.push(
        new Paragraph({
          numbering: { reference: 'items', level: 1, instance: sectionNo },
          children: [new TextRun({ text: m[3] ?? '', bold: true, italics: true })],
        }),
      );
    } else if ((m = NUM.exec(line))) {
      target.push(
        new Paragraph({
          numbering: { reference: 'items', level: 0, instance: sectionNo },
          children: [new TextRun({ text: m[2] ?? '', bold: sectionNo !== 4 })],
        }),
      );
    } else if (line.startsWith('- ') && i < 30) {
      // Fields of tasks 1.1 and 1.2 as Word bullets: the dash is not in the text.
      target.push(
        new Paragraph({ numbering: { reference: 'dash', level: 0 }, children: [new TextRun(line.slice(2))] }),
      );
    } else if (line.startsWith('thôn, khu phố')) {
      // The deliverable of task 3 split by a page break into two paragraphs.
      target.push(new Paragraph({ children: [new PageBreak()] }));
      target.push(new Paragraph({ children: [new TextRun(line)] }));
    } else if (line.startsWith('Nâng cao năng lực')) {
      // A manual page break inside a paragraph, in mid-sentence.
      const split = line.indexOf(' công chức');
      target.push(
        new Paragraph({
          children: [new TextRun(line.slice(0, split)), new PageBreak(), new TextRun(line.slice(split + 1))],
        }),
      );
    } else {
      target.push(new Paragraph({ children: [new TextRun(line)] }));
    }
  }
  const recipients = src.slice(iNoiNhan + 1, iLuu + 1);
  const signature = src.slice(iLuu + 1);
  part2.push(
    twoColumns(
      [
        new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true })] }),
        new Paragraph({ children: lines(recipients) }),
      ],
      [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: lines(signature.slice(0, -1), { bold: true }),
        }),
        new Paragraph({ children: [] }),
        new Paragraph({ children: [] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: signature.at(-1) ?? '', bold: true })],
        }),
      ],
    ),
  );

  const sections: ISectionOptions[] = [
    { children: part1 },
    { properties: { type: SectionType.NEXT_PAGE }, children: part2 },
  ];
  const doc = new Document({
    creator: 'Văn thư',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }],
        },
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'dash',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
