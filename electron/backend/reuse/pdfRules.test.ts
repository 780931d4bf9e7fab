import { describe, expect, it } from 'vitest';
import { pageRules, type PathOps } from './pdfRules.ts';

// The paths pdfjs lays out for the borders of a task table printed to PDF by LibreOffice (the
// Phụ lục of test/fixtures/real/lamdong-kh-cchc-2026.docx): [paint op, path data, bounding box].

const OPS: PathOps = {
  beginAnnotation: 80,
  endAnnotation: 81,
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
};
const STROKE = 20;
const path = (x0: number, y0: number, x1: number, y1: number): [number, unknown] => [
  OPS.constructPath,
  [STROKE, [new Float32Array([0, x0, y0, 1, x1, y1])], new Float32Array([x0, y0, x1, y1])],
];
const list = (ops: [number, unknown][]) => ({
  fnArray: ops.map((o) => o[0]),
  argsArray: ops.map((o) => o[1]),
});

describe('pageRules', () => {
  it('keeps the thin paths across and down the page as rules, in page units', () => {
    const rules = pageRules(
      OPS,
      list([
        // The page's background: a box, no rule.
        [OPS.constructPath, [28, [new Float32Array(0)], new Float32Array([0, 0.028, 841.86, 595.3])]],
        path(56.45, 509.953, 801.25, 509.953),
        path(106.3, 57.203, 106.3, 509.703),
        // A tick too short to be a border.
        path(300, 300, 303, 300),
      ]),
    );
    expect(rules).toEqual([
      {
        x0: expect.closeTo(56.45, 3),
        x1: 801.25,
        y0: expect.closeTo(509.953, 3),
        y1: expect.closeTo(509.953, 3),
      },
      {
        x0: expect.closeTo(106.3, 3),
        x1: expect.closeTo(106.3, 3),
        y0: expect.closeTo(57.203, 3),
        y1: expect.closeTo(509.703, 3),
      },
    ]);
  });

  it('follows the transforms, and leaves out what an annotation draws', () => {
    const rules = pageRules(
      OPS,
      list([
        [OPS.save, null],
        [OPS.transform, [1, 0, 0, 1, 10, 20]],
        path(0, 0, 100, 0),
        [OPS.restore, null],
        path(0, 0, 0, 50),
        [OPS.beginAnnotation, ['12R', [0, 0, 100, 30], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false]],
        path(0, 0, 100, 0),
        [OPS.endAnnotation, []],
      ]),
    );
    expect(rules).toEqual([
      { x0: 10, x1: 110, y0: 20, y1: 20 },
      { x0: 0, x1: 0, y0: 0, y1: 50 },
    ]);
  });
});
