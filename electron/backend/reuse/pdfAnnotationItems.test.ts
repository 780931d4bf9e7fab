import { describe, expect, it } from 'vitest';
import { annotationTextItems, type TextOps } from './pdfAnnotationItems.ts';

// The operator list pdfjs lays out for the signature fields of a signed Tờ trình of the real
// corpus (test/fixtures/real/lamdong-snv-tt-kh-cchc-2026.pdf), cut down to the operators that
// place text: the number field over "Số:      /TTr-SNV" and the day field over "ngày      tháng".

const OPS: TextOps = {
  beginAnnotation: 80,
  endAnnotation: 81,
  save: 10,
  restore: 11,
  transform: 12,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginText: 31,
  setFont: 37,
  setTextMatrix: 42,
  moveText: 40,
  setLeading: 36,
  setLeadingMoveText: 41,
  nextLine: 43,
  setHScale: 35,
  showText: 44,
  showSpacedText: 45,
};
const IDENTITY = [1, 0, 0, 1, 0, 0];
const glyphs = (text: string, width = 500): unknown[] =>
  Array.from(text).map((unicode) => ({ unicode, width }));

/** One field: its rectangle's transform, a form, and the text shown in it. */
function field(
  x: number,
  y: number,
  text: unknown[],
  textMatrix = [1, 0, 0, 1, 2, 5.3],
): [number, unknown][] {
  return [
    [OPS.beginAnnotation, ['138R', [x, y, x + 198, y + 29], [1, 0, 0, 1, x, y], IDENTITY, false]],
    [OPS.save, null],
    [OPS.transform, IDENTITY],
    [OPS.paintFormXObjectBegin, [IDENTITY, [0, 0, 198, 29]]],
    [OPS.beginText, null],
    [OPS.setTextMatrix, [textMatrix]],
    [OPS.setFont, ['g_d0_f9', 13]],
    [OPS.showText, [text]],
    [OPS.paintFormXObjectEnd, []],
    [OPS.restore, null],
    [OPS.endAnnotation, []],
  ];
}

const list = (ops: [number, unknown][]) => ({
  fnArray: ops.map((o) => o[0]),
  argsArray: ops.map((o) => o[1]),
});

describe('annotationTextItems', () => {
  it("places the number and the day the fields draw in the page's units", () => {
    const items = annotationTextItems(
      OPS,
      list([
        // The page's own text: read by getTextContent already, not here.
        [OPS.beginText, null],
        [OPS.setFont, ['g_d0_f1', 14]],
        [OPS.showText, [glyphs('Số:')]],
        ...field(129, 727, glyphs(' 666')),
        // Italic: the text matrix is skewed, not turned.
        ...field(383, 725, glyphs('22'), [1, 0, 0.21256, 1, 2, 5.3]),
      ]),
    );
    expect(items).toEqual([
      { str: ' 666', x: 131, y: 732.3, width: expect.closeTo(26), size: 13, font: 'g_d0_f9' },
      { str: '22', x: 385, y: 730.3, width: expect.closeTo(13), size: 13, font: 'g_d0_f9' },
    ]);
  });

  it('follows spacing in the glyph array and leaves out turned text and blank runs', () => {
    const items = annotationTextItems(
      OPS,
      list([
        ...field(100, 700, [...glyphs('12'), -1000, ...glyphs('ab')]),
        ...field(100, 600, glyphs('   ')),
        ...field(100, 500, glyphs('ĐÃ KÝ'), [0, 1, -1, 0, 2, 2]),
      ]),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ str: '12ab', x: 102, width: expect.closeTo(39) });
  });
});
