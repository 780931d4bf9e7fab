import { continuesName } from '../format/breakName.ts';
import { typeForCode } from '../citations/docTypes.ts';
import { symbolTypeCode, withoutVv } from '../legal/ownSymbol.ts';
import type { IssueDate } from '../model/issueDate.ts';
import { isValidDate } from '../model/issueDate.ts';
import type { Line } from './logicalLines.ts';
import { keepUnplaced, place } from './recogniseContext.ts';
import { isUpperLine, lineParagraph, parseIntOrNull, plainRuns } from './recogniseLines.ts';
import {
  AUTHORITY,
  CONG_VAN_SUMMARY,
  DECORATION,
  DRAFT_MARK,
  DRAFT_MARK_ONLY,
  LEGAL_BASIS,
  LINE_MAX,
  NUMBER_SYMBOL,
  PLACE_DATE,
  QUOC_HIEU,
  RECIPIENTS,
  SECTION_HEADING,
  SECTION_WORDS,
  TIEU_NGU,
  TITLE_MAX,
  TYPE_NAMES,
} from './recognisePatterns.ts';
import type { Recogniser } from './recogniser.ts';

// The opening zones of a plan: header (bodies, number, place and date, Quốc hiệu), the type name and
// trích yếu, then the căn cứ list and prose preamble, up to section I.

/**
 * Right under "KẾ HOẠCH", a line opening with "Thực hiện …" is the trích yếu, not the preamble, when
 * Word shows it as one (bold, centred) or when it reads as a title: short, and not ending the way a
 * preamble or a sentence does ("… như sau:", ".") or a list item does (";" ",").
 */
function looksLikeSummary(line: Line, text: string): boolean {
  if (line.bold && line.align === 'center') return true;
  return text.length <= 300 && !/[:;,.]\s*$/u.test(text);
}

