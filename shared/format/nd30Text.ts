import type { Header, TaskFields, TaskLabels } from '../model/plan.ts';
import { formatLongDate } from '../model/issueDate.ts';
import { ND30, textWidthMm, type TaskFieldKey, type TextStyle } from './nd30.ts';
import { breakName } from './breakName.ts';
import { textWidthPt } from './textWidth.ts';
import { ptToMm } from './units.ts';

/**
 * What the document prints, derived from the plan by the NĐ 30 rules. The exporter and the preview
 * both call these, so the Word file and the screen can never disagree on a character.
 */

/** Upper-cases a text when its style says so (Vietnamese locale: "đ" → "Đ"). */
export function cased(text: string, s: Pick<TextStyle, 'upper'>): string {
  return s.upper ? text.toLocaleUpperCase('vi') : text;
}

/** NĐ 30: numbers under 10 take a leading zero ("05"). */
export function padDocNumber(number: string): string {
  const n = Number.parseInt(number, 10);
  if (!Number.isFinite(n)) return number;
  return n < 10 ? `0${n}` : String(n);
}

/** "Số: 05/KH-UBND", or "Số:        /KH-BCĐ" with a blank for the clerk before issue. */
export function numberSymbolLine(h: Pick<Header, 'number' | 'symbol'>): string {
  const { label } = ND30.header.numberSymbol;
  const symbol = h.symbol.replace(/\s+/g, '');
  if (h.number.trim() === '') return `${label}${ND30.header.numberBlank}/${symbol}`;
  return `${label} ${padDocNumber(h.number.trim())}/${symbol}`;
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2021" with blanks where the clerk will write. */
export function placeDateLine(h: Pick<Header, 'place' | 'issueDate'>): string {
  const place = h.place.trim();
  const date = formatLongDate(h.issueDate);
  return place ? `${place}, ${date}` : date;
}

/** The căn cứ list: `;` after each basis, `.` after the last (whatever the drafter typed there). */
export function legalBasisLines(bases: readonly string[]): string[] {
  const { separator, terminator } = ND30.legalBasis;
  return bases.map((b, i) => {
    const core = b.trim().replace(/[;.,]+$/u, '');
    return core + (i === bases.length - 1 ? terminator : separator);
  });
}

/** Adds a final "." to a task field only when the drafter left no terminal punctuation. */
export function withFinalMark(value: string): string {
  const v = value.trim();
  if (v === '') return v;
  const last = v[v.length - 1] ?? '';
  return ND30.task.terminalPunctuation.includes(last) ? v : v + ND30.task.finalMark;
}

/** "- Cơ quan chủ trì: Sở Tư pháp." for each field the task has, in the seed's order. */
export function taskFieldLines(
  fields: TaskFields | undefined,
  labels: TaskLabels = {},
): Array<{ key: TaskFieldKey; label: string; value: string }> {
  if (!fields) return [];
  const out: Array<{ key: TaskFieldKey; label: string; value: string }> = [];
  for (const f of ND30.task.fields) {
    const v = fields[f.key];
    if (v === null || v.trim() === '') continue;
    // The plan's own label ("Đơn vị chủ trì") where it has one, else NĐ 30's usual wording.
    const label = labels[f.key]?.trim() || f.label;
    out.push({ key: f.key, label: `${ND30.task.bullet}${label}: `, value: withFinalMark(v) });
  }
  return out;
}

/** "- TT. Tỉnh ủy;" — adds the "- " and a missing ";" but keeps what was typed. */
export function recipientLine(entry: string): string {
  const { bullet, separator } = ND30.footer.recipientsList;
  const e = entry.trim().replace(/^[-–]\s*/u, '');
  return bullet + (e.endsWith(separator) || e.endsWith('.') ? e : e + separator);
}

/**
 * "- Lưu: VT, THNC (HTMĐ)." as typed after "Lưu:". A final copy ends with the "." the line requires
 * even when it was typed without it (as recipients get their ";"); a draft shows what was typed, so
 * the check's warning points at what the drafter sees.
 */
export function archiveLine(archive: string, final = false): string {
  const a = archive
    .trim()
    .replace(/^[-–]\s*/u, '')
    .replace(/^Lưu:\s*/u, '');
  const end = final && a !== '' && !a.endsWith('.') ? '.' : '';
  return `${ND30.footer.recipientsList.bullet}${ND30.footer.archivePrefix}${a}${end}`;
}

/** Width in mm of a text set in the given style. */
export function styledWidthMm(text: string, s: TextStyle): number {
  return ptToMm(textWidthPt(cased(text, s), s.sizePt, s.bold, s.italic));
}

export interface HeaderLayout {
  /** Whole table width, mm (may exceed the text width by `outdentMm`). */
  tableMm: number;
  leftMm: number;
  rightMm: number;
  /** How far the table starts left of the text area. */
  outdentMm: number;
  /** The parent body's printed lines (cased), broken between word groups when it is too long. */
  parentLines: string[];
  /** The issuing body's printed lines (cased). */
  issuingLines: string[];
  /** Under the issuing body, a fraction of its longest line. */
  issuingRuleMm: number;
  tieuNguRuleMm: number;
}

/** A name's printed lines in a style for a column `maxMm` wide (breakName), cased as printed. */
export function nameLines(name: string, s: TextStyle, maxMm: number): string[] {
  const printed = cased(name.trim(), s);
  if (printed === '') return [];
  return breakName(printed, (line) => styledWidthMm(line, s), maxMm);
}

/** Width of the longest of some lines, mm. */
export function longestLineMm(lines: readonly string[], s: TextStyle): number {
  return Math.max(0, ...lines.map((l) => styledWidthMm(l, s)));
}

/**
 * Column widths of the header table, measured: the right column holds the Quốc hiệu on one line;
 * the left one gets the rest, and reaches into the left margin (never more than the spec allows)
 * when a body's name needs it. A name that does not fit the widest left column is broken between
 * its word groups ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"), and the column is then sized to its longest line.
 */
export function headerLayout(h: Pick<Header, 'parentBody' | 'issuingBody'>): HeaderLayout {
  const t = ND30.header.table;
  const hs = ND30.header;
  const rightMm = Math.ceil(styledWidthMm(hs.quocHieu.text, hs.quocHieu) + t.rightSlackMm);
  const text = textWidthMm();
  const baseLeft = text - rightMm;
  // The room a name may take on one line: the widest left column, less its margins and slack.
  const slackMm = 2 * t.cellMarginMm + 2;
  const roomMm = baseLeft + t.maxOutdentMm - slackMm;
  const parentLines = nameLines(h.parentBody, hs.parentBody, roomMm);
  const issuingLines = nameLines(h.issuingBody, hs.issuingBody, roomMm);
  const names = Math.max(
    longestLineMm(parentLines, hs.parentBody),
    longestLineMm(issuingLines, hs.issuingBody),
    styledWidthMm(numberSymbolLine({ number: '00', symbol: 'KH' }), hs.numberSymbol),
  );
  const neededLeft = Math.ceil(Math.max(t.leftMinMm, names + slackMm));
  const outdentMm = Math.min(t.maxOutdentMm, Math.max(0, neededLeft - baseLeft));
  const leftMm = baseLeft + outdentMm;
  return {
    tableMm: leftMm + rightMm,
    leftMm,
    rightMm,
    outdentMm,
    parentLines,
    issuingLines,
    issuingRuleMm: longestLineMm(issuingLines, hs.issuingBody) * hs.issuingBodyRule.fraction,
    tieuNguRuleMm: styledWidthMm(hs.tieuNgu.text, hs.tieuNgu) * hs.tieuNguRule.fraction,
  };
}

/** Length of the line under the trích yếu: a fraction of its longest printed line. */
export function summaryRuleMm(summary: string): number {
  const s = ND30.title.summary;
  const full = styledWidthMm(summary, s);
  const longestLine = Math.min(full, textWidthMm());
  return longestLine * ND30.title.summaryRule.fraction;
}

/** "Dự thảo lần 3 — 05/01/2021 14:30" for the draft mark; parts left out when unknown. */
export function draftCaption(
  revision: number | null | undefined,
  exportedAt: string | null | undefined,
): string {
  const parts: string[] = [];
  if (revision !== null && revision !== undefined) parts.push(`Lần ${revision}`);
  if (exportedAt) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(exportedAt);
    if (m) parts.push(`${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`);
  }
  return parts.join(' — ');
}
