import type { PdfRule } from '../../../shared/import/pdfTables.ts';
import type { OperatorList } from './pdfAnnotationItems.ts';
import { IDENTITY, numbers, times, type Matrix } from './pdfMatrix.ts';

// The straight rules a page draws (issue 10, point 4): a table's borders, from the page's operator
// list. pdfjs gives each path with its bounding box; a path whose box is a thin line, across or
// down, is a rule. The page's transforms are followed so that rules and text share the page's units.

export interface PathOps {
  beginAnnotation: number;
  endAnnotation: number;
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** Thinner than this (PDF units) across, a path is a line. */
const THIN = 2;
/** Shorter than this, a line is a tick or a glyph's stroke, no border. */
const MIN_LENGTH = 8;

/** The rules of one page: horizontal and vertical thin paths, in page units. */
export function pageRules(ops: PathOps, list: OperatorList): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let annotation = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    // A field's or a stamp's own drawing is no border of the page's tables.
    if (fn === ops.beginAnnotation) annotation++;
    else if (fn === ops.endAnnotation) annotation = Math.max(0, annotation - 1);
    if (annotation > 0) continue;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      const m = numbers(args, 6);
      if (m) ctm = times(ctm, m as Matrix);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = numbers(args[0], 6);
      if (m) ctm = times(ctm, m as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const box = numbers(args[2], 4);
      if (!box) continue;
      // Only turns by right angles and scales keep a box a box: enough for a table's borders.
      if (Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6) continue;
      const xs = [box[0] ?? 0, box[2] ?? 0].map((x) => ctm[0] * x + ctm[4]);
      const ys = [box[1] ?? 0, box[3] ?? 0].map((y) => ctm[3] * y + ctm[5]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH)
        rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
      else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH)
        rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
    }
  }
  return rules;
}
