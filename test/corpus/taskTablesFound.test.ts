import { describe, expect, it } from 'vitest';
import type { LabelTaskTable } from '../fixtures/real/labelSchema.ts';
import { looksLikeTaskTable, taskTablesFound } from './taskTablesFound.ts';

const labelled = (rows: number, where: LabelTaskTable['where'] = 'appendix'): LabelTaskTable => ({
  where,
  header: ['STT', 'Nhiệm vụ', 'Chủ trì thực hiện'],
  rows,
  sectionRows: 0,
});
const table = (header: string[], rows: number) => ({
  header,
  rows: Array.from({ length: rows }, () => header.map(() => '')),
});
const TASKS = [
  'TT',
  'Tên nhiệm vụ',
  'Sở, ngành chủ trì tham mưu',
  'Đơn vị phối hợp thực hiện',
  'Thời gian thực hiện',
];

describe('task tables found', () => {
  it('recognises task headers in the wording offices use, and not schedules or statistics', () => {
    expect(looksLikeTaskTable(TASKS)).toBe(true);
    expect(looksLikeTaskTable(['Nhiệm vụ thực hiện', 'Người thực hiện'])).toBe(true);
    expect(looksLikeTaskTable(['TT', 'Nội dung', 'Trách nhiệm\nthực hiện', 'Thời gian'])).toBe(true);
    expect(looksLikeTaskTable(['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'])).toBe(false);
    expect(looksLikeTaskTable(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê', 'Ghi chú'])).toBe(false);
    expect(looksLikeTaskTable(['TT', 'Nội dung', 'Thời gian thực hiện'])).toBe(false);
    // One cell naming both the task and the doer is not enough.
    expect(looksLikeTaskTable(['STT', 'Nội dung thực hiện'])).toBe(false);
  });

  it('pairs labelled appendix tables with task-like product tables in order and caps rows per table', () => {
    const found = taskTablesFound(
      [labelled(59), labelled(10), labelled(5, 'body')],
      [null, table(['STT', 'Đơn vị', 'Thời gian'], 30), table(TASKS, 61)],
    );
    expect(found.tables).toEqual({ hit: 1, of: 2, share: 0.5 });
    // 59 of the first table (61 found, capped), none of the second (not found): 59 of 69.
    expect(found.rows).toEqual({ hit: 59, of: 69, share: 59 / 69 });
    expect(found.extraTables).toBe(0);
    expect(found.productRows).toEqual([61]);
  });

  it('counts task tables the label does not have, and nothing to find as a full share', () => {
    const found = taskTablesFound([], [table(TASKS, 3)]);
    expect(found.tables).toEqual({ hit: 0, of: 0, share: 1 });
    expect(found.rows.share).toBe(1);
    expect(found.extraTables).toBe(1);
  });
});
