import { ND30, type Range } from '../format/nd30.ts';
import { textWidthPt } from '../format/textWidth.ts';
import { cmToTwip, mmToTwip, twipToMm, twipToPt } from '../format/units.ts';
import { entryText } from '../ooxml/readPackage.ts';
import { readDocxModel, type CellInfo, type DocxModel, type ParaInfo, type TableInfo } from './docxModel.ts';
import { VERIFY_RULE_IDS, VERIFY_RULES, type VerifyRuleId } from './verifyRules.ts';

export interface VerifyRuleResult {
  id: string;
  ok: boolean;
  detail: string;
}
export interface VerifyReport {
  rules: VerifyRuleResult[];
}

type Outcome = { ok: boolean; detail: string };
const pass = (vi: string, en: string): Outcome => ({ ok: true, detail: `${vi} / ${en}` });
const fail = (vi: string, en: string): Outcome => ({ ok: false, detail: `${vi} / ${en}` });

/** Word's size when nothing sets one (w:sz absent everywhere). */
const WORD_DEFAULT_SIZE_PT = 10;
/** Share of body paragraphs that must follow a body rule (headings and quotes may differ). */
const BODY_SHARE = 0.85;
/** Rounding slack when reading back lengths, mm / pt. */
const LENGTH_SLACK = 0.05;
const SIZE_SLACK_PT = 0.25;

function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
function isUpper(text: string): boolean {
  return text === text.toLocaleUpperCase('vi');
}
function textRuns(p: ParaInfo): ParaInfo['runs'] {
  return p.runs.filter((r) => r.text.trim() !== '');
}
function allBold(p: ParaInfo): boolean {
  const runs = textRuns(p);
  return runs.length > 0 && runs.every((r) => r.bold);
}
function allItalic(p: ParaInfo): boolean {
  const runs = textRuns(p);
  return runs.length > 0 && runs.every((r) => r.italic);
}
function sizeOf(p: ParaInfo): number {
  return textRuns(p)[0]?.sizePt ?? WORD_DEFAULT_SIZE_PT;
}
function sizesIn(p: ParaInfo, range: Range): boolean {
  return textRuns(p).every((r) => inRange(r.sizePt ?? WORD_DEFAULT_SIZE_PT, range, SIZE_SLACK_PT));
}
function inRange(v: number, r: Range, slack = 0): boolean {
  return v >= r.min - slack && v <= r.max + slack;
}
function fmtRange(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}
function widthOf(p: ParaInfo): number {
  return textWidthPt(norm(p.text), sizeOf(p), allBold(p), allItalic(p));
}
function cellInnerPt(cell: CellInfo | undefined, pageTextPt: number, p?: ParaInfo): number {
  const w = cell?.widthTwip;
  const base =
    w === undefined ? pageTextPt : twipToPt(w - (cell?.marginLeftTwip ?? 0) - (cell?.marginRightTwip ?? 0));
  return base - twipToPt((p?.leftTwip ?? 0) + (p?.rightTwip ?? 0));
}

/** Length of the line drawn under paragraph `i` of a list, pt, or null when there is none. */
function lineUnder(paras: ParaInfo[], i: number, innerPt: number): number | null {
  const p = paras[i];
  if (!p) return null;
  const next = paras[i + 1];
  if (next && norm(next.text) === '') {
    if (next.bottomBorder)
      return innerPt - twipToPt(next.leftTwip + next.rightTwip) + twipToPt(p.leftTwip + p.rightTwip);
    if (next.shapeWidthMm !== undefined) return (next.shapeWidthMm / 25.4) * 72;
  }
  if (p.shapeWidthMm !== undefined) return (p.shapeWidthMm / 25.4) * 72;
  if (p.bottomBorder) return innerPt;
  if (textRuns(p).length > 0 && textRuns(p).every((r) => r.underline)) return widthOf(p);
  return null;
}

