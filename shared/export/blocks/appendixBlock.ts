import {
  BorderStyle,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { Appendix } from '../../model/plan.ts';
import { textWidthMm } from '../../format/nd30.ts';
import { appendixColumnWidthsMm } from '../../format/appendixColumns.ts';
import type { ExportContext } from '../context.ts';
import { lineParagraph, TIGHT } from '../docxStyle.ts';
import { richParagraphs } from './bodyBlocks.ts';
import { mmToTwip, ptToEighths, ptToTwip } from '../../format/units.ts';

function appendixTable(a: Appendix, ctx: ExportContext): Table | null {
  const t = a.table;
  if (!t || t.header.length === 0) return null;
  const spec = ctx.spec.appendix;
  const widths = appendixColumnWidthsMm(t, textWidthMm(a.landscape), ctx.spec);
  const line = {
    style: BorderStyle.SINGLE,
    size: ptToEighths(spec.tableBorderPt),
    color: ctx.spec.font.color,
  };
  const borders: ITableBordersOptions = {
    top: line,
    bottom: line,
    left: line,
    right: line,
    insideHorizontal: line,
    insideVertical: line,
  };
  const cell = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: mmToTwip(widths[i] ?? spec.narrowColumnMm), type: WidthType.DXA },
      children: text.split(/\r?\n/).map((l) => lineParagraph(l, header ? spec.tableHeader : spec.tableText)),
    });
  const cols = t.header.length;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(widths.reduce((x, y) => x + y, 0)), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    borders,
    margins: { left: mmToTwip(spec.cellMarginMm), right: mmToTwip(spec.cellMarginMm), top: 0, bottom: 0 },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, i, true)) }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: Array.from({ length: cols }, (_, i) => cell(r[i] ?? '', i, false)),
          }),
      ),
    ],
  });
}

/** An appendix: its title (upper, bold), subtitle (italic), body, then its table. */
export function appendixBlock(a: Appendix, ctx: ExportContext): Array<Paragraph | Table> {
  const spec = ctx.spec.appendix;
  const out: Array<Paragraph | Table> = [lineParagraph(a.title.trim(), spec.title, { keepNext: true })];
  if (a.subtitle.trim()) {
    out.push(
      lineParagraph(a.subtitle.trim(), spec.subtitle, {
        spacing: { ...TIGHT, after: ptToTwip(spec.subtitleAfterPt) },
      }),
    );
  }
  out.push(...richParagraphs(a.body, ctx));
  const table = appendixTable(a, ctx);
  if (table) out.push(table);
  return out;
}
