import { tableColumnKind } from '../../shared/import/tableColumnKinds.ts';
import type { Appendix, TableColumnKind } from '../../shared/model/plan.ts';

/**
 * Pure edits of an appendix's table (phụ lục, usually the landscape task table). Every helper returns
 * the same object when nothing changes, so React and the autosaver see no edit. Rows always have as
 * many cells as the header has columns: the exporter and the preview read them by column.
 */

export type AppendixTable = NonNullable<Appendix['table']>;

/** The schema's limit on columns (appendixTableSchema). */
export const MAX_COLUMNS = 20;
/** The schema's limit on rows. */
export const MAX_ROWS = 5000;

/** Header of the usual task table, in the order of a task's fields in section II. */
export const TASK_TABLE_HEADER: readonly string[] = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Kết quả sản phẩm',
];

/** An "STT"/"TT" column numbers the rows (the exporter prints it narrow). */
export const isNumberColumn = (header: string): boolean => /^S?TT$/iu.test(header.trim());

/** A new row: empty cells, with the next row number in a leading STT column. */
function newRow(table: AppendixTable, index: number): string[] {
  return table.header.map((h, i) => (i === 0 && isNumberColumn(h) ? String(index + 1) : ''));
}

/** What each column of the usual task table holds: its rows are tasks for the checks. */
export const TASK_TABLE_COLUMNS: readonly TableColumnKind[] = [
  'number',
  'task',
  'lead',
  'coordinating',
  'timeline',
  'deliverable',
];

/** A fresh task table with one empty row, ready to type in. */
export function taskTable(): AppendixTable {
  const table: AppendixTable = { header: [...TASK_TABLE_HEADER], columns: [...TASK_TABLE_COLUMNS], rows: [] };
  return { ...table, rows: [newRow(table, 0)] };
}

export function addTable(a: Appendix): Appendix {
  return a.table ? a : { ...a, table: taskTable() };
}

export function removeTable(a: Appendix): Appendix {
  return a.table ? { ...a, table: null } : a;
}

export function setLandscape(a: Appendix, landscape: boolean): Appendix {
  return a.landscape === landscape ? a : { ...a, landscape };
}

function withTable(a: Appendix, fn: (t: AppendixTable) => AppendixTable): Appendix {
  if (!a.table) return a;
  const table = fn(a.table);
  return table === a.table ? a : { ...a, table };
}

export function setHeaderCell(a: Appendix, col: number, text: string): Appendix {
  return withTable(a, (t) => {
    if (col < 0 || col >= t.header.length || t.header[col] === text) return t;
    const header = t.header.slice();
    header[col] = text;
    return { ...t, header };
  });
}

export function setCell(a: Appendix, row: number, col: number, text: string): Appendix {
  return withTable(a, (t) => {
    const r = t.rows[row];
    if (!r || col < 0 || col >= t.header.length || (r[col] ?? '') === text) return t;
    // Pad a short row (an imported table may have one) so the cell lands in its column.
    const cells = t.header.map((_, i) => r[i] ?? '');
    cells[col] = text;
    const rows = t.rows.slice();
    rows[row] = cells;
    return { ...t, rows };
  });
}

/** Insert an empty row at `at` (default: the end). */
export function addRow(a: Appendix, at?: number): Appendix {
  return withTable(a, (t) => {
    if (t.rows.length >= MAX_ROWS) return t;
    const i = at === undefined ? t.rows.length : Math.max(0, Math.min(at, t.rows.length));
    const rows = t.rows.slice();
    rows.splice(i, 0, newRow(t, i));
    return renumber({ ...t, rows }, t);
  });
}

export function removeRow(a: Appendix, row: number): Appendix {
  return withTable(a, (t) => {
    if (row < 0 || row >= t.rows.length) return t;
    return renumber({ ...t, rows: t.rows.filter((_, i) => i !== row) }, t);
  });
}

/** Move a row up (-1) or down (+1); a no-op at either end. */
export function moveRow(a: Appendix, row: number, delta: number): Appendix {
  return withTable(a, (t) => {
    const j = row + delta;
    if (delta === 0 || row < 0 || row >= t.rows.length || j < 0 || j >= t.rows.length) return t;
    const rows = t.rows.slice();
    const [moved] = rows.splice(row, 1);
    if (moved) rows.splice(j, 0, moved);
    return renumber({ ...t, rows }, t);
  });
}

/** Insert a column at `at` (default: the end), empty in every row. At most MAX_COLUMNS. */
export function addColumn(a: Appendix, header = '', at?: number): Appendix {
  return withTable(a, (t) => {
    if (t.header.length >= MAX_COLUMNS) return t;
    const i = at === undefined ? t.header.length : Math.max(0, Math.min(at, t.header.length));
    const insert = <T>(list: T[], value: T): T[] => [...list.slice(0, i), value, ...list.slice(i)];
    return {
      header: insert(t.header, header),
      ...(t.columns ? { columns: insert(t.columns, tableColumnKind(header)) } : {}),
      rows: t.rows.map((r) =>
        insert(
          t.header.map((_, c) => r[c] ?? ''),
          '',
        ),
      ),
    };
  });
}

export function removeColumn(a: Appendix, col: number): Appendix {
  return withTable(a, (t) => {
    if (col < 0 || col >= t.header.length) return t;
    return {
      header: t.header.filter((_, i) => i !== col),
      ...(t.columns ? { columns: t.columns.filter((_, i) => i !== col) } : {}),
      rows: t.rows.map((r) => r.filter((_, i) => i !== col)),
    };
  });
}

/** Say what a column of a task table holds ("Cơ quan chủ trì", "Thời gian" …). */
export function setColumnKind(a: Appendix, col: number, kind: TableColumnKind): Appendix {
  return withTable(a, (t) => {
    if (!t.columns || col < 0 || col >= t.columns.length || t.columns[col] === kind) return t;
    const columns = t.columns.slice();
    columns[col] = kind;
    return { ...t, columns };
  });
}

/**
 * Make the table a task table (its rows become tasks for the checks, rollover and compare), the
 * column kinds read from the headers as the importer reads them; or a plain table again.
 */
export function setTaskTable(a: Appendix, on: boolean): Appendix {
  return withTable(a, (t) => {
    if (on === (t.columns !== undefined)) return t;
    if (!on) {
      const { columns: _dropped, ...plain } = t;
      return plain;
    }
    const columns = t.header.map(tableColumnKind);
    // A task table needs a task column: without one, the first column that is not a number is it.
    if (!columns.includes('task')) {
      const first = columns.findIndex((k) => k !== 'number');
      if (first >= 0) columns[first] = 'task';
    }
    return { ...t, columns };
  });
}

/**
 * Keep a leading STT column counting 1, 2, 3 … after rows were added, removed or moved — but only
 * when it already did before the change, so numbers the drafter typed by hand ("1a", "I") stay.
 */
function renumber(next: AppendixTable, before: AppendixTable): AppendixTable {
  const first = next.header[0];
  if (first === undefined || !isNumberColumn(first)) return next;
  const counted = before.rows.every((r, i) => r[0] === String(i + 1));
  if (!counted) return next;
  return {
    ...next,
    rows: next.rows.map((r, i) => (r[0] === String(i + 1) ? r : [String(i + 1), ...r.slice(1)])),
  };
}
