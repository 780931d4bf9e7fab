import type { Appendix } from '../../model/plan.ts';
import { appendixColumnWidthsMm } from '../appendixColumns.ts';
import { ND30, textWidthMm } from '../nd30.ts';
import { mmToTwip, ptToEighths, ptToTwip } from '../units.ts';
import { richParagraphs } from './bodyBlocks.ts';
import { lineParagraph, TIGHT } from './styles.ts';
import type { LayoutBlock, LayoutCell, LayoutTable } from './types.ts';

function appendixTable(a: Appendix): LayoutTable | null {
  const t = a.table;
  if (!t || t.header.length === 0) return null;
  const spec = ND30.appendix;
  const widths = appendixColumnWidthsMm(t, textWidthMm(a.landscape));
  const cell = (text: string, i: number, header: boolean): LayoutCell => ({
    widthTwip: mmToTwip(widths[i] ?? spec.narrowColumnMm),
    paragraphs: text
      .split(/\r?\n/)
      .map((l) => lineParagraph(l, header ? spec.tableHeader : spec.tableText, { role: 'cell' })),
  });
  const cols = t.header.length;
  return {
    type: 'table',
    role: 'appendix',
    widthTwip: mmToTwip(widths.reduce((x, y) => x + y, 0)),
    columnsTwip: widths.map(mmToTwip),
    borders: { widthEighths: ptToEighths(spec.tableBorderPt), color: ND30.font.color },
    cellMarginTwip: mmToTwip(spec.cellMarginMm),
    rows: [
      { repeatHeader: true, cells: t.header.map((h, i) => cell(h, i, true)) },
      ...t.rows.map((r) => ({
        cantSplit: true,
        cells: Array.from({ length: cols }, (_, i) => cell(r[i] ?? '', i, false)),
      })),
    ],
  };
}

/** An appendix: its title (upper, bold), subtitle (italic), body, then its table. */
export function appendixBlock(a: Appendix): LayoutBlock[] {
  const spec = ND30.appendix;
  const out: LayoutBlock[] = [lineParagraph(a.title.trim(), spec.title, { keepNext: true })];
  if (a.subtitle.trim()) {
    out.push(
      lineParagraph(a.subtitle.trim(), spec.subtitle, {
        spacing: { ...TIGHT, after: ptToTwip(spec.subtitleAfterPt) },
      }),
    );
  }
  out.push(...richParagraphs(a.body));
  const table = appendixTable(a);
  if (table) out.push(table);
  return out;
}
