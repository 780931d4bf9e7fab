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
 * The docx builder map over the printed layout: one docx object per layout element, nothing decided
 * here (every size and spacing comes from the layout, which took it from the NĐ 30 spec).
 */
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export function docxRun(r: LayoutRun): TextRun {
  if (r.field === 'page') {
    return new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPt(r.sizePt), bold: r.bold });
  }
  return new TextRun({
    text: r.text,
    ...(r.breakBefore ? { break: 1 } : {}),
    size: ptToHalfPt(r.sizePt),
    bold: r.bold,
    ...(r.italic !== undefined ? { italics: r.italic } : {}),
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

function docxSpacing(s: Spacing): ISpacingProperties {
  return {
    ...(s.before !== undefined ? { before: s.before } : {}),
    ...(s.after !== undefined ? { after: s.after } : {}),
    ...(s.line !== undefined ? { line: s.line } : {}),
    ...(s.lineRule ? { lineRule: s.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO } : {}),
  };
}

export function docxParagraph(p: LayoutParagraph): Paragraph {
  const options: IParagraphOptions = {
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.indent ? { indent: p.indent } : {}),
    spacing: docxSpacing(p.spacing),
    ...(p.keepNext ? { keepNext: true } : {}),
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
    children: p.runs.map(docxRun),
  };
  return new Paragraph(options);
}

function docxCell(c: LayoutCell): TableCell {
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
    children: c.paragraphs.map(docxParagraph),
  });
}

function docxRow(r: LayoutRow): TableRow {
  return new TableRow({
    ...(r.repeatHeader ? { tableHeader: true } : {}),
    ...(r.cantSplit ? { cantSplit: true } : {}),
    children: r.cells.map(docxCell),
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

export function docxTable(t: LayoutTable): Table {
  const m = t.cellMarginTwip;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: t.widthTwip, type: WidthType.DXA },
    columnWidths: t.columnsTwip,
    ...(t.indentTwip !== undefined ? { indent: { size: t.indentTwip, type: WidthType.DXA } } : {}),
    borders: docxBorders(t),
    margins: { left: m, right: m, top: 0, bottom: 0 },
    rows: t.rows.map(docxRow),
  });
}

/** One builder per layout block type: adding a block type is one row here (the compiler checks it). */
export const DOCX_BUILDERS: {
  [K in LayoutBlock['type']]: (b: Extract<LayoutBlock, { type: K }>) => Paragraph | Table;
} = {
  paragraph: docxParagraph,
  table: docxTable,
};

export function docxBlock(b: LayoutBlock): Paragraph | Table {
  return b.type === 'paragraph' ? DOCX_BUILDERS.paragraph(b) : DOCX_BUILDERS.table(b);
}