// ── header zone: bodies, number, place and date, Quốc hiệu, until the type name ───────────────
export function headerLine(r: Recogniser, line: Line, text: string): void {
  const h = r.plan.header;
  if (r.congVanCell !== null && r.cell === r.congVanCell) {
    // "V/v triển khai thực hiện Công văn / số 3653/VPCP-CĐS / của Văn phòng Chính phủ": one trích yếu.
    r.plan.summary = `${r.plan.summary} ${text}`.slice(0, TITLE_MAX);
    r.summaryLines += 1;
    return place(r.ctx, line);
  }
  if (r.congVanCell !== null && !isUpperLine(text) && !PLACE_DATE.test(text) && !TIEU_NGU.test(text)) {
    // Past the V/v, a cell that is no header ("Kính gửi:" and its addressees) opens the text.
    r.congVanCell = null;
    return r.enter('summary', line);
  }
  if (QUOC_HIEU.test(text) || TIEU_NGU.test(text) || DECORATION.test(text)) return place(r.ctx, line);
  const written = text.toLocaleUpperCase('vi').replace(/\s+/gu, ' ');
  // "DỰ THẢO BÁO CÁO": a draft mark typed on the type name's line (web copies of drafts).
  const typeName = written.replace(/^(?:BẢN\s+)?DỰ\s+THẢO\s+/u, '');
  if (TYPE_NAMES.includes(typeName)) {
    if (typeName !== written) {
      // The source is a draft, as with the mark on a line of its own: the type name is the
      // document's, the mark goes back out as the draft export's own.
      r.ctx.sourceDraft = true;
      r.ctx.warnings.push({
        text,
        reason:
          'Dấu "dự thảo" trước tên loại: văn bản gốc là bản dự thảo; xuất bản dự thảo (--draft) sẽ vẽ lại dấu này / draft mark before the type name: the source is a draft; a draft export (--draft) draws its own mark',
      });
    }
    r.plan.typeName = typeName;
    r.typeNameSeen = true;
    if (!typeName.startsWith('KẾ HOẠCH')) notAPlan(r, text, typeName);
    place(r.ctx, line);
    r.state = 'summary';
    return;
  }
  // A công văn: no type-name line, its trích yếu "V/v …" sits under the number.
  if (CONG_VAN_SUMMARY.test(text)) {
    r.plan.typeName = '';
    r.typeNameSeen = true;
    notAPlan(r, text);
    r.plan.summary = withoutVv(text).slice(0, TITLE_MAX);
    r.summaryBold = line.bold;
    r.summaryLines = 1;
    r.congVanSummary = line;
    place(r.ctx, line);
    // In a header table, the other cells (Quốc hiệu, place and date) may still follow.
    if (r.cell) r.congVanCell = r.cell;
    else r.state = 'summary';
    return;
  }
  const ns = NUMBER_SYMBOL.exec(text);
  if (ns && h.symbol === '') {
    const digits = (ns[1] ?? '').replace(/\D/g, '');
    // Kept as written ("02"): the export pads anyway, and the checks must see a missing zero.
    h.number = digits.slice(0, 16);
    const rest = ns[2] ?? '';
    // The number and the place and date on one line ("Số: 134 /KH-UBND   Lào Cai, ngày 26 tháng
    // 3 năm 2026", a PDF or web copy of the two-column header): the symbol ends where the place starts.
    const split = SYMBOL_THEN_PLACE.exec(rest);
    const placeDate = split ? PLACE_DATE.exec((split[2] ?? '').trim()) : null;
    h.symbol = ((placeDate ? split?.[1] : rest) ?? '').replace(/\s+/g, '').slice(0, 64);
    if (placeDate && h.place === '') readPlaceDate(r, placeDate, text);
    return place(r.ctx, line);
  }
  const pd = PLACE_DATE.exec(text);
  if (pd && h.place === '') {
    readPlaceDate(r, pd, text);
    return place(r.ctx, line);
  }
  if (DRAFT_MARK_ONLY.test(text)) {
    // The draft's own boxed mark: handled, not plan text; a draft export draws its own mark.
    r.ctx.sourceDraft = true;
    r.ctx.warnings.push({
      text,
      reason:
        'Dấu "dự thảo" của văn bản gốc: xuất bản dự thảo (--draft) sẽ vẽ lại dấu này / the source\'s draft mark: a draft export (--draft) draws its own',
    });
    return place(r.ctx, line);
  }
  if (DRAFT_MARK.test(text)) {
    return keepUnplaced(
      r.ctx,
      line,
      'Dấu "dự thảo" không thuộc nội dung kế hoạch / draft mark is not plan content',
    );
  }
  if (SECTION_HEADING.test(text) && isUpperLine(text)) {
    return r.enter('body', line);
  }
  // "Kính gửi:" opens the text of a letter, even one copied without its header (a web copy).
  if (
    LEGAL_BASIS.test(text) ||
    /^(Thực hiện|Triển khai)(?!\p{L})/u.test(text) ||
    /^Kính\s+gửi\b/iu.test(text)
  ) {
    return r.enter('preamble', line);
  }
  if (isUpperLine(text) && text.length <= 200) {
    // The bodies stand above the number and the place and date. Capitals after both, in a copy
    // that lost its type-name line, are the Quyết định's authority (its căn cứ follow) or its
    // trích yếu ("BAN HÀNH QUY CHẾ …", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK").
    if (h.symbol !== '' && h.place !== '' && !r.typeNameSeen && r.headerUpper.length > 0) {
      if (AUTHORITY.test(text)) return r.enter('preamble', line);
      if (r.plan.summary === '') return r.enter('summary', line);
    }
    r.headerUpper.push(line);
    return;
  }
  r.headerOther.push(line);
}

/**
 * A symbol followed by other words: code groups ("KH-UBND", "TTr- CAT-PC04", "2019/QĐ-TTg") joined
 * by hyphens or slashes (spaces around them allowed), then a space and the rest of the line.
 */
const SYMBOL_THEN_PLACE = /^((?:[\p{L}\d&.]+(?:\s*[-/]\s*(?=[\p{L}\d]))?)+)\s+(\S.*)$/u;

