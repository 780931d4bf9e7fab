import { endsSentence, startsAsContinuation } from './logicalLines.ts';
import type { Column, PdfLine } from './pdfLines.ts';
import { isUpperLine } from './recogniseLines.ts';
import {
  ARCHIVE,
  CONG_VAN_SUMMARY,
  NUMBER_SYMBOL,
  PLACE_DATE,
  QUOC_HIEU,
  RECIPIENTS,
  TIEU_NGU,
} from './recognisePatterns.ts';

// From the lines of a PDF to its paragraphs, in reading order (issue 10, point 4). A stretch of
// two-column lines is read as the clerk laid it out: the header row by row (body | Quốc hiệu, then
// number | place and date), the closing column by column (the whole Nơi nhận, then the signature).
// Within a column, a hard-wrapped line is joined to the next: a justified line that runs to the
// right margin, a centred title continued on the next line, a line continued in lower case.

export interface PdfParagraph {
  text: string;
  page: number;
  /** The height of its first line on its page (PDF units, y upwards). */
  y: number;
  align: 'center' | 'both' | null;
}

interface Placed {
  text: string;
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  column: Column;
}

/**
 * A new item, never the continuation of the line above: "- ", "+ ", "1.", "a)", "II.", "Điều 3.",
 * "Chương II". An article's heading has its full stop ("Điều 3."): "Điều 13 Thông tư số …" at the
 * start of a line is a citation carried over from "… tại khoản 2".
 */
const ITEM_START =
  /^(?:[-–—+•*]\s|(?:\d{1,3}\.)+\d*\s|\d{1,3}\)\s|[a-zđ][.)]\s|[IVXL]{1,6}\s*[.)/-]\s|Điều\s+\d+[a-zđ]?\s*[.:]|(?:Chương|Mục|Phần)\s+[\dIVXL]+(?:\s*[.:\-–]|$))/u;

/**
 * A hard-wrapped line joined to the next: with a space, except after a hyphen that closes a word
 * ("nhiệm kỳ 2026-" / "2031;" is "2026-2031"; a dash between spaces, "2021 -" / "2030", keeps it).
 */
export function joinWrapped(a: string, b: string): string {
  const glued = /[\p{L}\p{N}]-$/u.test(a) && /^[\p{L}\p{N}]/u.test(b);
  return `${a}${glued ? '' : ' '}${b}`.replace(/\s+/gu, ' ');
}
const HEADER_FIELD = (text: string): boolean =>
  NUMBER_SYMBOL.test(text) ||
  PLACE_DATE.test(text) ||
  QUOC_HIEU.test(text) ||
  TIEU_NGU.test(text) ||
  RECIPIENTS.test(text) ||
  CONG_VAN_SUMMARY.test(text) ||
  /^(?:Kính\s+gửi|Căn\s+cứ)(?!\p{L})/iu.test(text);

/** A line of the Nơi nhận: "- Sở Tư pháp;". */
const RECIPIENT_LINE = /^[-–+•]\s*\S/u;

/**
 * Reading order: full lines as they come, a two-column stretch of the header row by row, any other
 * two-column stretch column by column. From "Nơi nhận:" to the foot of its page is the closing
 * block: the Nơi nhận column (whatever its lines' length), then the signature column.
 */
