import {
  CONG_VAN_SUMMARY,
  LEGAL_BASIS,
  NUMBER_SYMBOL,
  PLACE_DATE,
  QUOC_HIEU,
  RECIPIENTS,
  TIEU_NGU,
  TYPE_NAMES,
} from './recognisePatterns.ts';

// The layout of text copied from a web page or a PDF (issue 10, point 4), undone before the lines
// are read: the header's two columns laid out with runs of spaces or the site's "|" table cells are
// split into their cells, a header field broken over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
// NAM", "Số:" / "35/2022/QĐ-UBND", "Phú Thọ, ngày 25" / "tháng 5 năm 2023") is joined, the closing
// block laid out in two columns is read column by column (Nơi nhận, then the signature), and page
// numbers and the running header repeated at each page break are dropped. Hard-wrapped sentences
// are joined later, with the other lines (logicalLines.ts).

/** The header is at most this many lines, up to the type name or the first căn cứ. */
const HEADER_LINES = 24;

/** A cell boundary: the site's "|", a tab, or a run of three spaces or more between words. */
const CELL_BREAK = /\s*\|\s*|\t+|\s{3,}/u;

/** Only layout: a table cell's "|", alone on its line. */
const ONLY_PIPES = /^[\s|]+$/u;
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?\s*$/iu;

function cellsOf(line: string): string[] {
  return line
    .split(CELL_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function isHeaderField(text: string): boolean {
  const ns = NUMBER_SYMBOL.exec(text);
  const pd = PLACE_DATE.exec(text);
  return (
    QUOC_HIEU.test(text) ||
    TIEU_NGU.test(text) ||
    (ns !== null && /\S/u.test(ns[2] ?? '')) ||
    (pd !== null && pd[4] !== undefined)
  );
}

/** The first half of a header field broken over two lines, and the field it makes with the next. */
function brokenField(a: string, b: string): boolean {
  const joined = `${a} ${b}`;
  if (isHeaderField(a) || isHeaderField(b)) return false;
  if (QUOC_HIEU.test(joined) || TIEU_NGU.test(joined)) return true;
  if (/^Số\s*:?\s*[\d\s.]*$/iu.test(a)) return NUMBER_SYMBOL.test(joined);
  return /,\s*ngày\b/iu.test(a) && isHeaderField(joined);
}

const endsHeader = (text: string): boolean =>
  TYPE_NAMES.includes(text.toLocaleUpperCase('vi').replace(/\s+/gu, ' ')) ||
  LEGAL_BASIS.test(text) ||
  CONG_VAN_SUMMARY.test(text);

/** The header's lines: cells split, a field broken over two lines joined. */
function header(lines: string[]): string[] {
  const cells = lines.flatMap(cellsOf);
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i] ?? '';
    const b = cells[i + 1];
    if (b !== undefined && brokenField(a, b)) {
      out.push(`${a} ${b}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Leading spaces after which a lone line of the closing block is in the signature column. */
const RIGHT_INDENT = 20;

/** From "Nơi nhận:" on, when laid out in two columns: the Nơi nhận column, then the signature. */
function closing(lines: string[]): string[] {
  if (!lines.some((l) => cellsOf(l).length >= 2 && !ONLY_PIPES.test(l))) return lines;
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells.length >= 2) {
      left.push(cells[0] ?? '');
      right.push(...cells.slice(1));
    } else if (cells.length === 1) {
      const indent = /^\s*/u.exec(line)?.[0].length ?? 0;
      (indent >= RIGHT_INDENT ? right : left).push(cells[0] ?? '');
    }
  }
  return [...left, ...right];
}

/** Drop page numbers and, at the page breaks they mark, the running header repeated there. */
function dropPageFurniture(lines: string[]): string[] {
  const breaks = new Set<number>();
  lines.forEach((l, i) => {
    if (PAGE_NUMBER.test(l) || l.includes('\f')) breaks.add(i);
  });
  const key = (l: string): string => l.replace(/\d+/gu, '#').trim().toLocaleLowerCase('vi');
  const nearBreak = (i: number): boolean => breaks.has(i - 1) || breaks.has(i + 1);
  const counts = new Map<string, number>();
  lines.forEach((l, i) => {
    if (nearBreak(i) && l.trim().length >= 8) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  });
  return lines.filter((l, i) => {
    if (PAGE_NUMBER.test(l) && l.trim() !== '') return false;
    return !(nearBreak(i) && (counts.get(key(l)) ?? 0) >= 2);
  });
}

/**
 * The lines of a plain-text document with their layout undone (see above). Lines are returned
 * trimmed of the layout only; the words are untouched.
 */
export function layoutPlainText(raw: string[]): string[] {
  const lines = dropPageFurniture(raw.flatMap((l) => l.split('\f'))).filter(
    (l) => !ONLY_PIPES.test(l) || l === '',
  );
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  let end = nonEmpty.findIndex((l) => cellsOf(l).some(endsHeader));
  if (end < 0 || end > HEADER_LINES) end = Math.min(HEADER_LINES, nonEmpty.length);
  // A line that is already one paragraph of prose is not the header of a web copy.
  const headerEnd = nonEmpty.slice(0, end).findIndex((l) => l.trim().length > 200);
  if (headerEnd >= 0) end = headerEnd;
  const head = header(nonEmpty.slice(0, end));
  const body = nonEmpty.slice(end);
  const recipients = body.findIndex((l) => RECIPIENTS.test(cellsOf(l)[0] ?? ''));
  if (recipients < 0) return [...head, ...body];
  // The closing block ends where prose or an appendix starts again.
  let stop = body.findIndex(
    (l, i) => i > recipients && (/^\s*PHỤ\s+LỤC\b/u.test(l) || l.trim().length > 120),
  );
  if (stop < 0) stop = body.length;
  return [
    ...head,
    ...body.slice(0, recipients),
    ...closing(body.slice(recipients, stop)),
    ...body.slice(stop),
  ];
}