function lineRatioOutcome(
  name: [string, string],
  lineLen: number | null,
  textLen: number,
  range: Range,
): Outcome {
  if (lineLen === null) return fail(`${name[0]}: thiếu đường kẻ bên dưới`, `${name[1]}: no line below`);
  const ratio = lineLen / textLen;
  const pct = `${Math.round(ratio * 100)}%`;
  return inRange(ratio, range, LENGTH_SLACK)
    ? pass(`${name[0]}: đường kẻ bằng ${pct} độ dài chữ`, `${name[1]}: line ${pct} of the text`)
    : fail(
        `${name[0]}: đường kẻ bằng ${pct} độ dài chữ (cần ${Math.round(range.min * 100)}–${Math.round(range.max * 100)}%)`,
        `${name[1]}: line is ${pct} of the text (expected ${Math.round(range.min * 100)}–${Math.round(range.max * 100)}%)`,
      );
}

function combine(...outcomes: Outcome[]): Outcome {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return { ok: true, detail: outcomes.map((o) => o.detail).join('; ') };
  return { ok: false, detail: failed.map((o) => o.detail).join('; ') };
}

const QUOC_HIEU = norm(ND30.header.quocHieu.text);
const isQuocHieu = (p: ParaInfo): boolean =>
  norm(p.text).toLocaleUpperCase('vi').replace('HOÀ', 'HÒA') === QUOC_HIEU;
const TIEU_NGU = /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/u;
const NUMBER_LINE = /^Số\s*:/u;
const DATE_LINE = /ngày\s*(\S*)\s*tháng\s*(\S*)\s*năm\s*(\S*)$/u;
const RECIPIENTS_LABEL = /^Nơi nhận\s*:?$/u;
const ACADEMIC = /^(GS|PGS|TS|ThS|KS|BS|CN|Th\.S)\.?\s/u;

interface Located {
  headerTable: TableInfo | null;
  footerTable: TableInfo | null;
  /** Paragraphs between the header table and the footer table, in order. */
  main: ParaInfo[];
  pageTextPt: number;
}