/** The place and the issue date of a PLACE_DATE match; an impossible date keeps its month and year. */
function readPlaceDate(r: Recogniser, pd: RegExpExecArray, text: string): void {
  const h = r.plan.header;
  h.place = (pd[1] ?? '').trim();
  const day = parseIntOrNull(pd[2]);
  const month = parseIntOrNull(pd[3]);
  const year = parseIntOrNull(pd[4]);
  const date: IssueDate = {
    day: day !== null && day >= 1 && day <= 31 ? day : null,
    month: month !== null && month >= 1 && month <= 12 ? month : null,
    year: year !== null && year >= 1945 && year <= 2200 ? year : null,
  };
  if (
    date.day !== null &&
    date.month !== null &&
    date.year !== null &&
    !isValidDate(date.year, date.month, date.day)
  ) {
    r.ctx.warnings.push({
      text,
      reason: 'Ngày ban hành không tồn tại, đã bỏ ngày / impossible issue date, day dropped',
    });
    date.day = null;
  }
  h.issueDate = date;
}

/**
 * Says plainly what the export will do with a document that is not a plan: a công văn is laid out
 * as one ("V/v …" under its number); other types keep all their text but are printed in a plan's
 * layout, which the user must know before sending the export anywhere.
 */
function notAPlan(r: Recogniser, text: string, typeName = ''): void {
  r.ctx.warnings.push({
    text,
    reason:
      typeName === ''
        ? 'Công văn: bản xuất trình bày theo thể thức công văn ("V/v …" dưới số, ký hiệu; "Kính gửi" thành khối riêng dưới phần đầu) / an official letter (công văn): exported in its form ("V/v …" under the number; "Kính gửi" as its own block under the header)'
        : `Văn bản là ${typeName}, không phải kế hoạch: nhập đủ nội dung, nhưng bản xuất trình bày theo bố cục kế hoạch, chưa theo thể thức riêng của ${typeName.toLocaleLowerCase('vi')} / a ${typeName} rather than a plan: all its text is imported, but the export uses a plan's layout, not that type's own`,
  });
}

/**
 * A document without a type-name line: its symbol says what it is. A type code ("QĐ-UBND") names the
 * type, whose line was lost or never typed; an issuer-unit symbol ("STP-PBGDPL") is a công văn's,
 * which has no type name. Without a symbol it stays a plan.
 */
export function settleTypeName(r: Recogniser): void {
  if (r.typeNameSeen) return;
  const code = symbolTypeCode(r.plan.header.symbol);
  if (code === '') return;
  const type = typeForCode(code);
  const typeName = type === undefined ? '' : type.toLocaleUpperCase('vi');
  if (typeName.startsWith('KẾ HOẠCH')) return;
  r.plan.typeName = typeName;
  r.ctx.warnings.push({
    text: r.plan.header.symbol,
    reason:
      typeName === ''
        ? 'Không có dòng tên loại, ký hiệu dạng công văn: nhập như công văn / no type-name line and a công văn symbol: read as a công văn'
        : `Không có dòng tên loại; theo ký hiệu, đây là ${typeName} / no type-name line; by its symbol this is a ${type ?? ''}`,
  });
}

/** Upper-case lines before the type name: parent body, then issuing body. */
export function finishHeader(r: Recogniser): void {
  const h = r.plan.header;
  const ups = r.headerUpper;
  // A long name printed on two lines is one name: "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI", whether the
  // break is a line break (as PlanDraft prints it) or a new paragraph, if both lines look alike.
  const names: string[] = [];
  ups.forEach((l, i) => {
    const text = l.full.trim();
    const prev = ups[i - 1];
    const sameParagraph = prev !== undefined && prev.sources.join() === l.sources.join();
    const last = names[names.length - 1];
    if (
      prev !== undefined &&
      last !== undefined &&
      prev.bold === l.bold &&
      continuesName(prev.full, text, sameParagraph)
    )
      names[names.length - 1] = `${last} ${text}`;
    else names.push(text);
  });
  if (names.length === 1) {
    h.issuingBody = (names[0] ?? '').slice(0, LINE_MAX);
  } else if (names.length >= 2) {
    h.parentBody = (names[0] ?? '').slice(0, LINE_MAX);
    h.issuingBody = names.slice(1).join(' ').slice(0, LINE_MAX);
  }
  for (const l of ups) place(r.ctx, l);
  r.headerUpper = [];
  for (const l of r.headerOther) {
    keepUnplaced(
      r.ctx,
      l,
      'Không nhận ra dòng này ở phần đầu văn bản; giữ ở phần mở đầu / unrecognised header line, kept in the preamble',
    );
    r.plan.preamble.push({ runs: plainRuns(l.runs) });
  }
  r.headerOther = [];
}

