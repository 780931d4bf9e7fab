import {
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type Paragraph,
} from 'docx';
import type { ExportContext } from '../context.ts';
import { headerLayout, numberSymbolLine, placeDateLine } from '../../format/nd30Text.ts';
import { lineParagraph, ruleParagraph } from '../docxStyle.ts';
import { mmToTwip, ptToTwip } from '../../format/units.ts';

function cell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

/**
 * The NĐ 30 header: a borderless table. Row 1: parent body over issuing body (with its short line) |
 * Quốc hiệu over Tiêu ngữ (with a line of its own length). Row 2: "Số: …" | the italic place/date,
 * so the two sit on the same line as the decree shows.
 */
export function headerBlock(ctx: ExportContext): Table {
  const h = ctx.plan.header;
  const hs = ctx.spec.header;
  const layout = headerLayout(h);
  const margin = hs.table.cellMarginMm;
  const leftInner = layout.leftMm - 2 * margin;
  const rightInner = layout.rightMm - 2 * margin;

  const left: Paragraph[] = [];
  if (h.parentBody.trim()) left.push(lineParagraph(h.parentBody.trim(), hs.parentBody));
  left.push(lineParagraph(h.issuingBody.trim(), hs.issuingBody));
  left.push(ruleParagraph(layout.issuingRuleMm, leftInner));

  const right: Paragraph[] = [
    lineParagraph(hs.quocHieu.text, hs.quocHieu),
    lineParagraph(hs.tieuNgu.text, hs.tieuNgu),
    ruleParagraph(layout.tieuNguRuleMm, rightInner),
  ];

  const rowBefore = { spacing: { before: ptToTwip(hs.numberRowBeforePt), after: 0 } };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(layout.tableMm), type: WidthType.DXA },
    columnWidths: [mmToTwip(layout.leftMm), mmToTwip(layout.rightMm)],
    indent: { size: -mmToTwip(layout.outdentMm), type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { left: mmToTwip(margin), right: mmToTwip(margin), top: 0, bottom: 0 },
    rows: [
      new TableRow({ cantSplit: true, children: [cell(layout.leftMm, left), cell(layout.rightMm, right)] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(layout.leftMm, [lineParagraph(numberSymbolLine(h), hs.numberSymbol, rowBefore)]),
          cell(layout.rightMm, [lineParagraph(placeDateLine(h), hs.placeDate, rowBefore)]),
        ],
      }),
    ],
  });
}
