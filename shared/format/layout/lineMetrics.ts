import type { LayoutParagraph, LayoutRun } from './types.ts';

/**
 * Line heights as LibreOffice sets Times New Roman / Liberation Serif (the two share their metrics):
 * a single line is the font's ascent + descent + line gap (hhea 1825 + 443 + 87 of 2048 units, so
 * ≈ 1.15 em), rounded to a twip; "auto" line spacing multiplies it (1.15 lines of 14 pt = 370 twips =
 * 18.5 pt, as the rendered PDF shows); "exact" is the value itself. All lengths in twips.
 */
export const FONT_LINE_EM = (1825 + 443 + 87) / 2048;

/** A single line of `sizePt` text, in twips. */
export function singleLineTwip(sizePt: number): number {
  return Math.round(sizePt * 20 * FONT_LINE_EM);
}

/** The height of one line of a paragraph whose tallest run on that line is `sizePt`. */
export function lineHeightTwip(p: Pick<LayoutParagraph, 'spacing'>, sizePt: number): number {
  const { line, lineRule } = p.spacing;
  if (lineRule === 'exact' && line !== undefined) return line;
  const single = singleLineTwip(sizePt);
  if (line === undefined) return single;
  return Math.round((single * line) / 240);
}

/**
 * Extra height a boxed run adds to its line (the draft mark): the box's lines and their gaps above
 * and below the text.
 */
export function runBoxTwip(r: LayoutRun): number {
  if (!r.box) return 0;
  return Math.round(2 * (r.box.widthEighths / 8 + r.box.spacePt) * 20);
}

/** Extra height the boxed runs of a line add to it (the tallest box). */
export function lineBoxTwip(runs: readonly LayoutRun[]): number {
  return runs.reduce((a, r) => Math.max(a, runBoxTwip(r)), 0);
}
