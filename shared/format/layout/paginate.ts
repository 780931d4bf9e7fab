import { paragraphHeightTwip, setParagraph, type SetParagraph } from './setLines.ts';
import type { LayoutBlock, LayoutSection, LayoutTable, PageSetup, PlanLayout } from './types.ts';

/**
 * Deals the printed layout onto pages with the metrics LibreOffice uses for the exported file: the
 * same line breaks and line heights (setLines), paragraph spacing before and after added (not
 * collapsed), widow and orphan control of two lines (LibreOffice's default for a .docx that sets
 * none), keep-with-next chains, table rows that do not split and a repeated header row, a header
 * that grows past the top margin pushing the text down, and a new page for each section.
 */

/** Lines `from`…`to - 1` of a paragraph on one page. */
export interface PageParagraph {
  type: 'paragraph';
  block: number;
  set: SetParagraph;
  from: number;
  to: number;
}

export interface SetRow {
  /** Index in the table's rows (a repeated header row appears again with index 0). */
  index: number;
  cells: SetParagraph[][];
  heightTwip: number;
}

export interface PageTable {
  type: 'table';
  block: number;
  table: LayoutTable;
  rows: SetRow[];
}

export type PageItem = PageParagraph | PageTable;

export interface Page {
  /** Page number within its section, from 1. */
  number: number;
  header: SetParagraph[];
  /** Where the text starts, twips from the top edge. */
  bodyTopTwip: number;
  items: PageItem[];
}

export interface PaginatedSection {
  key: string;
  page: PageSetup;
  /** Width and height of the paper as printed (landscape turned), twips. */
  paperTwip: { width: number; height: number };
  textWidthTwip: number;
  pages: Page[];
}

/** Widow and orphan control: a paragraph never leaves fewer lines than this alone on a page. */
export const WIDOWS = 2;
export const ORPHANS = 2;

function paper(p: PageSetup): { width: number; height: number } {
  return p.landscape
    ? { width: p.paperHeightTwip, height: p.paperWidthTwip }
    : { width: p.paperWidthTwip, height: p.paperHeightTwip };
}

type Flow =
  | { type: 'paragraph'; block: number; set: SetParagraph; keepNext: boolean }
  | { type: 'table'; block: number; table: LayoutTable; rows: SetRow[] };

function setTable(t: LayoutTable, defaultSizePt: number): SetRow[] {
  const border = t.borders ? Math.round((t.borders.widthEighths / 8) * 20) : 0;
  return t.rows.map((row, index) => {
    const cells = row.cells.map((c) =>
      c.paragraphs.map((p) => setParagraph(p, c.widthTwip - 2 * t.cellMarginTwip, defaultSizePt)),
    );
    const content = Math.max(0, ...cells.map((ps) => ps.reduce((a, s) => a + paragraphHeightTwip(s), 0)));
    // Each row draws the line under it; the first also the line above.
    return { index, cells, heightTwip: content + border + (index === 0 ? border : 0) };
  });
}

function flowOf(b: LayoutBlock, block: number, textWidth: number, defaultSizePt: number): Flow {
  if (b.type === 'table') return { type: 'table', block, table: b, rows: setTable(b, defaultSizePt) };
  return {
    type: 'paragraph',
    block,
    set: setParagraph(b, textWidth, defaultSizePt),
    keepNext: b.keepNext === true,
  };
}

const linesHeight = (s: SetParagraph, from: number, to: number): number =>
  s.lines.slice(from, to).reduce((a, l) => a + l.heightTwip, 0);

/** Lines of a paragraph that may stand at the foot of a page with `room` left (0: none). */
function linesThatFit(s: SetParagraph, room: number): number {
  const n = s.lines.length;
  let used = s.beforeTwip;
  let k = 0;
  while (k < n) {
    const line = s.lines[k];
    const border = k === n - 1 ? s.borderTwip : 0;
    if (used + (line?.fitTwip ?? 0) + border > room) break;
    used += (line?.heightTwip ?? 0) + border;
    k++;
  }
  if (k >= n) return n;
  if (k < ORPHANS) return 0;
  if (n - k < WIDOWS) k = n - WIDOWS;
  return k < ORPHANS ? 0 : k;
}

/** Height the first piece of a flow item needs to start on a page (what keep-with-next asks for). */
function headHeight(f: Flow): number {
  if (f.type === 'table') {
    const first = f.rows[0]?.heightTwip ?? 0;
    const second = f.table.rows[0]?.repeatHeader ? (f.rows[1]?.heightTwip ?? 0) : 0;
    return first + second;
  }
  const n = f.set.lines.length;
  const k = n < ORPHANS + WIDOWS ? n : ORPHANS;
  return f.set.beforeTwip + linesHeight(f.set, 0, k) + (k === n ? f.set.borderTwip : 0);
}

