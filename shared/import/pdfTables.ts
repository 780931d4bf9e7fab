import { joinPieces, textRows, type PdfPage, type PdfTextItem } from './pdfLines.ts';
import { joinWrapped } from './pdfParagraphs.ts';

// The ruled tables of a PDF (issue 10, point 4): a Phụ lục task table printed to PDF keeps its
// borders as drawn rules, and its text only as pieces at positions — a cell's lines wrapped, its
// number centred down the row. The rules give the grid: the vertical ones the columns, the
// horizontal ones the rows; each piece of text goes to the cell it starts in. A table that runs
// over pages is one table: the header row repeated on each page is dropped, and a row cut by the
// page break is joined back.

/** A straight rule, in page units: horizontal (y0 = y1) or vertical (x0 = x1). */
export interface PdfRule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PdfTable {
  page: number;
  /** Where the table starts (its top rule) and ends on its first and last page. */
  top: number;
  lastPage: number;
  /** Rows of cells, each cell's lines joined; the first row is the header as printed. */
  rows: string[][];
}

/** Rules this close (PDF units) are one grid line. */
const SAME = 2;
/** A table has at least three columns: four vertical grid lines. */
const MIN_COLUMN_LINES = 4;

/** Distinct values, sorted, those within SAME of each other taken as one. */
function gridLines(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SAME) out.push(v);
  }
  return out;
}

/** The vertical rules in groups that overlap down the page: one group a table. */
function verticalGroups(rules: PdfRule[]): PdfRule[][] {
  const vertical = rules.filter((r) => r.x0 === r.x1).sort((a, b) => b.y1 - a.y1);
  const groups: { top: number; bottom: number; rules: PdfRule[] }[] = [];
  for (const r of vertical) {
    const g = groups.find((x) => r.y1 >= x.bottom - SAME && r.y0 <= x.top + SAME);
    if (g) {
      g.rules.push(r);
      g.top = Math.max(g.top, r.y1);
      g.bottom = Math.min(g.bottom, r.y0);
    } else groups.push({ top: r.y1, bottom: r.y0, rules: [r] });
  }
  return groups.map((g) => g.rules);
}

/** The text of the pieces of one cell: its lines top to bottom, a wrapped line joined to the next. */
function cellText(items: PdfTextItem[], page: PdfPage): string {
  if (items.length === 0) return '';
  return textRows({ ...page, items })
    .map((r) => joinPieces(r.items))
    .filter((t) => t !== '')
    .reduce((a, b) => (a === '' ? b : joinWrapped(a, b)), '');
}

interface PageTable {
  table: PdfTable;
  columns: number[];
  used: Set<PdfTextItem>;
}

function pageTables(page: PdfPage, index: number, rules: PdfRule[]): PageTable[] {
  const out: PageTable[] = [];
  for (const group of verticalGroups(rules)) {
    const columns = gridLines(group.map((r) => r.x0));
    if (columns.length < MIN_COLUMN_LINES) continue;
    const left = columns[0] ?? 0;
    const right = columns[columns.length - 1] ?? 0;
    const top = Math.max(...group.map((r) => r.y1));
    const bottom = Math.min(...group.map((r) => r.y0));
    const across = rules.filter(
      (r) =>
        r.y0 === r.y1 &&
        r.y0 <= top + SAME &&
        r.y0 >= bottom - SAME &&
        Math.min(r.x1, right) - Math.max(r.x0, left) > SAME,
    );
    const rowLines = gridLines([top, bottom, ...across.map((r) => r.y0)]).reverse();
    if (rowLines.length < 2) continue;
    const used = new Set<PdfTextItem>();
    const rows: string[][] = [];
    for (let r = 0; r + 1 < rowLines.length; r++) {
      const hi = rowLines[r] ?? 0;
      const lo = rowLines[r + 1] ?? 0;
      const cells = columns.slice(0, -1).map((x0, c) => {
        const x1 = columns[c + 1] ?? x0;
        const inCell = page.items.filter((it) => {
          // Where the piece's text starts, and the middle of its letters' height.
          const x = it.x + Math.min(1, it.width / 2);
          const y = it.y + it.size * 0.3;
          return x > x0 && x < x1 && y < hi && y > lo;
        });
        for (const it of inCell) used.add(it);
        return cellText(inCell, page);
      });
      if (cells.some((c) => c !== '')) rows.push(cells);
    }
    if (rows.length >= 2) out.push({ table: { page: index, top, lastPage: index, rows }, columns, used });
  }
  return out;
}

const sameColumns = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= SAME * 2);

/**
 * The ruled tables of the pages (rules per page, in the pages' order), and each page's pieces of
 * text outside them. A table that opens the next page with the same columns goes on there.
 */
export function pdfTables(pages: PdfPage[], rules: PdfRule[][]): { tables: PdfTable[]; rest: PdfPage[] } {
  const tables: PdfTable[] = [];
  const rest: PdfPage[] = [];
  let open: { table: PdfTable; columns: number[] } | null = null;
  pages.forEach((page, index) => {
    const found = pageTables(page, index, rules[index] ?? []);
    const used = new Set(found.flatMap((f) => [...f.used]));
    const outside = page.items.filter((it) => !used.has(it));
    rest.push({ ...page, items: outside });
    found.forEach((f, k) => {
      // Nothing but the page's furniture stands between the table of the last page and this one.
      const textAbove = outside.some(
        (it) => it.y > f.table.top && it.y < page.height * 0.9 && it.str.trim() !== '',
      );
      if (
        k === 0 &&
        open !== null &&
        open.table.lastPage === index - 1 &&
        sameColumns(open.columns, f.columns) &&
        !textAbove
      ) {
        const into = open.table;
        let rows = f.table.rows;
        // The header row repeated at the top of the page.
        if (rows[0]?.join('|') === into.rows[0]?.join('|')) rows = rows.slice(1);
        // A row cut by the page break: no number, and the row above left on the last page.
        const first = rows[0];
        const last = into.rows[into.rows.length - 1];
        if (first && last && (first[0] ?? '') === '' && into.rows.length > 1) {
          into.rows[into.rows.length - 1] = last.map((c, i) => {
            const more = first[i] ?? '';
            return c === '' ? more : more === '' ? c : joinWrapped(c, more);
          });
          rows = rows.slice(1);
        }
        into.rows.push(...rows);
        into.lastPage = index;
        open = { table: into, columns: f.columns };
        return;
      }
      tables.push(f.table);
      open = { table: f.table, columns: f.columns };
    });
    if (found.length === 0) open = null;
  });
  return { tables, rest };
}