// ── type name, trích yếu ────────────────────────────────────────────────────────────────────────
export function summaryLine(r: Recogniser, line: Line, text: string): void {
  if (DECORATION.test(text)) return place(r.ctx, line);
  const opensBody = SECTION_HEADING.test(text) && isUpperLine(text);
  // "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" under a Quyết định's trích yếu, bold and centred like it: the
  // authority that decides, which opens the căn cứ, never the rest of the trích yếu.
  if (r.summaryLines > 0 && isUpperLine(text) && AUTHORITY.test(text)) return r.enter('preamble', line);
  const opensPreamble =
    LEGAL_BASIS.test(text) ||
    (/^(Thực hiện|Triển khai|Căn cứ|Để|Nhằm)(?!\p{L})/u.test(text) &&
      !(r.summaryLines === 0 && looksLikeSummary(line, text)));
  if (r.summaryLines === 0 && !opensBody && !opensPreamble) {
    r.plan.summary = text.replace(/^V\/v\s*/u, '').slice(0, TITLE_MAX);
    r.summaryBold = line.bold;
    r.summaryLines = 1;
    return place(r.ctx, line);
  }
  // A công văn's V/v typed over centred lines under the number (not in a table).
  const vv = r.congVanSummary;
  if (
    vv !== null &&
    r.summaryLines > 0 &&
    r.summaryLines < 4 &&
    vv.align === 'center' &&
    line.align === 'center' &&
    !line.bold &&
    !opensBody &&
    !opensPreamble &&
    !isUpperLine(text) &&
    !/^Kính\s+gửi/iu.test(text) &&
    !PLACE_DATE.test(text) &&
    !RECIPIENTS.test(text)
  ) {
    r.plan.summary = `${r.plan.summary} ${text}`.slice(0, TITLE_MAX);
    r.summaryLines += 1;
    return place(r.ctx, line);
  }
  // A trích yếu in capitals over two lines of a copy without formatting (a web page, a PDF):
  // "BAN HÀNH QUY CHẾ … THEO DÕI TÌNH HÌNH" / "THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÒA BÌNH".
  if (
    r.summaryLines > 0 &&
    r.summaryLines < 4 &&
    !r.summaryBold &&
    !line.bold &&
    !opensBody &&
    !opensPreamble &&
    isUpperLine(r.plan.summary) &&
    isUpperLine(text) &&
    !/[.;:]$/u.test(r.plan.summary.trim())
  ) {
    r.plan.summary = `${r.plan.summary} ${text}`.slice(0, TITLE_MAX);
    r.summaryLines += 1;
    return place(r.ctx, line);
  }
  // A trích yếu typed over two lines: both bold and centred in Word.
  if (
    r.summaryLines > 0 &&
    r.summaryBold &&
    line.bold &&
    !opensBody &&
    !opensPreamble &&
    line.align === 'center'
  ) {
    r.plan.summary = `${r.plan.summary} ${text}`.slice(0, TITLE_MAX);
    r.summaryLines += 1;
    return place(r.ctx, line);
  }
  r.enter('preamble', line);
}

// ── căn cứ list and the prose preamble ──────────────────────────────────────────────────────────
export function preambleLine(r: Recogniser, line: Line, text: string): void {
  if (DECORATION.test(text)) return place(r.ctx, line);
  if ((SECTION_HEADING.test(text) && isUpperLine(text)) || (isUpperLine(text) && SECTION_WORDS.test(text))) {
    return r.enter('body', line);
  }
  if (RECIPIENTS.test(text)) {
    return r.enter('body', line);
  }
  if (LEGAL_BASIS.test(text) && r.plan.preamble.length === 0 && text.length <= TITLE_MAX) {
    r.plan.legalBases.push(text.replace(/[;.,]+$/u, '').trim());
    return place(r.ctx, line);
  }
  r.plan.preamble.push(lineParagraph(line));
  place(r.ctx, line);
}
