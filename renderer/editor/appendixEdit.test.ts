import { describe, expect, it } from 'vitest';
import { appendixSchema, type Appendix } from '../../shared/model/plan.ts';
import {
  addColumn,
  addRow,
  addTable,
  MAX_COLUMNS,
  moveRow,
  removeColumn,
  removeRow,
  removeTable,
  setCell,
  setHeaderCell,
  setColumnKind,
  setLandscape,
  setTaskTable,
  TASK_TABLE_COLUMNS,
  TASK_TABLE_HEADER,
} from './appendixEdit.ts';

const blank: Appendix = {
  id: 'a1',
  title: 'PHỤ LỤC',
  subtitle: 'Danh mục nhiệm vụ phổ biến, giáo dục pháp luật năm 2021',
  landscape: false,
  body: [],
  table: null,
};

const rows = (a: Appendix): string[][] => a.table?.rows ?? [];

describe('appendixEdit', () => {
  it('adds the task table with its six Vietnamese headers and a first numbered row', () => {
    const a = addTable(blank);
    expect(a.table?.header).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Kết quả sản phẩm',
    ]);
    expect(rows(a)).toEqual([['1', '', '', '', '', '']]);
    expect(addTable(a)).toBe(a);
    expect(removeTable(a).table).toBeNull();
    expect(appendixSchema.safeParse(a).success).toBe(true);
  });

  it('types Vietnamese into cells and headers, and an unchanged value is no edit', () => {
    let a = addTable(blank);
    a = setCell(a, 0, 1, 'Tuyên truyền Luật Hòa giải ở cơ sở');
    a = setCell(a, 0, 2, 'Sở Tư pháp');
    a = setHeaderCell(a, 5, 'Sản phẩm đầu ra');
    expect(rows(a)[0]).toEqual(['1', 'Tuyên truyền Luật Hòa giải ở cơ sở', 'Sở Tư pháp', '', '', '']);
    expect(a.table?.header[5]).toBe('Sản phẩm đầu ra');
    expect(setCell(a, 0, 2, 'Sở Tư pháp')).toBe(a);
    expect(setCell(a, 4, 2, 'Công an tỉnh')).toBe(a);
    expect(setCell(a, 0, 9, 'Công an tỉnh')).toBe(a);
    expect(setLandscape(a, false)).toBe(a);
    expect(setLandscape(a, true).landscape).toBe(true);
  });

  it('keeps the STT column counting when rows are added, moved and removed', () => {
    let a = addTable(blank);
    a = setCell(a, 0, 1, 'Nhiệm vụ thứ nhất');
    a = addRow(a);
    a = setCell(a, 1, 1, 'Nhiệm vụ thứ hai');
    a = addRow(a, 0);
    expect(rows(a).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(rows(a).map((r) => r[1])).toEqual(['', 'Nhiệm vụ thứ nhất', 'Nhiệm vụ thứ hai']);
    a = moveRow(a, 2, -1);
    expect(rows(a).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      '1 ',
      '2 Nhiệm vụ thứ hai',
      '3 Nhiệm vụ thứ nhất',
    ]);
    expect(moveRow(a, 0, -1)).toBe(a);
    a = removeRow(a, 0);
    expect(rows(a).map((r) => `${r[0]} ${r[1]}`)).toEqual(['1 Nhiệm vụ thứ hai', '2 Nhiệm vụ thứ nhất']);
  });

  it('leaves numbers typed by hand alone', () => {
    let a = addTable(blank);
    a = setCell(a, 0, 0, 'I');
    a = addRow(a);
    a = removeRow(a, 0);
    expect(rows(a).map((r) => r[0])).toEqual(['2']);
  });

  it('adds and removes columns in every row, up to the schema limit of 20', () => {
    let a = setCell(addTable(blank), 0, 5, 'Báo cáo kết quả');
    a = addColumn(a, 'Ghi chú', 1);
    expect(a.table?.header.slice(0, 3)).toEqual(['STT', 'Ghi chú', 'Nội dung nhiệm vụ']);
    expect(rows(a)[0]).toEqual(['1', '', '', '', '', '', 'Báo cáo kết quả']);
    a = removeColumn(a, 1);
    expect(a.table?.header).toEqual(TASK_TABLE_HEADER);
    expect(rows(a)[0]?.[5]).toBe('Báo cáo kết quả');
    while ((a.table?.header.length ?? 0) < MAX_COLUMNS) a = addColumn(a);
    expect(addColumn(a)).toBe(a);
    expect(appendixSchema.safeParse(a).success).toBe(true);
    expect(removeColumn(a, 25)).toBe(a);
  });

  it('pads a short imported row when a cell beyond its end is typed', () => {
    const a: Appendix = { ...blank, table: { header: ['TT', 'Nội dung', 'Thời gian'], rows: [['1']] } };
    expect(rows(setCell(a, 0, 2, 'Quý II/2021'))[0]).toEqual(['1', '', 'Quý II/2021']);
  });

  it('a new task table types its columns; adding and removing columns keeps one kind per column', () => {
    let a = addTable(blank);
    expect(a.table?.columns).toEqual(TASK_TABLE_COLUMNS);
    a = addColumn(a, 'Ghi chú', 2);
    expect(a.table?.columns).toEqual([
      'number',
      'task',
      'note',
      'lead',
      'coordinating',
      'timeline',
      'deliverable',
    ]);
    a = addColumn(a, 'Theo dõi, đôn đốc');
    expect(a.table?.columns?.at(-1)).toBe('free');
    a = removeColumn(a, 2);
    expect(a.table?.columns).toEqual([...TASK_TABLE_COLUMNS, 'free']);
    expect(appendixSchema.safeParse(a).success).toBe(true);
    a = setColumnKind(a, 6, 'note');
    expect(a.table?.columns?.[6]).toBe('note');
    expect(setColumnKind(a, 6, 'note')).toBe(a);
  });

  it('turns a plain table into a task table from its headers, and back', () => {
    const plain: Appendix = {
      ...blank,
      table: {
        header: ['TT', 'Tên nhiệm vụ', 'Sở, ngành chủ trì tham mưu', 'Thời gian thực hiện'],
        rows: [],
      },
    };
    const typed = setTaskTable(plain, true);
    expect(typed.table?.columns).toEqual(['number', 'task', 'lead', 'timeline']);
    expect(setTaskTable(typed, true)).toBe(typed);
    expect(setTaskTable(typed, false).table).toEqual(plain.table);
    // Without a task header the first column that is not the number becomes the task column.
    const odd: Appendix = { ...blank, table: { header: ['STT', 'Đơn vị', 'Thời gian'], rows: [] } };
    expect(setTaskTable(odd, true).table?.columns).toEqual(['number', 'task', 'timeline']);
  });
});
