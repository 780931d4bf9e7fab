import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type IParagraphOptions,
  type ISpacingProperties,
  type ITableBordersOptions,
} from 'docx';
import type {
  Align,
  LayoutBlock,
  LayoutCell,
  LayoutParagraph,
  LayoutRow,
  LayoutRun,
  LayoutTable,
  Spacing,
} from '../format/layout/types.ts';
import { ptToHalfPt } from '../format/units.ts';

/**
 * What the document's styles already say (word/styles.xml): the document-default run size and the
 * body paragraph style. A run or paragraph writes only what differs from them, as Word itself does
 * (issue 13: a run property per run was most of the file and of the export's time).
 */
export interface DocxStyleSheet {
  defaultSizePt: number;
  /** The paragraph style body paragraphs refer to, with the formatting it holds. */
  body: { id: string; format: ParagraphFormat };
}

export type ParagraphFormat = Pick<LayoutParagraph, 'align' | 'indent' | 'spacing'>;

/**
 * The docx builder map over the printed layout: one docx object per layout element, nothing decided
 * here (every size and spacing comes from the layout, which took it from the NĐ 30 spec).
 */
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * Bold and italic are written only when on: no style of the document sets them, so off is what a
 * run inherits (§17.7.3). The size only when it is not the document default.
 */
function docxRun(r: LayoutRun, sheet: DocxStyleSheet): TextRun {
  const size = r.sizePt === sheet.defaultSizePt ? {} : { size: ptToHalfPt(r.sizePt) };
  const bold = r.bold ? { bold: true } : {};
  if (r.field === 'page') return new TextRun({ children: [PageNumber.CURRENT], ...size, ...bold });
  return new TextRun({
    text: r.text,
    ...(r.breakBefore ? { break: 1 } : {}),
    ...size,
    ...bold,
    ...(r.italic ? { italics: true } : {}),
    ...(r.underline ? { underline: {} } : {}),
    ...(r.box
      ? {
          border: {
            style: BorderStyle.SINGLE,
            size: r.box.widthEighths,
            color: r.box.color,
            space: r.box.spacePt,
          },
        }
      : {}),
  });
}

export function docxSpacing(s: Spacing): ISpacingProperties {
  return {
    ...(s.before !== undefined ? { before: s.before } : {}),
    ...(s.after !== undefined ? { after: s.after } : {}),
    ...(s.line !== undefined ? { line: s.line } : {}),
    ...(s.lineRule ? { lineRule: s.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO } : {}),
  };
}

export function docxAlignment(a: Align): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return ALIGN[a];
}

/** Same alignment, indents and spacing, an absent value equal only to an absent one. */
function sameFormat(p: ParagraphFormat, q: ParagraphFormat): boolean {
  const a = p.indent ?? {};
  const b = q.indent ?? {};
  const s = p.spacing;
  const t = q.spacing;
  return (
    p.align === q.align &&
    a.firstLine === b.firstLine &&
    a.left === b.left &&
    a.right === b.right &&
    s.before === t.before &&
    s.after === t.after &&
    s.line === t.line &&
    s.lineRule === t.lineRule
  );
}

/** A body paragraph names its style and writes only keep-with-next; any other writes its format. */
export function docxParagraph(p: LayoutParagraph, sheet: DocxStyleSheet): Paragraph {
  const children = p.runs.map((r) => docxRun(r, sheet));
  const keepNext = p.keepNext ? { keepNext: true } : {};
  if (!p.bottomBorder && sameFormat(p, sheet.body.format)) {
    return new Paragraph({ style: sheet.body.id, ...keepNext, children });
  }
  const options: IParagraphOptions = {
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.indent ? { indent: p.indent } : {}),
    spacing: docxSpacing(p.spacing),
    ...keepNext,
    ...(p.bottomBorder
      ? {
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: p.bottomBorder.widthEighths,
              color: p.bottomBorder.color,
              space: p.bottomBorder.space,
            },
          },
        }
      : {}),
    children,
  };
  return new Paragraph(options);
}

function docxCell(c: LayoutCell, sheet: DocxStyleSheet): TableCell {
  return new TableCell({
    width: { size: c.widthTwip, type: WidthType.DXA },
    ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
    ...(c.verticalMerge
      ? {
          verticalMerge:
            c.verticalMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
    ...(c.verticalAlign === 'top' ? { verticalAlign: VerticalAlign.TOP } : {}),
    children: c.paragraphs.map((p) => docxParagraph(p, sheet)),
  });
}

function docxRow(r: LayoutRow, sheet: DocxStyleSheet): TableRow {
  return new TableRow({
    ...(r.repeatHeader ? { tableHeader: true } : {}),
    ...(r.cantSplit ? { cantSplit: true } : {}),
    children: r.cells.map((c) => docxCell(c, sheet)),
  });
}

function docxBorders(t: LayoutTable): ITableBordersOptions {
  if (!t.borders) return TableBorders.NONE;
  const line = { style: BorderStyle.SINGLE, size: t.borders.widthEighths, color: t.borders.color };
  return {
    top: line,
    bottom: line,
    left: line,
    right: line,
    insideHorizontal: line,
    insideVertical: line,
  };
}

export function docxTable(t: LayoutTable, sheet: DocxStyleSheet): Table {
  const m = t.cellMarginTwip;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: t.widthTwip, type: WidthType.DXA },
    columnWidths: t.columnsTwip,
    ...(t.indentTwip !== undefined ? { indent: { size: t.indentTwip, type: WidthType.DXA } } : {}),
    borders: docxBorders(t),
    margins: { left: m, right: m, top: 0, bottom: 0 },
    rows: t.rows.map((r) => docxRow(r, sheet)),
  });
}

/** One builder per layout block type: adding a block type is one row here (the compiler checks it). */
export const DOCX_BUILDERS: {
  [K in LayoutBlock['type']]: (
    b: Extract<LayoutBlock, { type: K }>,
    sheet: DocxStyleSheet,
  ) => Paragraph | Table;
} = {
  paragraph: docxParagraph,
  table: docxTable,
};

export function docxBlock(b: LayoutBlock, sheet: DocxStyleSheet): Paragraph | Table {
  return b.type === 'paragraph' ? DOCX_BUILDERS.paragraph(b, sheet) : DOCX_BUILDERS.table(b, sheet);
}
