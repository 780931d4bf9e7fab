import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { Run } from '../model/richText.ts';
import { ND30, type TextStyle } from '../format/nd30.ts';
import { cased } from '../format/nd30Text.ts';
import { cmToTwip, linesToAuto, mmToTwip, ptToEighths, ptToHalfPt, ptToTwip } from '../format/units.ts';

/** docx values derived from the spec; nothing here carries a number of its own. */
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function alignment(s: Pick<TextStyle, 'align'>): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return ALIGN[s.align];
}

/** A run set in a spec style; `extra` carries the rich-text marks of a typed run. */
export function styledRun(text: string, s: TextStyle, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text: cased(text, s),
    size: ptToHalfPt(s.sizePt),
    bold: s.bold,
    italics: s.italic,
    ...extra,
  });
}

/** Runs of typed rich text, in a spec style, keeping the drafter's bold/italic/underline. */
export function richRuns(runs: readonly Run[], s: TextStyle): TextRun[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) =>
      styledRun(r.text, s, {
        bold: s.bold || r.bold === true,
        italics: s.italic || r.italic === true,
        ...(r.underline ? { underline: {} } : {}),
      }),
    );
}

/** Spacing of a single-spaced header/footer line. */
export const TIGHT = { before: 0, after: 0, line: linesToAuto(1), lineRule: LineRuleType.AUTO } as const;

/** Body paragraph formatting: justified, 1.27 cm first line, 6 pt after, spec line spacing. */
export function bodyParagraphOptions(
  s: TextStyle = ND30.body,
): Pick<IParagraphOptions, 'alignment' | 'indent' | 'spacing'> {
  const b = ND30.body;
  return {
    alignment: alignment(s),
    indent: { firstLine: cmToTwip(b.firstLineCm) },
    spacing: {
      before: ptToTwip(b.beforePt),
      after: ptToTwip(b.afterPt),
      line: linesToAuto(b.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
  };
}

/**
 * A drawn line of `lengthMm`, centred in `availableMm`: an empty paragraph whose bottom border is
 * bounded by its indents. Never typed underscores (NĐ 30 asks for a line of a given length).
 */
export function ruleParagraph(lengthMm: number, availableMm: number, afterPt = 0): Paragraph {
  const side = Math.max(0, (availableMm - lengthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: mmToTwip(side), right: mmToTwip(side) },
    spacing: {
      before: 0,
      after: ptToTwip(afterPt),
      line: ptToTwip(ND30.rule.heightPt),
      lineRule: LineRuleType.EXACT,
    },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: ptToEighths(ND30.rule.widthPt),
        color: ND30.font.color,
        space: 0,
      },
    },
    children: [],
  });
}

/** A paragraph of one styled text, tight spacing (header, footer and title lines). */
export function lineParagraph(
  text: string,
  s: TextStyle,
  options: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    alignment: alignment(s),
    spacing: TIGHT,
    ...options,
    children: [styledRun(text, s)],
  });
}