function readingOrder(lines: PdfLine[]): Placed[] {
  const out: Placed[] = [];
  const placed = (line: PdfLine, i: number, column?: Column): Placed | null => {
    const c = line.cells[i];
    return c
      ? {
          text: c.text,
          page: line.page,
          y: line.y,
          size: line.size,
          x0: c.x0,
          x1: c.x1,
          column: column ?? c.column,
        }
      : null;
  };
  const isFull = (l: PdfLine): boolean => l.cells.length === 1 && l.cells[0]?.column === 'full';
  let first = true;
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.cells.some((c) => RECIPIENTS.test(c.text))) {
      let j = i;
      while (j < lines.length && lines[j]?.page === line.page) j++;
      const block = lines
        .slice(i, j)
        .flatMap((l) =>
          l.cells
            .map((c, k) => placed(l, k, c.column === 'right' || c.x0 >= l.pageWidth / 2 ? 'right' : 'left'))
            .filter((p) => p !== null),
        );
      // The signature's first title often stands a little above "Nơi nhận:": it opens that column.
      const above: Placed[] = [];
      for (let last = out.at(-1); last?.page === line.page && last.column === 'right'; last = out.at(-1)) {
        above.unshift(last);
        out.pop();
      }
      // The "Lưu" line ends the Nơi nhận column: what stands under it (footnotes) comes last.
      const left = block.filter((p) => p.column === 'left');
      const archive = left.findIndex((p) => ARCHIVE.test(p.text));
      const [recipients, under] =
        archive < 0 ? [left, []] : [left.slice(0, archive + 1), left.slice(archive + 1)];
      // A Nơi nhận with no "Lưu" yet goes on at the top of the next page, beside the rest of the
      // signature (the name): those lines are the same two columns.
      const more: Placed[] = [];
      if (archive < 0)
        for (; j < lines.length; j++) {
          const l = lines[j];
          if (l === undefined || l.page !== line.page + 1) break;
          const cells = l.cells.map((c, k) =>
            placed(l, k, c.column === 'right' || c.x0 >= l.pageWidth / 2 ? 'right' : 'left'),
          );
          const closing = cells.every(
            (c) =>
              c !== null && (c.column === 'right' || RECIPIENT_LINE.test(c.text) || ARCHIVE.test(c.text)),
          );
          if (!closing) break;
          more.push(...cells.filter((c) => c !== null));
        }
      const moreLeft = more.filter((p) => p.column === 'left');
      out.push(
        ...recipients,
        ...moreLeft,
        ...above,
        ...block.filter((p) => p.column === 'right'),
        ...more.filter((p) => p.column === 'right'),
        ...under,
      );
      first = false;
      i = j;
      continue;
    }
    if (isFull(line)) {
      const p = placed(line, 0);
      if (p) out.push(p);
      first = false;
      i++;
      continue;
    }
    // A stretch of lines in columns, on one page, up to a full line or the Nơi nhận.
    let j = i;
    while (j < lines.length) {
      const l = lines[j];
      if (
        l === undefined ||
        l.page !== line.page ||
        isFull(l) ||
        (j > i && l.cells.some((c) => RECIPIENTS.test(c.text)))
      )
        break;
      j++;
    }
    const stretch = lines
      .slice(i, j)
      .flatMap((l) => l.cells.map((_, k) => placed(l, k)).filter((p) => p !== null));
    if (first) out.push(...stretch);
    else
      out.push(
        ...stretch.filter((p) => p.column !== 'right'),
        ...stretch.filter((p) => p.column === 'right'),
      );
    first = false;
    i = j;
  }
  return out;
}

const centre = (p: Placed): number => (p.x0 + p.x1) / 2;

/** The usual distance between the lines of a page's running text (its median pitch). */
function pitches(order: Placed[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1];
    const b = order[i];
    if (!a || !b || a.page !== b.page || a.column !== 'full' || b.column !== 'full') continue;
    const d = a.y - b.y;
    if (d <= 0) continue;
    const ds = byPage.get(a.page);
    if (ds) ds.push(d);
    else byPage.set(a.page, [d]);
  }
  const out = new Map<number, number>();
  for (const [page, ds] of byPage) {
    ds.sort((x, y) => x - y);
    out.set(page, ds[Math.floor(ds.length / 2)] ?? 0);
  }
  return out;
}

/** Does line b continue the paragraph whose last line is a? */
function continues(
  a: Placed,
  b: Placed,
  pitch: number | undefined,
  margins: { left: number; right: number },
): boolean {
  if (ITEM_START.test(b.text) || HEADER_FIELD(b.text)) return false;
  // The short last line of a paragraph of running text sits in the left half, yet belongs to it.
  const column =
    b.column === 'left' && a.column === 'full' && b.x0 <= margins.left + a.size * 1.2 ? 'full' : b.column;
  if (a.column !== column) return false;
  // Justified text: the line above runs to the right margin and this one is not indented.
  const justified =
    column === 'full' &&
    a.x1 >= margins.right - a.size * 2 &&
    b.x0 <= margins.left + a.size * 1.2 &&
    isUpperLine(a.text) === isUpperLine(b.text);
  // A sentence carried over to the next page: the last line of a page, the first of the next.
  if (a.page !== b.page) return b.page === a.page + 1 && justified && !endsSentence(a.text);
  const distance = a.y - b.y;
  const limit = column === 'full' && pitch ? Math.min(pitch * 1.2, a.size * 2.2) : a.size * 1.7;
  if (distance <= 0 || distance > limit) return false;
  if (justified || (startsAsContinuation(b.text) && !endsSentence(a.text))) return true;
  // A centred title over two or three lines (a trích yếu, a V/v): same centre, not capitals.
  const centred =
    Math.abs(centre(a) - centre(b)) <= a.size * 2 && (column !== 'full' || b.x0 > margins.left + a.size);
  return centred && !isUpperLine(a.text) && !isUpperLine(b.text) && !endsSentence(a.text);
}

