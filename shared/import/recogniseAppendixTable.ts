import type { Appendix } from '../model/plan.ts';
import type { Line } from './logicalLines.ts';
import { place } from './recogniseContext.ts';
import type { Entry } from './recogniseLines.ts';
import type { Recogniser } from './recogniser.ts';
import { taskTableColumns } from './tableColumnKinds.ts';

type TableEntry = Extract<Entry, { kind: 'table' }>;

const MAX_COLUMNS = 20;
const MAX_ROWS = 5000;

/**
 * A table's cells laid on its grid: a cell Word merged across n columns (gridSpan) is followed by
 * n - 1 empty cells, so every row's cells stand under their header. `lone` marks the rows made of a
 * single merged cell ("I. CÔNG TÁC …" across the table).
 */
export function gridCells(entry: TableEntry): { rows: Line[][][]; lone: boolean[] } {
  const spans = entry.table.spans;
  const lone: boolean[] = [];
  const rows = entry.cells.map((row, r) => {
    const out: Line[][] = [];
    row.forEach((cell, c) => {
      out.push(cell);
      const n = spans?.[r]?.[c] ?? 1;
      for (let k = 1; k < n; k++) out.push([]);
    });
    lone.push(row.length === 1 && (spans?.[r]?.[0] ?? 1) > 1);
    return out;
  });
  return { rows, lone };
}

const cellText = (cell: Line[] | undefined): string => (cell ?? []).map((l) => l.full.trim()).join('\n');

/**
 * The table of an appendix, as the source had it: its header wording, its rows on the grid, and —
 * when the header names a task column and a field column — the kind of each column, so its rows
 * are tasks (shared/model/tableTasks.ts). A heading row typed in one merged cell keeps its text in
 * the task column, where it prints across the table.
 */
export function readAppendixTable(entry: TableEntry): NonNullable<Appendix['table']> | null {
  const { rows: grid, lone } = gridCells(entry);
  const [head, ...body] = grid;
  if (!head) return null;
  const width = Math.min(MAX_COLUMNS, Math.max(head.length, ...body.map((r) => r.length)));
  const header = Array.from({ length: width }, (_, c) => cellText(head[c]).replace(/\n/g, ' ').slice(0, 500));
  const columns = taskTableColumns(header);
  const taskCol = columns?.indexOf('task') ?? -1;
  const rows = body.slice(0, MAX_ROWS).map((row, i) => {
    const cells = Array.from({ length: width }, (_, c) => cellText(row[c]).slice(0, 20000));
    if (columns && lone[i + 1] && taskCol > 0 && cells[taskCol] === '') {
      cells[taskCol] = cells[0] ?? '';
      cells[0] = '';
    }
    return cells;
  });
  return { header, ...(columns ? { columns } : {}), rows };
}

/** The first table of an appendix becomes its table; every cell's lines are placed. */
export function appendixTable(r: Recogniser, entry: TableEntry): boolean {
  const appendix = r.appendix;
  if (!appendix || appendix.table) return false;
  const table = readAppendixTable(entry);
  if (!table) return false;
  appendix.table = table;
  // A wide task table stood in a landscape section: print it so again.
  if (entry.table.landscape) appendix.landscape = true;
  for (const row of entry.cells) for (const cell of row) for (const l of cell) place(r.ctx, l);
  return true;
}