function locate(model: DocxModel): Located {
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

function headerCells(t: TableInfo | null): CellInfo[] {
  return t ? t.rows.flatMap((r) => r) : [];
}
function findInCells(
  cells: CellInfo[],
  pred: (p: ParaInfo) => boolean,
): { cell: CellInfo; index: number } | null {
  for (const cell of cells) {
    const index = cell.paragraphs.findIndex(pred);
    if (index >= 0) return { cell, index };
  }
  return null;
}

type Check = (model: DocxModel, loc: Located) => Outcome;

const NO_HEADER = fail(
  'không tìm thấy bảng phần đầu có Quốc hiệu',
  'no header table with the Quốc hiệu found',
);

/** The issuing body (bold, last) and parent body (not bold, before it) in the header's first cell. */
function bodies(loc: Located): { cell: CellInfo; parent: number | null; issuing: number | null } | null {
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

const CHECKS: Record<VerifyRuleId, Check> = {
  'package.document': (m) =>
    m.body
      ? pass(`đọc được ${m.body.length} khối nội dung`, `${m.body.length} body elements read`)
      : fail('không có word/document.xml hoặc thiếu w:body', 'word/document.xml or its body is missing'),
  'package.noMacros': (m) => {
    const names = [...m.pkg.keys()].filter((n) => /vbaProject|vbaData|\.bin$/iu.test(n));
    const ct = entryText(m.pkg, '[Content_Types].xml') ?? '';
    return names.length === 0 && !/macroEnabled/iu.test(ct)
      ? pass('không có macro', 'no macros')
      : fail(
          `có macro: ${names.join(', ') || 'macroEnabled'}`,
          `macros found: ${names.join(', ') || 'macroEnabled'}`,
        );
  },
  'package.noExternalRelationships': (m) => {
    const ext = [...m.pkg.keys()]
      .filter((n) => n.endsWith('.rels'))
      .filter((n) => /TargetMode\s*=\s*["']External["']/u.test(entryText(m.pkg, n) ?? ''));
    return ext.length === 0
      ? pass('không có liên kết ngoài', 'no external relationships')
      : fail(`liên kết ngoài trong ${ext.join(', ')}`, `external relationships in ${ext.join(', ')}`);
  },
  'properties.core': (m) => {
    const missing = ['title', 'subject', 'creator', 'keywords'].filter((k) => !m.core[k]);
    return missing.length === 0
      ? pass(
          `tiêu đề "${m.core.title}", tác giả "${m.core.creator}"`,
          'title, subject, author and keywords set',
        )
      : fail(`thiếu thuộc tính: ${missing.join(', ')}`, `missing properties: ${missing.join(', ')}`);
  },
  'page.size': (m) => {
    if (m.sections.length === 0) return fail('không có thiết lập trang', 'no section properties');
    const tol = mmToTwip(ND30.page.sizeToleranceMm);
    const w = mmToTwip(ND30.page.widthMm);
    const h = mmToTwip(ND30.page.heightMm);
    const bad = m.sections.filter((s, i) => {
      const sw = s.widthTwip ?? 0;
      const sh = s.heightTwip ?? 0;
      const portrait = Math.abs(sw - w) <= tol && Math.abs(sh - h) <= tol;
      const landscape = Math.abs(sw - h) <= tol && Math.abs(sh - w) <= tol;
      return i === 0 ? !portrait : !(portrait || landscape);
    });
    return bad.length === 0
      ? pass(`A4, ${m.sections.length} phần`, `A4, ${m.sections.length} section(s)`)
      : fail(
          `khổ giấy không phải A4 đứng: ${bad.map((s) => `${twipToMm(s.widthTwip ?? 0).toFixed(0)}×${twipToMm(s.heightTwip ?? 0).toFixed(0)} mm`).join(', ')}`,
          'paper is not A4 (portrait for the main text)',
        );
  },
  'page.margins': (m) => {
    if (m.sections.length === 0) return fail('không có thiết lập lề', 'no margins set');
    const r = ND30.page.marginRangesMm;
    const problems: string[] = [];
    m.sections.forEach((s, i) => {
      for (const k of ['top', 'bottom', 'left', 'right'] as const) {
        const v = s.margins[k];
        const mm = v === undefined ? Number.NaN : twipToMm(v);
        if (!inRange(mm, r[k], 0.2))
          problems.push(`phần ${i + 1} ${k} ${Number.isNaN(mm) ? '?' : mm.toFixed(1)} mm`);
      }
    });
    const m0 = m.sections[0]?.margins;
    const summary = m0
      ? `trên ${twipToMm(m0.top ?? 0).toFixed(0)}, dưới ${twipToMm(m0.bottom ?? 0).toFixed(0)}, trái ${twipToMm(m0.left ?? 0).toFixed(0)}, phải ${twipToMm(m0.right ?? 0).toFixed(0)} mm`
      : '';
    return problems.length === 0
      ? pass(`lề ${summary}`, 'margins within the decree ranges')
      : fail(
          `lề ngoài khoảng cho phép: ${problems.join(', ')}`,
          `margins out of range: ${problems.join(', ')}`,
        );
  },
  'font.family': (m) => {
    const fonts = new Map<string, number>();
    for (const p of allParagraphs(m))
      for (const r of textRuns(p))
        fonts.set(r.font ?? '(mặc định)', (fonts.get(r.font ?? '(mặc định)') ?? 0) + r.text.length);
    const other = [...fonts.keys()].filter((f) => f !== ND30.font.family);
    if (fonts.size === 0) return fail('không có chữ', 'no text');
    return other.length === 0
      ? pass(ND30.font.family, ND30.font.family)
      : fail(`phông khác: ${other.join(', ')}`, `other fonts: ${other.join(', ')}`);
  },
  'font.color': (m) => {
    const bad = new Set<string>();
    for (const p of allParagraphs(m))
      for (const r of textRuns(p))
        if (r.color && !['auto', '000000'].includes(r.color.toLowerCase())) bad.add(r.color);
    return bad.size === 0
      ? pass('màu đen', 'black')
      : fail(`chữ màu: ${[...bad].join(', ')}`, `coloured text: ${[...bad].join(', ')}`);
  },
  'header.table': (_m, loc) => {
    const t = loc.headerTable;
    if (!t) return NO_HEADER;
    const cols = Math.max(...t.rows.map((r) => r.length));
    if (cols !== 2) return fail(`bảng phần đầu có ${cols} cột`, `header table has ${cols} columns`);
    return t.bordered
      ? fail('bảng phần đầu có viền', 'header table has borders')
      : pass('bảng hai cột không viền', 'borderless two-column table');
  },
  'header.parentBody': (_m, loc) => {
    const b = bodies(loc);
    if (!b) return NO_HEADER;
    if (b.parent === null) return pass('không có cơ quan chủ quản', 'no parent body');
    const p = b.cell.paragraphs[b.parent];
    if (!p) return NO_HEADER;
    const s = ND30.header.parentBody;
    return combine(
      isUpper(p.text)
        ? pass(`"${norm(p.text)}" in hoa`, 'upper case')
        : fail(`"${norm(p.text)}" không in hoa`, 'not upper case'),
      !allBold(p) ? pass('không đậm', 'not bold') : fail('đang in đậm', 'is bold'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
    );
  },
  'header.issuingBody': (_m, loc) => {
    const b = bodies(loc);
    if (!b || b.issuing === null)
      return fail('không tìm thấy tên cơ quan ban hành', 'issuing body not found');
    const p = b.cell.paragraphs[b.issuing];
    if (!p) return NO_HEADER;
    const s = ND30.header.issuingBody;
    const inner = cellInnerPt(b.cell, loc.pageTextPt, p);
    const w = widthOf(p);
    return combine(
      isUpper(p.text)
        ? pass(`"${norm(p.text)}" in hoa`, 'upper case')
        : fail(`"${norm(p.text)}" không in hoa`, 'not upper case'),
      allBold(p) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
      w <= inner + 0.5
        ? pass('trên một dòng', 'one line')
        : fail('không vừa một dòng', 'does not fit on one line'),
      lineRatioOutcome(
        ['cơ quan ban hành', 'issuing body'],
        lineUnder(b.cell.paragraphs, b.issuing, cellInnerPt(b.cell, loc.pageTextPt)),
        w,
        ND30.header.issuingBodyRule.range,
      ),
    );
  },
  'header.quocHieu': (_m, loc) => {
    const f = findInCells(headerCells(loc.headerTable), isQuocHieu);
    if (!f) return NO_HEADER;
    const p = f.cell.paragraphs[f.index];
    if (!p) return NO_HEADER;
    const s = ND30.header.quocHieu;
    const inner = cellInnerPt(f.cell, loc.pageTextPt, p);
    const w = widthOf(p);
    return combine(
      isUpper(p.text) ? pass('in hoa', 'upper case') : fail('không in hoa', 'not upper case'),
      allBold(p) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
      w <= inner + 0.5
        ? pass(`một dòng (${Math.round(w)}/${Math.round(inner)} pt)`, 'one line')
        : fail(
            `không vừa một dòng: cần ${Math.round(w)} pt, ô rộng ${Math.round(inner)} pt`,
            `does not fit one line: ${Math.round(w)} pt in ${Math.round(inner)} pt`,
          ),
    );
  },
  'header.tieuNgu': (_m, loc) => {
    const f = findInCells(headerCells(loc.headerTable), (p) => TIEU_NGU.test(norm(p.text)));
    if (!f) return fail('không tìm thấy Tiêu ngữ', 'Tiêu ngữ not found');
    const p = f.cell.paragraphs[f.index];
    if (!p) return NO_HEADER;
    const s = ND30.header.tieuNgu;
    return combine(
      allBold(p) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
      lineRatioOutcome(
        ['Tiêu ngữ', 'Tiêu ngữ'],
        lineUnder(f.cell.paragraphs, f.index, cellInnerPt(f.cell, loc.pageTextPt)),
        widthOf(p),
        ND30.header.tieuNguRule.range,
      ),
    );
  },
  'header.numberSymbol': (_m, loc) => {
    const f = findInCells(headerCells(loc.headerTable), (p) => NUMBER_LINE.test(norm(p.text)));
    if (!f) return fail('không tìm thấy dòng "Số:"', 'no "Số:" line');
    const p = f.cell.paragraphs[f.index];
    if (!p) return NO_HEADER;
    const raw = p.text.normalize('NFC').replace(/[\u00a0]/gu, ' ');
    const m = /^\s*Số\s*:\s*(\d*)\s*\/(.*)$/u.exec(raw);
    const s = ND30.header.numberSymbol;
    if (!m)
      return fail(`"${norm(raw)}" không đúng dạng "Số: 05/KH-…"`, `"${norm(raw)}" is not "Số: 05/KH-…"`);
    const num = m[1] ?? '';
    const symbol = (m[2] ?? '').trim();
    return combine(
      num === ''
        ? pass('số để trống cho văn thư', 'number left blank for the clerk')
        : Number(num) < 10 && num.length < 2
          ? fail(`số ${num} thiếu số 0 phía trước`, `number ${num} lacks its leading zero`)
          : pass(`số ${num}`, `number ${num}`),
      symbol !== '' && !/\s/u.test(symbol) && /^[\p{L}\d]+(-[\p{L}\d]+)*$/u.test(symbol)
        ? pass(`ký hiệu ${symbol}`, `symbol ${symbol}`)
        : fail(
            `ký hiệu "${symbol}" có khoảng trắng hoặc sai dạng`,
            `symbol "${symbol}" has spaces or is malformed`,
          ),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
    );
  },
  'header.placeDate': (_m, loc) => {
    const f = findInCells(headerCells(loc.headerTable), (p) => DATE_LINE.test(norm(p.text)));
    if (!f) return fail('không tìm thấy dòng địa danh, ngày tháng', 'no place/date line');
    const p = f.cell.paragraphs[f.index];
    if (!p) return NO_HEADER;
    const m = DATE_LINE.exec(norm(p.text));
    const day = m?.[1] ?? '';
    const month = m?.[2] ?? '';
    const s = ND30.header.placeDate;
    const padded = (v: string, needs: (n: number) => boolean): boolean =>
      v === '' || !needs(Number(v)) || v.startsWith('0');
    return combine(
      allItalic(p) ? pass('nghiêng', 'italic') : fail('không in nghiêng', 'not italic'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
      padded(day, (n) => n < 10)
        ? pass(`ngày "${day || '…'}"`, `day "${day || '…'}"`)
        : fail(`ngày ${day} thiếu số 0`, `day ${day} lacks its leading zero`),
      padded(month, (n) => n <= 2)
        ? pass(`tháng "${month || '…'}"`, `month "${month || '…'}"`)
        : fail(`tháng ${month} thiếu số 0`, `month ${month} lacks its leading zero`),
      /,\s*ngày/u.test(norm(p.text))
        ? pass('có địa danh', 'place given')
        : fail('thiếu địa danh trước ngày tháng', 'no place before the date'),
    );
  },
  'title.typeName': (_m, loc) => {
    const p = loc.main.find((x) => norm(x.text) !== '');
    if (!p) return fail('không thấy tên loại văn bản', 'no type name');
    const s = ND30.title.typeName;
    return combine(
      isUpper(p.text)
        ? pass(`"${norm(p.text)}"`, `"${norm(p.text)}"`)
        : fail(`"${norm(p.text)}" không in hoa`, 'not upper case'),
      allBold(p) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      p.align === 'center' ? pass('giữa', 'centred') : fail('không căn giữa', 'not centred'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
    );
  },
  'title.summary': (_m, loc) => {
    const ti = summaryRange(loc);
    if (!ti) return fail('không thấy trích yếu', 'no summary');
    const paras = loc.main.slice(ti.start, ti.end + 1);
    const s = ND30.title.summary;
    const textLen = Math.max(...paras.map((p) => Math.min(widthOf(p), loc.pageTextPt)));
    return combine(
      paras.every(allBold) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      paras.every((p) => p.align === 'center')
        ? pass('giữa', 'centred')
        : fail('không căn giữa', 'not centred'),
      paras.every((p) => sizesIn(p, s.sizeRange))
        ? pass(`cỡ ${sizeOf(paras[0] ?? loc.main[0]!)}`, 'size ok')
        : fail(`cỡ chữ ngoài ${fmtRange(s.sizeRange)}`, `size outside ${fmtRange(s.sizeRange)}`),
      lineRatioOutcome(
        ['trích yếu', 'summary'],
        lineUnder(loc.main, ti.end, loc.pageTextPt),
        textLen,
        ND30.title.summaryRule.range,
      ),
    );
  },
  'body.size': (_m, loc) => {
    const paras = bodyParagraphs(loc);
    let good = 0;
    let all = 0;
    for (const p of paras)
      for (const r of textRuns(p)) {
        all += r.text.length;
        if (inRange(r.sizePt ?? WORD_DEFAULT_SIZE_PT, ND30.body.sizeRange, SIZE_SLACK_PT))
          good += r.text.length;
      }
    if (all === 0) return fail('không có nội dung', 'no body text');
    const share = good / all;
    return share >= 0.95
      ? pass(
          `${Math.round(share * 100)}% chữ cỡ ${fmtRange(ND30.body.sizeRange)}`,
          `${Math.round(share * 100)}% of text at ${fmtRange(ND30.body.sizeRange)} pt`,
        )
      : fail(
          `chỉ ${Math.round(share * 100)}% chữ cỡ ${fmtRange(ND30.body.sizeRange)}`,
          `only ${Math.round(share * 100)}% of text at ${fmtRange(ND30.body.sizeRange)} pt`,
        );
  },
  'body.justified': (_m, loc) =>
    shareRule(
      bodyParagraphs(loc),
      (p) => p.align === 'both' || p.align === 'distribute' || p.align === 'justify',
      ['căn đều', 'justified'],
    ),
  'body.firstLineIndent': (_m, loc) => {
    const r = ND30.body.firstLineRangeCm;
    const lo = cmToTwip(r.min) - 30;
    const hi = cmToTwip(r.max) + 30;
    return shareRule(bodyParagraphs(loc), (p) => p.firstLineTwip >= lo && p.firstLineTwip <= hi, [
      `lùi đầu dòng ${r.min}–${r.max} cm`,
      `first-line indent ${r.min}–${r.max} cm`,
    ]);
  },
  'body.spacing': (_m, loc) => {
    const minGap = ND30.body.minAfterPt * 20;
    const { min, max } = ND30.body.lineSpacingRange;
    const lineOk = (p: ParaInfo): boolean => {
      if (p.line === undefined) return true;
      if (!p.lineRule || p.lineRule === 'auto') return p.line >= min * 240 - 1 && p.line <= max * 240 + 1;
      const pt = twipToPt(p.line);
      const size = sizeOf(p);
      return pt >= size * min && pt <= size * max * 1.2;
    };
    return shareRule(bodyParagraphs(loc), (p) => p.beforeTwip + p.afterTwip >= minGap - 1 && lineOk(p), [
      `cách đoạn ≥ ${ND30.body.minAfterPt} pt, dòng ${min}–${max}`,
      `≥ ${ND30.body.minAfterPt} pt between paragraphs, ${min}–${max} line spacing`,
    ]);
  },
  'body.legalBases': (_m, loc) => {
    const bases = bodyParagraphs(loc).filter((p) => /^Căn cứ\b/u.test(norm(p.text)));
    if (bases.length === 0) return pass('không có căn cứ', 'no legal bases');
    const problems: string[] = [];
    bases.forEach((p, i) => {
      const t = norm(p.text);
      const want = i === bases.length - 1 ? ND30.legalBasis.terminator : ND30.legalBasis.separator;
      if (!allItalic(p)) problems.push(`căn cứ ${i + 1} không nghiêng`);
      if (!t.endsWith(want) && !(i === bases.length - 1 && t.endsWith(',')))
        problems.push(`căn cứ ${i + 1} không kết thúc bằng "${want}"`);
    });
    return problems.length === 0
      ? pass(`${bases.length} căn cứ đúng thể thức`, `${bases.length} legal bases well formed`)
      : fail(problems.join('; '), `${problems.length} legal-basis problem(s)`);
  },
  'body.sectionHeadings': (_m, loc) => {
    const heads = bodyParagraphs(loc).filter((p) => /^[IVXL]+\.\s+\S/u.test(norm(p.text)));
    if (heads.length === 0) return fail('không thấy tiêu đề mục I, II…', 'no section headings I, II…');
    const bad = heads.filter((p) => !isUpper(p.text) || !allBold(p));
    return bad.length === 0
      ? pass(`${heads.length} mục in hoa, đậm`, `${heads.length} headings upper case bold`)
      : fail(
          `mục không in hoa đậm: ${bad.map((p) => `"${norm(p.text).slice(0, 30)}"`).join(', ')}`,
          `${bad.length} heading(s) not upper case bold`,
        );
  },
  'pageNumbers.position': (m) => {
    const s0 = m.sections[0];
    if (!s0) return fail('không có thiết lập trang', 'no section properties');
    const p = s0.headers.default?.find((x) => x.hasPageField);
    if (!p) {
      return m.pages === 1
        ? pass('văn bản một trang, không cần số trang', 'one-page document, no number needed')
        : fail('không có số trang ở lề trên (đầu trang)', 'no page number in the top margin (header)');
    }
    const s = ND30.pageNumber;
    const size = textRuns(p)[0]?.sizePt ?? p.fieldSizePt ?? WORD_DEFAULT_SIZE_PT;
    return combine(
      p.align === 'center'
        ? pass('giữa lề trên', 'centred in the header')
        : fail('số trang không căn giữa', 'page number not centred'),
      inRange(size, s.sizeRange, SIZE_SLACK_PT)
        ? pass(`cỡ ${size}`, `${size} pt`)
        : fail(`cỡ ${size} (cần ${fmtRange(s.sizeRange)})`, `${size} pt (expected ${fmtRange(s.sizeRange)})`),
    );
  },
  'pageNumbers.noneOnFirstPage': (m) => {
    const s0 = m.sections[0];
    if (!s0) return fail('không có thiết lập trang', 'no section properties');
    if (s0.titlePage) {
      return s0.headers.first?.some((p) => p.hasPageField)
        ? fail('trang 1 có số trang', 'page 1 carries a page number')
        : pass('trang đầu khác, không số trang', 'different first page without a number');
    }
    return s0.headers.default?.some((p) => p.hasPageField)
      ? fail(
          'số trang hiện cả ở trang 1 (chưa chọn "trang đầu khác")',
          'the page number also shows on page 1 (no different first page)',
        )
      : pass('không có số trang ở trang 1', 'no page number on page 1');
  },
  'recipients.label': (_m, loc) => {
    const f = findInCells(headerCells(loc.footerTable), (p) => RECIPIENTS_LABEL.test(norm(p.text)));
    if (!f) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const p = f.cell.paragraphs[f.index];
    if (!p) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const s = ND30.footer.recipientsLabel;
    return combine(
      allBold(p) && allItalic(p)
        ? pass('đậm nghiêng', 'bold italic')
        : fail('không đậm nghiêng', 'not bold italic'),
      sizesIn(p, s.sizeRange)
        ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
        : fail(
            `cỡ ${sizeOf(p)} (cần ${fmtRange(s.sizeRange)})`,
            `${sizeOf(p)} pt (expected ${fmtRange(s.sizeRange)})`,
          ),
    );
  },
  'recipients.list': (_m, loc) => {
    const f = findInCells(headerCells(loc.footerTable), (p) => RECIPIENTS_LABEL.test(norm(p.text)));
    if (!f) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const list = f.cell.paragraphs.slice(f.index + 1).filter((p) => norm(p.text) !== '');
    if (list.length === 0) return fail('danh sách nơi nhận trống', 'empty recipients list');
    const s = ND30.footer.recipientsList;
    const last = list[list.length - 1];
    const problems: string[] = [];
    list.forEach((p, i) => {
      const t = norm(p.text);
      if (!/^[-–]/u.test(t)) problems.push(`dòng ${i + 1} không bắt đầu bằng "-"`);
      if (i < list.length - 1 && !t.endsWith(s.separator))
        problems.push(`dòng ${i + 1} thiếu "${s.separator}"`);
      if (!sizesIn(p, s.sizeRange)) problems.push(`dòng ${i + 1} cỡ ${sizeOf(p)}`);
    });
    if (!last || !/^[-–]\s*Lưu\s*:/u.test(norm(last.text))) problems.push('dòng cuối không phải "- Lưu: …"');
    return problems.length === 0
      ? pass(
          `${list.length} dòng, cuối: "${norm(last?.text ?? '')}"`,
          `${list.length} lines ending with the Lưu line`,
        )
      : fail(problems.join('; '), `${problems.length} recipients-list problem(s)`);
  },
  'signature.block': (_m, loc) => {
    const row = loc.footerTable?.rows.find((r) =>
      r.some((c) => c.paragraphs.some((p) => RECIPIENTS_LABEL.test(norm(p.text)))),
    );
    const cell = row?.[row.length - 1];
    if (!row || row.length < 2 || !cell)
      return fail('không thấy khối chữ ký cạnh "Nơi nhận"', 'no signature block beside "Nơi nhận"');
    const texts = cell.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => norm(p.text) !== '');
    if (texts.length < 2)
      return fail('khối chữ ký thiếu chức vụ hoặc họ tên', 'signature lacks a title or a name');
    const name = texts[texts.length - 1]!;
    const lines = texts.slice(0, -1);
    const lastLine = lines[lines.length - 1]!;
    const empties = cell.paragraphs.slice(lastLine.i + 1, name.i).length;
    const gapPt = twipToPt(name.p.beforeTwip) + empties * sizeOf(name.p);
    const s = ND30.footer;
    return combine(
      lines.every(({ p }) => isUpper(p.text) && allBold(p))
        ? pass(lines.map(({ p }) => norm(p.text)).join(' / '), 'title lines upper case bold')
        : fail('chức vụ không in hoa đậm', 'title lines not upper case bold'),
      lines.every(({ p }) => sizesIn(p, s.signatureLines.sizeRange))
        ? pass(`cỡ ${sizeOf(lastLine.p)}`, 'size ok')
        : fail(`cỡ chức vụ ngoài ${fmtRange(s.signatureLines.sizeRange)}`, 'title size out of range'),
      gapPt >= s.signatureSpacePt / 2
        ? pass(`khoảng trống ký ${Math.round(gapPt)} pt`, `signature space ${Math.round(gapPt)} pt`)
        : fail(`khoảng trống ký chỉ ${Math.round(gapPt)} pt`, `signature space only ${Math.round(gapPt)} pt`),
      allBold(name.p) && sizesIn(name.p, s.signatureName.sizeRange)
        ? pass(`họ tên "${norm(name.p.text)}" đậm`, 'name bold')
        : fail('họ tên không đậm hoặc sai cỡ', 'name not bold or wrong size'),
      ACADEMIC.test(norm(name.p.text))
        ? fail('họ tên kèm học hàm, học vị', 'name carries an academic title')
        : pass('không học hàm, học vị', 'no academic title'),
    );
  },
};

function allParagraphs(m: DocxModel): ParaInfo[] {
  const out: ParaInfo[] = [];
  for (const e of m.body ?? []) {
    if (e.kind === 'paragraph') out.push(e.paragraph);
    else for (const r of e.rows) for (const c of r) out.push(...c.paragraphs);
  }
  return out;
}

/** Index range (in loc.main) of the trích yếu: the bold centred paragraphs after the type name. */
function summaryRange(loc: Located): { start: number; end: number } | null {
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
function bodyParagraphs(loc: Located): ParaInfo[] {
  const s = summaryRange(loc);
  const from = s ? s.end + 1 : 0;
  return loc.main.slice(from).filter((p) => norm(p.text) !== '');
}

function shareRule(paras: ParaInfo[], pred: (p: ParaInfo) => boolean, what: [string, string]): Outcome {
  if (paras.length === 0) return fail('không có nội dung', 'no body text');
  const good = paras.filter(pred).length;
  const share = good / paras.length;
  const pct = Math.round(share * 100);
  return share >= BODY_SHARE
    ? pass(`${good}/${paras.length} đoạn ${what[0]}`, `${good}/${paras.length} paragraphs ${what[1]}`)
    : fail(
        `chỉ ${good}/${paras.length} đoạn (${pct}%) ${what[0]}`,
        `only ${good}/${paras.length} paragraphs (${pct}%) ${what[1]}`,
      );
}

/**
 * Checks a Word file against Decree 30/2020/NĐ-CP, Appendix I, rule by rule. Works on any .docx (a
 * clerk checks files made elsewhere): a missing part fails its rules instead of crashing. Blanks left
 * for the clerk (number, day) pass. Throws AppError only when the bytes are not a readable package.
 */
export function verifyDocx(bytes: Uint8Array): VerifyReport {
  const model = readDocxModel(bytes);
  const loc = locate(model);
  return {
    rules: VERIFY_RULE_IDS.map((id) => {
      if (
        id !== 'package.document' &&
        !id.startsWith('package.') &&
        model.body === null &&
        id !== 'properties.core'
      ) {
        return {
          id,
          ok: false,
          detail: `không kiểm tra được: thiếu nội dung / not checked: no document body (${VERIFY_RULES[id][1]})`,
        };
      }
      try {
        const o = CHECKS[id](model, loc);
        return { id, ok: o.ok, detail: o.detail };
      } catch (e) {
        return { id, ok: false, detail: `lỗi khi kiểm tra / check failed: ${(e as Error).message}` };
      }
    }),
  };
}
