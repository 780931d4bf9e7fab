// The lines of a PDF's text layer (issue 10, point 4). A PDF has no paragraphs, only pieces of text
// at positions; the back end reads them (electron/backend/reuse/readPdf.ts) and this file, pure,
// groups them into lines by their height on the page, splits the two-column lines of the header
// and signature ("UBND TỈNH X | CỘNG HÒA…", "Số: 134/KH-UBND | Lào Cai, ngày …") into their cells,
// and drops what is furniture of the page (page numbers, running headers repeated on each page).

import type { PdfRule } from './pdfTables.ts';

/** One positioned piece of text, as pdfjs gives it: PDF units, y upwards from the page's foot. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text's height on the page). */
  size: number;
  /** The PDF font the piece is written in: a broken encoding belongs to one font. */
  font: string;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The straight rules the page draws (a table's borders), when the reader gave them. */
  rules?: PdfRule[];
}

/** Where a cell sits: alone across the text (full), or in the left or right half. */
export type Column = 'full' | 'left' | 'right';

export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
  column: Column;
}

export interface PdfLine {
  /** 0-based page index. */
  page: number;
  pageWidth: number;
  y: number;
  size: number;
  /** One cell, or two when the line is laid out in two columns. */
  cells: PdfCell[];
}

/** Pieces whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.5;
/** A gap this many font sizes wide across the middle of the page separates two columns. */
const COLUMN_GAP = 1;
/** The middle band of the page a column gap must cross (shares of the page width). */
const MIDDLE: readonly [number, number] = [0.3, 0.62];
/** Page furniture sits in this share of the page's height at its top or its foot. */
const MARGIN_ZONE = 0.12;

export interface Row {
  y: number;
  size: number;
  items: PdfTextItem[];
}

/** A rule drawn with characters under the header ("_____"): not text, and it would join a line. */
const RULE = /^[\s_\-–—=.·*~]{3,}$/u;

/** The pieces of a page grouped into rows by their height, top to bottom, each row left to right. */
export function textRows(page: PdfPage): Row[] {
  const sorted = page.items.filter((i) => !RULE.test(i.str)).sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Row[] = [];
  for (const item of sorted) {
    const row = out.find((r) => Math.abs(r.y - item.y) <= SAME_LINE * Math.min(r.size, item.size || r.size));
    if (row) {
      row.items.push(item);
      // The row stands where its largest text stands: a footnote mark set above the line
      // ("phối hợp¹") or a number stamped a little higher must not move the line up.
      if (item.str.trim() !== '' && item.size > row.size) {
        row.size = item.size;
        row.y = item.y;
      }
    } else out.push({ y: item.y, size: item.size || 1, items: [item] });
  }
  out.sort((a, b) => b.y - a.y);
  // A footnote mark set above the line ("địa phương¹") is part of the line under it.
  for (let i = out.length - 2; i >= 0; i--) {
    const mark = out[i];
    const line = out[i + 1];
    if (mark === undefined || line === undefined) continue;
    const visible = mark.items.filter((it) => it.str.trim() !== '');
    if (
      visible.length > 0 &&
      visible.every((it) => /^[\d*]{1,3}$/u.test(it.str.trim())) &&
      mark.size < line.size * 0.8 &&
      mark.y - line.y < line.size
    ) {
      line.items.push(...mark.items);
      out.splice(i, 1);
    }
  }
  for (const r of out) r.items.sort((a, b) => a.x - b.x);
  return out;
}

/**
 * The text of pieces in a row, with a space where the pieces stand apart and none is written. A
 * blank piece gives its space but not its width: a number or a day stamped over the blank a draft
 * left ("ngày" + blank + "22" + "tháng", the "22" drawn inside the blank) stands apart from the
 * word after it all the same.
 */
export function joinPieces(items: PdfTextItem[]): string {
  let text = '';
  let end: number | null = null;
  for (const item of items) {
    const gap = end === null ? 0 : item.x - end;
    if (end !== null && gap > item.size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    text += item.str;
    if (item.str.trim() !== '') end = Math.max(end ?? item.x, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

function cell(items: PdfTextItem[], pageWidth: number, column?: Column): PdfCell {
  const visible = items.filter((i) => i.str.trim() !== '');
  const x0 = Math.min(...visible.map((i) => i.x));
  const x1 = Math.max(...visible.map((i) => i.x + i.width));
  const middle = pageWidth / 2;
  return {
    text: joinPieces(items),
    x0,
    x1,
    column: column ?? (x1 <= middle ? 'left' : x0 >= middle ? 'right' : 'full'),
  };
}

/** Split a row at its widest gap if that gap crosses the middle of the page: the two columns. */
function cells(row: Row, pageWidth: number): PdfCell[] {
  const visible = row.items.filter((i) => i.str.trim() !== '');
  let best: { at: number; width: number } | null = null;
  for (let i = 1; i < visible.length; i++) {
    const prev = visible[i - 1];
    const next = visible[i];
    if (prev === undefined || next === undefined) continue;
    const left = Math.max(...visible.slice(0, i).map((v) => v.x + v.width));
    const gap = next.x - left;
    const crosses = left <= pageWidth * MIDDLE[1] && next.x >= pageWidth * MIDDLE[0];
    if (gap > COLUMN_GAP * row.size && crosses && (best === null || gap > best.width))
      best = { at: next.x, width: gap };
  }
  if (best === null) return [cell(row.items, pageWidth)];
  const at = best.at;
  return [
    cell(
      row.items.filter((i) => i.x < at),
      pageWidth,
      'left',
    ),
    cell(
      row.items.filter((i) => i.x >= at),
      pageWidth,
      'right',
    ),
  ];
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$/iu;

/** A line's text with its digits set aside: a running header carries the page number. */
const furnitureKey = (line: PdfLine): string =>
  line.cells
    .map((c) => c.text)
    .join(' ')
    .replace(/\d+/gu, '#')
    .toLocaleLowerCase('vi');

/**
 * The lines of every page, top to bottom, without page numbers and without running headers or
 * footers (the same line at the top or foot of most pages).
 */
export function pdfLines(pages: PdfPage[]): PdfLine[] {
  const perPage = pages.map((page, index) =>
    textRows(page)
      .filter((r) => r.items.some((i) => i.str.trim() !== ''))
      .map((r): PdfLine => ({
        page: index,
        pageWidth: page.width,
        y: r.y,
        size: r.size,
        cells: cells(r, page.width),
      })),
  );
  const inMargin = (line: PdfLine): boolean => {
    const height = pages[line.page]?.height ?? 0;
    return line.y < height * MARGIN_ZONE || line.y > height * (1 - MARGIN_ZONE);
  };
  const seen = new Map<string, Set<number>>();
  for (const line of perPage.flat())
    if (inMargin(line)) {
      const key = furnitureKey(line);
      seen.set(key, (seen.get(key) ?? new Set()).add(line.page));
    }
  const running = (line: PdfLine): boolean => {
    const on = seen.get(furnitureKey(line))?.size ?? 0;
    return pages.length >= 2 && on >= 2 && on * 2 >= pages.length;
  };
  return perPage
    .flat()
    .filter(
      (line) =>
        !(
          inMargin(line) &&
          (running(line) || (line.cells.length === 1 && PAGE_NUMBER.test(line.cells[0]?.text ?? '')))
        ),
    );
}