function fullHeight(f: Flow): number {
  if (f.type === 'table') return f.rows.reduce((a, r) => a + r.heightTwip, 0);
  return paragraphHeightTwip(f.set) - f.set.afterTwip;
}

function headerHeight(header: SetParagraph[]): number {
  return header.reduce((a, s) => a + paragraphHeightTwip(s), 0);
}

function textWidthOf(s: LayoutSection): number {
  return paper(s.page).width - s.page.margins.left - s.page.margins.right;
}

function paginateSection(s: LayoutSection, defaultSizePt: number): PaginatedSection {
  const size = paper(s.page);
  const m = s.page.margins;
  const textWidth = textWidthOf(s);
  const first = s.firstHeader.map((p) => setParagraph(p, textWidth, defaultSizePt));
  const other = s.defaultHeader.map((p) => setParagraph(p, textWidth, defaultSizePt));
  const flows = s.blocks.map((b, i) => flowOf(b, i, textWidth, defaultSizePt));

  const pages: Page[] = [];
  let page!: Page;
  let room = 0;
  let used = 0;
  const newPage = (): void => {
    const header = pages.length === 0 ? first : other;
    // A header taller than the top margin pushes the text down, as in Word and LibreOffice.
    const bodyTopTwip = Math.max(m.top, m.header + headerHeight(header));
    page = { number: pages.length + 1, header, bodyTopTwip, items: [] };
    pages.push(page);
    room = size.height - bodyTopTwip - m.bottom;
    used = 0;
  };
  newPage();

  for (let i = 0; i < flows.length; i++) {
    const f = flows[i];
    if (!f) continue;
    // Keep-with-next: the chain and the head of what follows it start on one page, if a page holds it.
    if (f.type === 'paragraph' && f.keepNext && used > 0) {
      let need = 0;
      let j = i;
      for (; j < flows.length; j++) {
        const g = flows[j];
        if (!g || g.type !== 'paragraph' || !g.keepNext) break;
        need += fullHeight(g) + g.set.afterTwip;
      }
      const next = flows[j];
      if (next) need += headHeight(next);
      if (used + need > room && need <= room) newPage();
    }
    if (f.type === 'paragraph') {
      const set = f.set;
      let from = 0;
      while (from < set.lines.length) {
        const rest: SetParagraph = from === 0 ? set : { ...set, beforeTwip: 0, lines: set.lines.slice(from) };
        let k = linesThatFit(rest, room - used);
        if (k === 0 && used === 0)
          k = Math.max(1, linesThatFit({ ...rest, lines: rest.lines.slice(0, 1) }, Infinity));
        if (k === 0) {
          newPage();
          continue;
        }
        page.items.push({ type: 'paragraph', block: f.block, set, from, to: from + k });
        used += (from === 0 ? set.beforeTwip : 0) + linesHeight(rest, 0, k);
        from += k;
        if (from < set.lines.length) newPage();
        else used += set.borderTwip + set.afterTwip;
      }
    } else {
      const repeat = f.table.rows[0]?.repeatHeader ? f.rows[0] : undefined;
      let piece: PageTable = { type: 'table', block: f.block, table: f.table, rows: [] };
      page.items.push(piece);
      for (const row of f.rows) {
        if (used > 0 && used + row.heightTwip > room) {
          newPage();
          piece = { type: 'table', block: f.block, table: f.table, rows: [] };
          page.items.push(piece);
          if (repeat && row !== repeat) {
            piece.rows.push(repeat);
            used += repeat.heightTwip;
          }
        }
        piece.rows.push(row);
        used += row.heightTwip;
      }
    }
  }
  return { key: s.key, page: s.page, paperTwip: size, textWidthTwip: textWidth, pages };
}

/** Every section's pages. */
export function paginate(layout: PlanLayout): PaginatedSection[] {
  return layout.sections.map((s) => paginateSection(s, layout.defaultSizePt));
}

/**
 * Sets the lines of every paragraph of a layout, one block per step: the costly part of paginating
 * (the 300-task plan has some 2000 paragraphs to break into lines on its first layout). The preview
 * runs the steps in idle slices so that a first layout is no long task (issue 13); paginate() then
 * finds each paragraph already set (setLines keeps them) and only deals the lines onto pages.
 */
export function* setLayoutSteps(layout: PlanLayout): Generator<void, void, void> {
  for (const s of layout.sections) {
    const textWidth = textWidthOf(s);
    for (const p of [...s.firstHeader, ...s.defaultHeader]) setParagraph(p, textWidth, layout.defaultSizePt);
    for (const b of s.blocks) {
      flowOf(b, 0, textWidth, layout.defaultSizePt);
      yield;
    }
  }
}
