import type { Range } from '../format/nd30.ts';
import { textWidthPt } from '../format/textWidth.ts';
import { twipToPt } from '../format/units.ts';
import type { CellInfo, ParaInfo } from './docxModel.ts';

// How a paragraph of the read-back model looks once formatting is resolved: its text, case, weight,
// size and width, and the line drawn under it. What the rules measure.

/** Word's size when nothing sets one (w:sz absent everywhere). */
export const WORD_DEFAULT_SIZE_PT = 10;
/** Rounding slack when reading back lengths, mm / pt. */
export const LENGTH_SLACK = 0.05;
export const SIZE_SLACK_PT = 0.25;

export function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
export function isUpper(text: string): boolean {
  return text === text.toLocaleUpperCase('vi');
}
export function textRuns(p: ParaInfo): ParaInfo['runs'] {
  return p.runs.filter((r) => r.text.trim() !== '');
}
export function allBold(p: ParaInfo): boolean {
  const runs = textRuns(p);
  return runs.length > 0 && runs.every((r) => r.bold);
}
export function allItalic(p: ParaInfo): boolean {
  const runs = textRuns(p);
  return runs.length > 0 && runs.every((r) => r.italic);
}
export function sizeOf(p: ParaInfo): number {
  return textRuns(p)[0]?.sizePt ?? WORD_DEFAULT_SIZE_PT;
}
export function sizesIn(p: ParaInfo, range: Range): boolean {
  return textRuns(p).every((r) => inRange(r.sizePt ?? WORD_DEFAULT_SIZE_PT, range, SIZE_SLACK_PT));
}
export function inRange(v: number, r: Range, slack = 0): boolean {
  return v >= r.min - slack && v <= r.max + slack;
}
export function fmtRange(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}
/** Printed width of a paragraph, pt: of its longest line when line breaks split it (a long name). */
export function widthOf(p: ParaInfo): number {
  const size = sizeOf(p);
  const bold = allBold(p);
  const italic = allItalic(p);
  return Math.max(...p.text.split('\n').map((line) => textWidthPt(norm(line), size, bold, italic)));
}
export function cellInnerPt(cell: CellInfo | undefined, pageTextPt: number, p?: ParaInfo): number {
  const w = cell?.widthTwip;
  const base =
    w === undefined ? pageTextPt : twipToPt(w - (cell?.marginLeftTwip ?? 0) - (cell?.marginRightTwip ?? 0));
  return base - twipToPt((p?.leftTwip ?? 0) + (p?.rightTwip ?? 0));
}

/** Length of the line drawn under paragraph `i` of a list, pt, or null when there is none. */
export function lineUnder(paras: ParaInfo[], i: number, innerPt: number): number | null {
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
