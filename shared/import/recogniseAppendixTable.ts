import type { Appendix } from '../model/plan.ts';
import type { Line } from './logicalLines.ts';
import { place } from './recogniseContext.ts';
import type { Entry } from './recogniseLines.ts';
import type { Recogniser } from './recogniser.ts';
import { taskTableColumns } from './tableColumnKinds.ts';
import { tableGrid } from './tableGrid.ts';

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
  const taskCol = columns?.indexOf('task') ?? -1;
  const rows = body.slice(0, MAX_ROWS).map((row, i) => {
    const cells = Array.from({ length: width }, (_, c) => cellText(row[c]).slice(0, 20000));
    if (columns && lone[i] && taskCol > 0 && cells[taskCol] === '') {
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
