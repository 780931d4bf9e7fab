import type { Appendix, TableColumnKind } from '../model/plan.ts';
import type { Line } from './logicalLines.ts';
import { place } from './recogniseContext.ts';
import type { Entry } from './recogniseLines.ts';
import type { Recogniser } from './recogniser.ts';
import { taskTableColumns } from './tableColumnKinds.ts';
import { gridCells, tableGrid } from './tableGrid.ts';

type TableEntry = Extract<Entry, { kind: 'table' }>;

const MAX_COLUMNS = 20;
const MAX_ROWS = 5000;

const cellText = (cell: Line[] | undefined): string => (cell ?? []).map((l) => l.full.trim()).join('\n');

/**
 * The table of an appendix, as the source had it: its header wording, its rows on the grid, and —
 * when the header names a task column and a field column — the kind of each column, so its rows
 * are tasks (shared/model/tableTasks.ts). A heading row typed in one merged cell keeps its text in
 * the task column, where it prints across the table. A header of two rows is read as one
 * (tableGrid.ts).
 */
export function readAppendixTable(entry: TableEntry): NonNullable<Appendix['table']> | null {
  if (entry.cells.length === 0) return null;
  const { header: head, rows: body, lone } = tableGrid(entry);
  const width = Math.min(MAX_COLUMNS, Math.max(head.length, ...body.map((r) => r.length)));
  const header = Array.from({ length: width }, (_, c) => (head[c] ?? '').slice(0, 500));
  const columns = taskTableColumns(header);
  return { header, ...(columns ? { columns } : {}), rows: tableRows(body, lone, width, columns) };
}

/** Rows on the grid as cell texts; a heading in one merged cell moves to the task column. */
function tableRows(
  body: Line[][][],
  lone: boolean[],
  width: number,
  columns: readonly TableColumnKind[] | null | undefined,
): string[][] {
  const taskCol = columns?.indexOf('task') ?? -1;
  return body.slice(0, MAX_ROWS).map((row, i) => {
    const cells = Array.from({ length: width }, (_, c) => cellText(row[c]).slice(0, 20000));
    if (columns && lone[i] && taskCol > 0 && cells[taskCol] === '') {
      cells[taskCol] = cells[0] ?? '';
      cells[0] = '';
    }
    return cells;
  });
}

/** How long each appendix's body was when its table was read: what follows stands after the table. */
const bodyAtTable = new WeakMap<Appendix, number>();

/** "I", "12", "2.3", "a)": the STT of a row, so a table without a header row continues one. */
const ROW_NUMBER = /^(?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]?$/u;

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi') ===
  b.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');

/**
 * A second table in the same appendix that goes on with the first: the same header row again
 * (offices split a long Phụ lục into one table per group, or Word split it at a page), or no header
 * at all and the same columns, its first row numbered like a task row. Its rows join the table; the
 * paragraphs typed between the two ("II. CÔNG TÁC KIỂM TRA") become group rows in the task column,
 * where they stood. Any other table is not a continuation (false).
 */
function continueTable(r: Recogniser, appendix: Appendix, entry: TableEntry): boolean {
  const table = appendix.table;
  const next = readAppendixTable(entry);
  if (!table || !next) return false;
  const width = table.header.length;
  let rows: string[][];
  if (next.header.length === width && next.header.every((h, c) => sameText(h, table.header[c] ?? ''))) {
    rows = next.rows;
  } else {
    const { rows: grid, lone } = gridCells(entry);
    const first = grid[0]?.[0]?.map((l) => l.full.trim()).join(' ') ?? '';
    const headless =
      table.columns !== undefined &&
      next.columns === undefined &&
      grid.every((row) => row.length <= width) &&
      (lone[0] === true || ROW_NUMBER.test(first));
    if (!headless) return false;
    rows = tableRows(grid, lone, width, table.columns);
  }
  const taskCol = Math.max(0, table.columns?.indexOf('task') ?? 0);
  const between = appendix.body.splice(bodyAtTable.get(appendix) ?? appendix.body.length);
  for (const p of between) {
    const text = p.runs
      .map((run) => run.text)
      .join('')
      .trim();
    if (text === '') continue;
    table.rows.push(Array.from({ length: width }, (_, c) => (c === taskCol ? text.slice(0, 20000) : '')));
  }
  table.rows.push(...rows.slice(0, Math.max(0, MAX_ROWS - table.rows.length)));
  bodyAtTable.set(appendix, appendix.body.length);
  for (const row of entry.cells) for (const cell of row) for (const l of cell) place(r.ctx, l);
  return true;
}

/**
 * The first table of an appendix becomes its table, and a table that goes on with it joins it;
 * every cell's lines are placed.
 */
export function appendixTable(r: Recogniser, entry: TableEntry): boolean {
  const appendix = r.appendix;
  if (!appendix) return false;
  if (appendix.table) return continueTable(r, appendix, entry);
  const table = readAppendixTable(entry);
  if (!table) return false;
  appendix.table = table;
  bodyAtTable.set(appendix, appendix.body.length);
  // A wide task table stood in a landscape section: print it so again.
  if (entry.table.landscape) appendix.landscape = true;
  for (const row of entry.cells) for (const cell of row) for (const l of cell) place(r.ctx, l);
  return true;
}
