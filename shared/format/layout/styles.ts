import type { Run } from '../../model/richText.ts';
import { ND30, type TextStyle } from '../nd30.ts';
import { cased } from '../nd30Text.ts';
import { cmToTwip, linesToAuto, mmToTwip, ptToEighths, ptToTwip } from '../units.ts';
import type { LayoutParagraph, LayoutRun, Spacing } from './types.ts';

/** A run set in a spec style; `extra` carries the rich-text marks of a typed run. */
export function styledRun(text: string, s: TextStyle, extra: Partial<LayoutRun> = {}): LayoutRun {
  return { text: cased(text, s), sizePt: s.sizePt, bold: s.bold, italic: s.italic, ...extra };
}

/** Runs of typed rich text, in a spec style, keeping the drafter's bold/italic/underline. */
export function richRuns(runs: readonly Run[], s: TextStyle): LayoutRun[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) =>
      styledRun(r.text, s, {
        bold: s.bold || r.bold === true,
        italic: s.italic || r.italic === true,
        ...(r.underline ? { underline: true } : {}),
      }),
    );
}

/** Spacing of a single-spaced header/footer line. */
export const TIGHT: Spacing = { before: 0, after: 0, line: linesToAuto(1), lineRule: 'auto' };

/** Body paragraph: justified (or the style's alignment), 1.27 cm first line, spec spacing. */
export function bodyParagraph(
  role: LayoutParagraph['role'],
  runs: LayoutRun[],
  s: TextStyle = ND30.body,
  keepNext = false,
): LayoutParagraph {
  const b = ND30.body;
  return {
    type: 'paragraph',
    role,
    align: s.align,
    indent: { firstLine: cmToTwip(b.firstLineCm) },
    spacing: {
      before: ptToTwip(b.beforePt),
      after: ptToTwip(b.afterPt),
      line: linesToAuto(b.lineSpacing),
      lineRule: 'auto',
    },
    ...(keepNext ? { keepNext: true } : {}),
    runs,
  };
}

/**
 * A drawn line of `lengthMm`, centred in `availableMm`: an empty paragraph whose bottom border is
 * bounded by its indents. Never typed underscores (NĐ 30 asks for a line of a given length).
 */
export function ruleParagraph(lengthMm: number, availableMm: number, afterPt = 0): LayoutParagraph {
  const side = Math.max(0, (availableMm - lengthMm) / 2);
  return {
    type: 'paragraph',
    role: 'rule',
    align: 'center',
    indent: { left: mmToTwip(side), right: mmToTwip(side) },
    spacing: { before: 0, after: ptToTwip(afterPt), line: ptToTwip(ND30.rule.heightPt), lineRule: 'exact' },
    bottomBorder: { widthEighths: ptToEighths(ND30.rule.widthPt), color: ND30.font.color, space: 0 },
    runs: [],
  };
}

/**
 * A paragraph of a name printed on the given lines (headerLayout, the signature), one run per line
 * joined by line breaks, so that the name stays one paragraph for Word, the verifier and import.
 */
export function linesParagraph(
  lines: readonly string[],
  s: TextStyle,
  options: { spacing?: Spacing } = {},
): LayoutParagraph {
  return {
    type: 'paragraph',
    role: 'line',
    align: s.align,
    spacing: options.spacing ?? TIGHT,
    runs: lines.map((l, i) => styledRun(l, s, i > 0 ? { breakBefore: true } : {})),
  };
}

/** A paragraph of one styled text, tight spacing (header, footer and title lines). */
export function lineParagraph(
  text: string,
  s: TextStyle,
  options: { spacing?: Spacing; keepNext?: boolean; role?: LayoutParagraph['role'] } = {},
): LayoutParagraph {
  return {
    type: 'paragraph',
    role: options.role ?? 'line',
    align: s.align,
    spacing: options.spacing ?? TIGHT,
    ...(options.keepNext ? { keepNext: true } : {}),
    runs: [styledRun(text, s)],
  };
}
