import {
  Document,
  LevelFormat,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { planTasks } from '../model/walk.ts';
import { importDocx } from './importDocx.ts';
import { taskTableColumns, tableColumnKind } from './tableColumnKinds.ts';

const p = (text: string, bold = false): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold })] });

const BODY = [
  p('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
  p('Độc lập - Tự do - Hạnh phúc', true),
  p('Số: 12/KH-UBND'),
  p('Lâm Đồng, ngày 05 tháng 01 năm 2026'),
  p('KẾ HOẠCH', true),
  p('Cải cách hành chính năm 2026', true),
  p('I. MỤC ĐÍCH, YÊU CẦU', true),
  p('Nâng cao chất lượng phục vụ người dân.'),
  p('II. NHIỆM VỤ', true),
  p('Phân công nhiệm vụ theo Phụ lục đính kèm.'),
  p('Nơi nhận:', true),
  p('- Sở Tư pháp;'),
  p('- Lưu: VT, NC.'),
  p('KT. CHỦ TỊCH', true),
  p('PHÓ CHỦ TỊCH', true),
  p('Nguyễn Văn An', true),
];

type CellSpec = string | { text: string; span?: number; merge?: 'restart' | 'continue'; numbered?: boolean };

function cell(c: CellSpec): TableCell {
  const spec = typeof c === 'string' ? { text: c } : c;
  return new TableCell({
    ...(spec.span ? { columnSpan: spec.span } : {}),
    ...(spec.merge
      ? { verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
    children: [
      spec.numbered
        ? new Paragraph({ numbering: { reference: 'stt', level: 0 }, children: [new TextRun(spec.text)] })
        : p(spec.text),
    ],
  });
}

const table = (rows: CellSpec[][]): Table =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** A plan whose Phụ lục holds the table of `rows`, then `more`: paragraphs (strings) and tables. */
async function planWithAppendix(
  rows: CellSpec[][],
  landscape = true,
  more: Array<string | CellSpec[][]> = [],
): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'stt', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1' }] }],
    },
    sections: [
      { children: BODY },
      {
        properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        children: [
          p('PHỤ LỤC', true),
          p('Danh mục nhiệm vụ năm 2026'),
          table(rows),
          ...more.map((m) => (typeof m === 'string' ? p(m, true) : table(m))),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('task table columns from the header wording', () => {
  it('reads the variants offices use', () => {
    const cases: Array<[string, string]> = [
      ['TT', 'number'],
      ['STT', 'number'],
      ['Tên nhiệm vụ', 'task'],
      ['Nhiệm vụ thực hiện', 'task'],
      ['Nội dung (công việc)', 'task'],
      ['Nội dung công việc', 'task'],
      ['Cơ quan chủ trì', 'lead'],
      ['Đơn vị chủ trì tham mưu', 'lead'],
      ['Sở, ngành chủ trì tham mưu', 'lead'],
      ['Cơ quan/Đơn vị chủ trì (tham mưu)', 'lead'],
      ['Người thực hiện', 'lead'],
      ['Chủ trì thực hiện', 'lead'],
      ['Trách nhiệm thực hiện', 'lead'],
      ['Đơn vị phối hợp (thực hiện)', 'coordinating'],
      ['Phối hợp thực hiện', 'coordinating'],
      ['Thời gian (thực hiện/hoàn thành)', 'timeline'],
      ['Thời gian hoàn thành', 'timeline'],
      ['Thời gian (Năm 2026)', 'timeline'],
      ['Sản phẩm/Kết quả (đầu ra)', 'deliverable'],
      ['Kết quả', 'deliverable'],
      ['Ghi chú', 'note'],
      ['Theo dõi, kiểm tra, đôn đốc', 'free'],
      ['Đơn vị được kiểm tra', 'free'],
    ];
    for (const [header, kind] of cases) expect([header, tableColumnKind(header)]).toEqual([header, kind]);
  });

  it('a schedule without a task column is no task table; a second lead column is free', () => {
    expect(taskTableColumns(['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'])).toBeNull();
    expect(taskTableColumns(['TT', 'Nhiệm vụ', 'Ghi chú'])).toBeNull();
    expect(taskTableColumns(['TT', 'Nhiệm vụ', 'Chủ trì', 'Cơ quan chủ trì'])).toEqual([
      'number',
      'task',
      'lead',
      'free',
    ]);
  });
});

describe('appendix task tables on import', () => {
  it('types the columns, keeps the header wording and the landscape page, reads groups and merged cells', async () => {
    const bytes = await planWithAppendix([
      [
        'STT',
        'Nhiệm vụ',
        'Sản phẩm',
        'Thời gian hoàn thành',
        'Chủ trì thực hiện',
        'Phối hợp thực hiện',
        'Theo dõi',
      ],
      ['I', { text: 'Cải cách thể chế', span: 6 }],
      [
        '1',
        'Rà soát văn bản',
        'Báo cáo rà soát',
        'Tháng 6/2026',
        'Sở Tư pháp',
        'Các sở, ngành',
        'Sở Tư pháp',
      ],
      [
        '2',
        'Kiểm soát thủ tục',
        'Quyết định công bố',
        'Quý II/2026',
        { text: 'Theo phân công tại Quyết định số 14/QĐ-UBND', span: 2 },
        'Văn phòng UBND tỉnh',
      ],
      [
        { text: '3', merge: 'restart' },
        { text: 'Tham mưu ban hành quy chế', merge: 'restart' },
        'Dự thảo quy chế',
        'Tháng 3/2026',
        'Sở Nội vụ',
        '',
        'Sở Nội vụ',
      ],
      [
        { text: '', merge: 'continue' },
        { text: '', merge: 'continue' },
        'Quyết định ban hành',
        'Tháng 5/2026',
        'Công an tỉnh',
        '',
        'Sở Nội vụ',
      ],
      [{ text: 'II. CÔNG TÁC KIỂM TRA', span: 7 }],
      ['1', 'Kiểm tra cải cách hành chính', 'Thông báo kết luận', 'Năm 2026', 'Sở Nội vụ', '', ''],
    ]);
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    const [appendix] = plan.appendices;
    expect(appendix?.landscape).toBe(true);
    const table = appendix?.table;
    expect(table?.header).toEqual([
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Thời gian hoàn thành',
      'Chủ trì thực hiện',
      'Phối hợp thực hiện',
      'Theo dõi',
    ]);
    expect(table?.columns).toEqual([
      'number',
      'task',
      'deliverable',
      'timeline',
      'lead',
      'coordinating',
      'free',
    ]);
    // The merged "Theo phân công …" cell stands in the lead column; the last cell stays under its header.
    expect(table?.rows[2]).toEqual([
      '2',
      'Kiểm soát thủ tục',
      'Quyết định công bố',
      'Quý II/2026',
      'Theo phân công tại Quyết định số 14/QĐ-UBND',
      '',
      'Văn phòng UBND tỉnh',
    ]);
    // A heading typed in one merged cell keeps its text in the task column.
    expect(table?.rows[5]?.[1]).toBe('II. CÔNG TÁC KIỂM TRA');

    const tasks = planTasks(plan).filter((t) => t.type === 'row');
    expect(tasks.map((t) => t.title)).toEqual([
      'Rà soát văn bản',
      'Kiểm soát thủ tục',
      'Tham mưu ban hành quy chế',
      'Kiểm tra cải cách hành chính',
    ]);
    // The row under a merged STT/task cell belongs to the task above it.
    expect(tasks[2]?.fields).toEqual({
      lead: 'Sở Nội vụ; Công an tỉnh',
      coordinating: null,
      timeline: 'Tháng 3/2026; Tháng 5/2026',
      deliverable: 'Dự thảo quy chế; Quyết định ban hành',
    });
    expect(report.tasks).toBe(planTasks(plan).length);
  });

  it('reads an STT column drawn by Word auto-numbering, on a portrait page', async () => {
    const bytes = await planWithAppendix(
      [
        [
          'TT',
          'Tên nhiệm vụ',
          'Sở, ngành chủ trì tham mưu',
          'Đơn vị phối hợp thực hiện',
          'Thời gian thực hiện',
          'Ghi chú',
        ],
        [
          { text: '', numbered: true },
          'Tuyên truyền cải cách hành chính',
          'Sở Nội vụ',
          'Báo Lâm Đồng',
          'Quý I',
          '',
        ],
        [{ text: '', numbered: true }, 'Khảo sát sự hài lòng', 'Sở Nội vụ', '', 'Quý III', 'Trực tuyến'],
      ],
      false,
    );
    const { plan } = importDocx(bytes);
    const table = plan.appendices[0]?.table;
    expect(plan.appendices[0]?.landscape).toBe(false);
    expect(table?.columns).toEqual(['number', 'task', 'lead', 'coordinating', 'timeline', 'note']);
    expect(table?.rows.map((r) => r[0])).toEqual(['1', '2']);
    expect(
      planTasks(plan)
        .filter((t) => t.type === 'row')
        .map((t) => t.fields.lead),
    ).toEqual(['Sở Nội vụ', 'Sở Nội vụ']);
  });
});

/** The plan of BODY with a table in its section II (after "Phân công …"), no appendix. */
async function planWithBodyTable(rows: CellSpec[][]): Promise<Uint8Array> {
  const at = BODY.findIndex((x) => x === BODY[10]) + 1;
  const doc = new Document({
    sections: [{ children: [...BODY.slice(0, at), table(rows), ...BODY.slice(at)] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// A header of two rows: "Cơ quan thực hiện" merged over "Chủ trì | Phối hợp", the other header
// cells merged down. Offices draw it so; the wording below is the usual one.
const TWO_LEVEL_HEAD: CellSpec[][] = [
  [
    { text: 'STT', merge: 'restart' },
    { text: 'Nội dung công việc', merge: 'restart' },
    { text: 'Cơ quan thực hiện', span: 2 },
    { text: 'Thời gian hoàn thành', merge: 'restart' },
  ],
  [
    { text: '', merge: 'continue' },
    { text: '', merge: 'continue' },
    'Chủ trì',
    'Phối hợp',
    { text: '', merge: 'continue' },
  ],
];

describe('task tables with a header of two rows', () => {
  it('reads "Cơ quan thực hiện" over "Chủ trì | Phối hợp" as a lead and a coordinating column (appendix)', async () => {
    const bytes = await planWithAppendix([
      ...TWO_LEVEL_HEAD,
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'],
      ['2', 'Tự kiểm tra văn bản', 'Sở Tư pháp', '', 'Năm 2026'],
    ]);
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    const table = plan.appendices[0]?.table;
    expect(table?.header).toEqual([
      'STT',
      'Nội dung công việc',
      'Cơ quan thực hiện – Chủ trì',
      'Cơ quan thực hiện – Phối hợp',
      'Thời gian hoàn thành',
    ]);
    expect(table?.columns).toEqual(['number', 'task', 'lead', 'coordinating', 'timeline']);
    // The sub-header row is no data row.
    expect(table?.rows.map((r) => r[1])).toEqual([
      'Rà soát văn bản quy phạm pháp luật',
      'Tự kiểm tra văn bản',
    ]);
    expect(
      planTasks(plan)
        .filter((t) => t.type === 'row')
        .map((t) => [t.fields.lead, t.fields.coordinating]),
    ).toEqual([
      ['Sở Tư pháp', 'Các sở, ngành'],
      ['Sở Tư pháp', null],
    ]);
  });

  it('keeps a two-row schedule header whole and does not make it a task table (Phú Thọ 2011 plan)', async () => {
    // The header of the schedule in test/fixtures/real/phutho-stttt-kh-qlvb-2011.doc, section II.2.c.
    const bytes = await planWithAppendix([
      [
        { text: 'Thời gian: 1/2 ngày - Sáng: từ 8h30 - Chiều: từ 14h00', merge: 'restart' },
        { text: 'Phòng ban đào tạo', span: 2 },
      ],
      [{ text: '', merge: 'continue' }, 'Sáng', 'Chiều'],
      ['Ngày 03/01/2012 (thứ 3)', 'Phòng Viễn thông', 'Phòng Công nghệ thông tin'],
      ['Ngày 04/01/2012 (thứ 4)', 'Phòng Thanh tra', 'Phòng Quản lý Báo chí – Xuất bản'],
    ]);
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    const table = plan.appendices[0]?.table;
    expect(table?.header).toEqual([
      'Thời gian: 1/2 ngày - Sáng: từ 8h30 - Chiều: từ 14h00',
      'Phòng ban đào tạo – Sáng',
      'Phòng ban đào tạo – Chiều',
    ]);
    expect(table?.columns).toBeUndefined();
    expect(table?.rows).toHaveLength(2);
  });

  it('a first row with a merged cell over data is no two-level header', async () => {
    const bytes = await planWithAppendix([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'],
      ['1', 'Kiểm soát thủ tục', { text: 'Theo phân công tại Quyết định số 14/QĐ-UBND', span: 2 }, 'Quý II'],
    ]);
    const table = importDocx(bytes).plan.appendices[0]?.table;
    expect(table?.header).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian']);
    expect(table?.rows).toHaveLength(1);
  });

  it('in the body: two header rows, a heading merged across the table, a cell merged over two columns', async () => {
    const bytes = await planWithBodyTable([
      ...TWO_LEVEL_HEAD,
      [{ text: 'I. CÔNG TÁC XÂY DỰNG PHÁP LUẬT', span: 5 }],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'],
      ['2', 'Kiểm soát thủ tục hành chính', { text: 'Văn phòng UBND tỉnh', span: 2 }, 'Năm 2026'],
    ]);
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    const tasks = planTasks(plan);
    const rows = tasks.filter((t) => t.title.startsWith('Rà soát') || t.title.startsWith('Kiểm soát'));
    expect(rows.map((t) => t.fields)).toEqual([
      { lead: 'Sở Tư pháp', coordinating: 'Các sở, ngành', timeline: 'Quý II/2026', deliverable: null },
      { lead: 'Văn phòng UBND tỉnh', coordinating: null, timeline: 'Năm 2026', deliverable: null },
    ]);
    // The group heads its rows.
    const section = plan.sections.find((s) => s.role === 'content');
    const heading = section?.content.find(
      (n) => n.type === 'item' && n.title === 'CÔNG TÁC XÂY DỰNG PHÁP LUẬT',
    );
    expect(heading?.type === 'item' ? heading.children.map((c) => c.title) : []).toEqual([
      'Rà soát văn bản quy phạm pháp luật',
      'Kiểm soát thủ tục hành chính',
    ]);
    expect(plan.taskLabels?.lead).toBe('Cơ quan thực hiện – Chủ trì');
  });
});

describe('an appendix task table in several parts', () => {
  const HEAD: CellSpec[] = [
    'TT',
    'Nội dung công việc',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian hoàn thành',
  ];

  it('joins a second table with the same header, the heading typed between them a group row', async () => {
    const bytes = await planWithAppendix(
      [HEAD, ['I', 'Xây dựng thể chế', '', '', ''], ['1', 'Rà soát văn bản', 'Sở Tư pháp', '', 'Quý II']],
      true,
      ['II. CÔNG TÁC KIỂM TRA', [HEAD, ['1', 'Kiểm tra văn bản', 'Sở Tư pháp', 'Các sở, ngành', 'Năm 2026']]],
    );
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    const [appendix] = plan.appendices;
    expect(appendix?.table?.rows.map((r) => r.slice(0, 3))).toEqual([
      ['I', 'Xây dựng thể chế', ''],
      ['1', 'Rà soát văn bản', 'Sở Tư pháp'],
      ['', 'II. CÔNG TÁC KIỂM TRA', ''],
      ['1', 'Kiểm tra văn bản', 'Sở Tư pháp'],
    ]);
    // The heading is a row now, not text after the table: the body keeps only what stood before it.
    expect(appendix?.body.map((b) => b.runs.map((r) => r.text).join(''))).toEqual([
      'Danh mục nhiệm vụ năm 2026',
    ]);
    expect(
      planTasks(plan)
        .filter((t) => t.type === 'row')
        .map((t) => t.title),
    ).toEqual(['Rà soát văn bản', 'Kiểm tra văn bản']);
  });

  it('joins a table split without its header (numbered rows, same columns)', async () => {
    const bytes = await planWithAppendix([HEAD, ['1', 'Rà soát văn bản', 'Sở Tư pháp', '', 'Quý II']], true, [
      [['2', 'Tự kiểm tra văn bản', 'Sở Tư pháp', '', 'Quý III']],
    ]);
    const table = importDocx(bytes).plan.appendices[0]?.table;
    expect(table?.rows.map((r) => r[1])).toEqual(['Rà soát văn bản', 'Tự kiểm tra văn bản']);
  });

  it('keeps another table of the appendix out of the task table', async () => {
    const bytes = await planWithAppendix([HEAD, ['1', 'Rà soát văn bản', 'Sở Tư pháp', '', 'Quý II']], true, [
      [
        ['Kinh phí', 'Nguồn'],
        ['50 triệu đồng', 'Ngân sách tỉnh'],
      ],
    ]);
    const { plan, report } = importDocx(bytes);
    expect(report.unplaced).toEqual([]);
    expect(plan.appendices[0]?.table?.rows).toHaveLength(1);
  });
});
