import type { PdfTextItem } from '../../../shared/import/pdfLines.ts';
import { IDENTITY, matrix, times, type Matrix } from './pdfMatrix.ts';

// The text drawn by a page's annotations (issue 10, point 4). A signed PDF often carries its number
// and its day in the appearance of a signature field stamped over the blank the draft left
// ("Số:      /TTr-SNV" with "666" drawn by the field): pdfjs's getTextContent reads the page's own
// content only, so that text would be lost. pdfjs lays the annotations' appearances out in the page's
// operator list (AnnotationMode.ENABLE); this follows the few operators that place text there —
// transforms, the text matrix, the font and the glyphs shown — and gives each run of glyphs as a
// positioned piece of text, in the page's units like getTextContent's.

/** The operator codes this reads (pdfjs's OPS, passed in so that this file stays free of pdfjs). */
export interface TextOps {
  beginAnnotation: number;
  endAnnotation: number;
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeading: number;
  setLeadingMoveText: number;
  nextLine: number;
  setHScale: number;
  showText: number;
  showSpacedText: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A glyph as pdfjs's operator list carries it (a number in the array is a spacing adjustment). */
interface Glyph {
  unicode?: unknown;
  width?: unknown;
}

const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/**
 * The pieces of text the annotations of one page draw. `fontScale` gives a font's glyph-space scale
 * (its font matrix's first entry; 0.001 for all but Type 3 fonts).
 */
export function annotationTextItems(
  ops: TextOps,
  list: OperatorList,
  fontScale: (font: string) => number = () => 0.001,
): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let depth = 0;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  let leading = 0;
  let hScale = 1;
  let font = '';
  let size = 0;
  const move = (dx: number, dy: number): void => {
    lineX += dx;
    lineY += dy;
    x = lineX;
    y = lineY;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (fn === ops.beginAnnotation) {
      if (depth === 0) {
        stack.length = 0;
        // The annotation's rectangle, then its appearance's own matrix.
        ctm = times(matrix(args[2]) ?? IDENTITY, matrix(args[3]) ?? IDENTITY);
      }
      depth++;
      continue;
    }
    if (fn === ops.endAnnotation) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0) continue;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = times(ctm, matrix(args) ?? IDENTITY);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = times(ctm, matrix(args[0]) ?? IDENTITY);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.beginText) {
      tm = IDENTITY;
      x = y = lineX = lineY = 0;
    } else if (fn === ops.setTextMatrix) {
      tm = matrix(args[0]) ?? matrix(args) ?? IDENTITY;
      x = y = lineX = lineY = 0;
    } else if (fn === ops.setFont) {
      font = typeof args[0] === 'string' ? args[0] : '';
      size = Math.abs(num(args[1]));
    } else if (fn === ops.moveText) move(num(args[0]), num(args[1]));
    else if (fn === ops.setLeading) leading = -num(args[0]);
    else if (fn === ops.setLeadingMoveText) {
      leading = num(args[1]);
      move(num(args[0]), num(args[1]));
    } else if (fn === ops.nextLine) move(0, leading);
    else if (fn === ops.setHScale) hScale = num(args[0], 100) / 100;
    else if (fn === ops.showText || fn === ops.showSpacedText) {
      const glyphs = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
      const scale = size * fontScale(font);
      let str = '';
      let advance = 0;
      for (const g of glyphs) {
        if (typeof g === 'number') advance -= (g * size) / 1000;
        else if (g !== null && typeof g === 'object') {
          const glyph = g as Glyph;
          if (typeof glyph.unicode === 'string') str += glyph.unicode;
          advance += num(glyph.width) * scale;
        }
      }
      const m = times(ctm, times(tm, [1, 0, 0, 1, x, y]));
      const width = advance * hScale;
      x += width;
      // Turned text (a rotated stamp) is not part of the lines of the page, as in readPdf.
      if (str.trim() === '' || Math.abs(m[1]) > Math.abs(m[0]) * 0.1) continue;
      items.push({
        str,
        x: m[4],
        y: m[5],
        width: width * Math.hypot(m[0], m[1]),
        size: size * Math.abs(m[3]),
        font,
      });
    }
  }
  return items;
}