/** A footnote's first line: its mark, then the note ("1 Công văn số …", "(1) Thuế tỉnh; …", "* …"). */
const FOOTNOTE_START = /^(?:\d{1,2}|\(\d{1,2}\)|\*{1,3})\s+\S/u;
/** Footnotes are set smaller than the running text: at most this share of its size. */
const FOOTNOTE_SIZE = 0.85;

/**
 * The footnotes at the foot of each page: the last lines of the page in reading order, set smaller
 * than its running text, the first of them opening with a mark.
 */
function footnotes(order: Placed[]): Set<Placed> {
  const out = new Set<Placed>();
  const pages = new Set(order.map((p) => p.page));
  for (const page of pages) {
    const on = order.filter((p) => p.page === page);
    const sizes = on
      .filter((p) => p.column === 'full')
      .map((p) => p.size)
      .sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)];
    if (body === undefined) continue;
    let start = on.length;
    while (start > 0 && (on[start - 1]?.size ?? body) <= body * FOOTNOTE_SIZE) start--;
    const first = on[start];
    if (start === 0 || first === undefined || !FOOTNOTE_START.test(first.text)) continue;
    for (const p of on.slice(start)) out.add(p);
  }
  return out;
}

/**
 * The paragraphs of a PDF's lines, in reading order. A page's footnotes come after the paragraph
 * that runs on to the next page, so that it is read whole ("… bầu Ban Chủ nhiệm, Hội" / footnotes /
 * "đồng Khen thưởng Kỷ luật …" on the next page).
 */
export function pdfParagraphs(lines: PdfLine[]): PdfParagraph[] {
  const order = readingOrder(lines);
  const pitch = pitches(order);
  const margins = new Map<number, { left: number; right: number }>();
  for (const p of order.filter((q) => q.column === 'full')) {
    const m = margins.get(p.page) ?? { left: Infinity, right: -Infinity };
    margins.set(p.page, { left: Math.min(m.left, p.x0), right: Math.max(m.right, p.x1) });
  }
  const notes = footnotes(order);
  const out: PdfParagraph[] = [];
  const marginsOf = (p: Placed): { left: number; right: number } =>
    margins.get(p.page) ?? { left: p.x0, right: p.x1 };
  const joins = (a: Placed, b: Placed): boolean => continues(a, b, pitch.get(b.page), marginsOf(b));
  const append = (p: Placed): void => {
    const current = out[out.length - 1];
    if (current) current.text = joinWrapped(current.text, p.text);
  };
  const open = (p: Placed): void => {
    const m = marginsOf(p);
    const centred =
      p.x0 > m.left + p.size * 2 &&
      p.x1 < m.right - p.size * 2 &&
      Math.abs(m.right - p.x1 - (p.x0 - m.left)) <= p.size * 2;
    out.push({
      text: p.text,
      page: p.page,
      y: p.y,
      align: p.column === 'full' ? (centred ? 'center' : 'both') : null,
    });
  };
  let pending: Placed[] = [];
  const flush = (): void => {
    pending.forEach((n, i) => {
      const prev = pending[i - 1];
      if (prev !== undefined && joins(prev, n)) append(n);
      else open(n);
    });
    pending = [];
  };
  let last: Placed | null = null;
  for (const p of order) {
    if (notes.has(p)) {
      pending.push(p);
      continue;
    }
    if (last !== null && joins(last, p)) append(p);
    else {
      flush();
      open(p);
    }
    last = p;
  }
  flush();
  return out;
}
