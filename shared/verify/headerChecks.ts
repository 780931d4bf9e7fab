import { ND30 } from '../format/nd30.ts';
import {
  bodies,
  DATE_LINE,
  findInCells,
  headerCells,
  isQuocHieu,
  NO_HEADER,
  NUMBER_LINE,
  TIEU_NGU,
  type Check,
} from './locate.ts';
import { allBold, allItalic, cellInnerPt, isUpper, lineUnder, norm, widthOf } from './paraFormat.ts';
import {
  boldOutcome,
  combine,
  fail,
  lineRatioOutcome,
  pass,
  sizeOutcome,
  upperOutcome,
} from './verifyOutcome.ts';
import type { VerifyRuleId } from './verifyRules.ts';

/** The header table: issuing and parent bodies, Quốc hiệu, Tiêu ngữ, number and symbol, place and date. */
export const HEADER_CHECKS = {
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
      upperOutcome(p),
      !allBold(p) ? pass('không đậm', 'not bold') : fail('đang in đậm', 'is bold'),
      sizeOutcome(p, s.sizeRange),
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
      upperOutcome(p),
      boldOutcome(p),
      sizeOutcome(p, s.sizeRange),
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
      boldOutcome(p),
      sizeOutcome(p, s.sizeRange),
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
      boldOutcome(p),
      sizeOutcome(p, s.sizeRange),
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
      sizeOutcome(p, s.sizeRange),
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
      sizeOutcome(p, s.sizeRange),
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
} satisfies Partial<Record<VerifyRuleId, Check>>;
