import type { Line } from './logicalLines.ts';
import type { Entry } from './recogniseLines.ts';

type TableEntry = Extract<Entry, { kind: 'table' }>;

/** A table read on its grid: one cell per column in every row, the header settled. */
export interface TableGrid {
  /** Header text, one per grid column (a cell's lines joined; a two-level header's cells joined). */
  header: string[];
  /** Data rows under the header, one cell per grid column. */
  rows: Line[][][];
  /** Per data row: made of a single cell merged across the table ("I. CÔNG TÁC …"). */
  lone: boolean[];
}

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

const text = (cell: Line[] | undefined): string =>
  (cell ?? [])
    .map((l) => l.full.trim())
    .join(' ')
    .trim();

/** A sub-header cell is a few words ("Chủ trì", "Bắt đầu"), not a task's sentence. */
const SUBHEADER_MAX = 60;

/**
 * The grid columns each first-row cell covers, when the first row merges at least one cell over
 * several columns ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"), else null.
 */
function parentCells(entry: TableEntry): Array<{ from: number; to: number }> | null {
  const spans = entry.table.spans?.[0];
  const first = entry.cells[0];
  if (!spans || !first || !spans.some((n) => n > 1)) return null;
  const out: Array<{ from: number; to: number }> = [];
  let col = 0;
  first.forEach((_, c) => {
    const n = spans[c] ?? 1;
    out.push({ from: col, to: col + n });
    col += n;
  });
  return out;
}

/**
 * A header of two rows, as offices draw it: the first row's cells that cover one column are merged
 * down (their second-row cell is empty), and a cell merged across columns ("Cơ quan thực hiện",
 * "Thời gian") names the group of short headers under it ("Chủ trì", "Phối hợp"). Each column's
 * header is then "group – sub-header", so that its wording names the field ("Cơ quan thực hiện –
 * Chủ trì" is the lead) and no header word is lost. Anything else keeps the first row as header.
 */
export function tableGrid(entry: TableEntry): TableGrid {
  const { rows, lone } = gridCells(entry);
  const [head = [], second] = rows;
  const groups = parentCells(entry);
  const width = Math.max(head.length, second?.length ?? 0);
  const twoLevel =
    groups !== null &&
    second !== undefined &&
    lone[1] !== true &&
    groups.every(({ from, to }) => {
      const under = Array.from({ length: to - from }, (_, k) => text(second[from + k]));
      if (to - from === 1) return under[0] === '';
      return under.every((t) => t !== '' && t.length <= SUBHEADER_MAX);
    }) &&
    width === (groups.at(-1)?.to ?? 0);
  if (!twoLevel || !groups || !second)
    return { header: head.map(text), rows: rows.slice(1), lone: lone.slice(1) };
  const header: string[] = [];
  for (const { from, to } of groups) {
    const parent = text(head[from]);
    if (to - from === 1) header.push(parent);
    else for (let c = from; c < to; c++) header.push(`${parent} – ${text(second[c])}`);
  }
  return { header, rows: rows.slice(2), lone: lone.slice(2) };
}
