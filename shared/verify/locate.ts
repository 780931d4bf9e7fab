import { ND30 } from '../format/nd30.ts';
import { mmToTwip, twipToPt } from '../format/units.ts';
import type { CellInfo, DocxModel, ParaInfo, TableInfo } from './docxModel.ts';
import { allBold, norm } from './paraFormat.ts';
import { fail, type Outcome } from './verifyOutcome.ts';

// Where the parts of a plan sit in a Word file: the header table, the footer table (Nơi nhận and the
// signature), the title block and the body paragraphs between.

export const QUOC_HIEU = norm(ND30.header.quocHieu.text);
export const isQuocHieu = (p: ParaInfo): boolean =>
  norm(p.text).toLocaleUpperCase('vi').replace('HOÀ', 'HÒA') === QUOC_HIEU;
export const TIEU_NGU = /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/u;
export const NUMBER_LINE = /^Số\s*:/u;
export const DATE_LINE = /ngày\s*(\S*)\s*tháng\s*(\S*)\s*năm\s*(\S*)$/u;
export const RECIPIENTS_LABEL = /^Nơi nhận\s*:?$/u;
export const ACADEMIC = /^(GS|PGS|TS|ThS|KS|BS|CN|Th\.S)\.?\s/u;

export interface Located {
  headerTable: TableInfo | null;
  footerTable: TableInfo | null;
  /** Paragraphs between the header table and the footer table, in order. */
  main: ParaInfo[];
  pageTextPt: number;
}

export function locate(model: DocxModel): Located {
  const body = model.body ?? [];
  const s0 = model.sections[0];
  const pageTextPt =
    s0?.widthTwip !== undefined
      ? twipToPt(s0.widthTwip - (s0.margins.left ?? 0) - (s0.margins.right ?? 0))
      : twipToPt(mmToTwip(ND30.page.widthMm - ND30.page.marginsMm.left - ND30.page.marginsMm.right));
  const tables = body.filter((e): e is TableInfo => e.kind === 'table');
  const hasPara = (t: TableInfo, pred: (p: ParaInfo) => boolean): boolean =>
    t.rows.some((r) => r.some((c) => c.paragraphs.some(pred)));
  const headerTable = tables.find((t) => hasPara(t, isQuocHieu)) ?? null;
  const footerTable = tables.find((t) => hasPara(t, (p) => RECIPIENTS_LABEL.test(norm(p.text)))) ?? null;
  const start = headerTable ? body.indexOf(headerTable) + 1 : 0;
  const endIdx = footerTable ? body.indexOf(footerTable) : body.length;
  const main = body.slice(start, endIdx).flatMap((e) => (e.kind === 'paragraph' ? [e.paragraph] : []));
  return { headerTable, footerTable, main, pageTextPt };
}

export function headerCells(t: TableInfo | null): CellInfo[] {
  return t ? t.rows.flatMap((r) => r) : [];
}
export function findInCells(
  cells: CellInfo[],
  pred: (p: ParaInfo) => boolean,
): { cell: CellInfo; index: number } | null {
  for (const cell of cells) {
    const index = cell.paragraphs.findIndex(pred);
    if (index >= 0) return { cell, index };
  }
  return null;
}

export type Check = (model: DocxModel, loc: Located) => Outcome;

export const NO_HEADER = fail(
  'không tìm thấy bảng phần đầu có Quốc hiệu',
  'no header table with the Quốc hiệu found',
);

/** The issuing body (bold, last) and parent body (not bold, before it) in the header's first cell. */
export function bodies(
  loc: Located,
): { cell: CellInfo; parent: number | null; issuing: number | null } | null {
  const cell = loc.headerTable?.rows[0]?.[0];
  if (!cell) return null;
  const idx = cell.paragraphs
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => norm(p.text) !== '' && !NUMBER_LINE.test(norm(p.text)));
  if (idx.length === 0) return { cell, parent: null, issuing: null };
  const boldStart = idx.findIndex(({ p }) => allBold(p));
  const issuing = boldStart >= 0 ? (idx[boldStart]?.i ?? null) : (idx[idx.length - 1]?.i ?? null);
  const parentEntry =
    boldStart > 0 ? idx[boldStart - 1] : boldStart < 0 && idx.length > 1 ? idx[0] : undefined;
  return { cell, parent: parentEntry?.i ?? null, issuing };
}

export function allParagraphs(m: DocxModel): ParaInfo[] {
  const out: ParaInfo[] = [];
  for (const e of m.body ?? []) {
    if (e.kind === 'paragraph') out.push(e.paragraph);
    else for (const r of e.rows) for (const c of r) out.push(...c.paragraphs);
  }
  return out;
}

/** Index range (in loc.main) of the trích yếu: the bold centred paragraphs after the type name. */
export function summaryRange(loc: Located): { start: number; end: number } | null {
  const typeIdx = loc.main.findIndex((p) => norm(p.text) !== '');
  if (typeIdx < 0) return null;
  let i = typeIdx + 1;
  while (i < loc.main.length && norm(loc.main[i]?.text ?? '') === '') i++;
  const start = i;
  while (
    i < loc.main.length &&
    norm(loc.main[i]?.text ?? '') !== '' &&
    loc.main[i]?.align === 'center' &&
    allBold(loc.main[i]!)
  )
    i++;
  return i > start ? { start, end: i - 1 } : null;
}

/** Body paragraphs: non-empty paragraphs after the title block and before Nơi nhận. */
export function bodyParagraphs(loc: Located): ParaInfo[] {
  const s = summaryRange(loc);
  const from = s ? s.end + 1 : 0;
  return loc.main.slice(from).filter((p) => norm(p.text) !== '');
}
