import type { Appendix } from '../../model/plan.ts';
import { appendixColumnWidthsMm } from '../appendixColumns.ts';
import { columnOf, rowKind } from '../../model/tableTasks.ts';
import { ND30, textWidthMm, type TextStyle } from '../nd30.ts';
import { mmToTwip, ptToEighths, ptToTwip } from '../units.ts';
import { richParagraphs } from './bodyBlocks.ts';
import { lineParagraph, TIGHT } from './styles.ts';
import type { LayoutBlock, LayoutCell, LayoutRow, LayoutTable } from './types.ts';

function appendixTable(a: Appendix): LayoutTable | null {
  const t = a.table;
  if (!t || t.header.length === 0) return null;
  const spec = ND30.appendix;
  const widths = appendixColumnWidthsMm(t, textWidthMm(a.landscape));
  const widthOf = (from: number, n = 1): number =>
    mmToTwip(widths.slice(from, from + n).reduce((x, y) => x + y, 0) || spec.narrowColumnMm);
  const styleOf = (i: number, header: boolean): TextStyle =>
    header
      ? spec.tableHeader
      : t.columns?.[i] === 'number'
        ? { ...spec.tableText, align: 'center' }
        : spec.tableText;
  const paragraphs = (text: string, style: TextStyle) =>
    text.split(/\r?\n/).map((l) => lineParagraph(l, style, { role: 'cell' }));
  const cell = (text: string, i: number, header: boolean): LayoutCell => ({
    widthTwip: widthOf(i),
    paragraphs: paragraphs(text, styleOf(i, header)),
  });
  const cols = t.header.length;
  const number = columnOf(t, 'number');
  const task = columnOf(t, 'task');
  const merged = new Set([number, task].filter((c) => c >= 0));
  const kinds = t.rows.map((r) => (t.columns ? rowKind(t, r) : 'task'));
  const bodyRow = (r: string[], index: number): LayoutRow => {
    const kind = kinds[index];
    if (kind === 'group') {
      // A heading inside the table: its number in the number column, its text across the rest.
      const lead = number === 0 && (r[0] ?? '').trim() !== '' ? 1 : 0;
      const text = r.filter((_, i) => i >= lead && (r[i] ?? '').trim() !== '').join(' ');
      const heading: LayoutCell = {
        widthTwip: widthOf(lead, cols - lead),
        ...(cols - lead > 1 ? { columnSpan: cols - lead } : {}),
        paragraphs: paragraphs(text, { ...spec.tableText, bold: true }),
      };
      return { cantSplit: true, cells: lead ? [cell(r[0] ?? '', 0, false), heading] : [heading] };
    }
    // A task whose STT and task cells Word merged down over the rows of its continuation.
    const above = kinds[index - 1];
    const continues = kind === 'continuation' && (above === 'task' || above === 'continuation');
    const opensMerge = kind === 'task' && kinds[index + 1] === 'continuation';
    return {
      cantSplit: true,
      cells: Array.from({ length: cols }, (_, i) => {
        const c = cell(r[i] ?? '', i, false);
        if (!merged.has(i)) return c;
        if (continues) return { ...c, verticalMerge: 'continue' as const };
        return opensMerge ? { ...c, verticalMerge: 'restart' as const } : c;
      }),
    };
  };
  return {
    type: 'table',
    role: 'appendix',
    widthTwip: mmToTwip(widths.reduce((x, y) => x + y, 0)),
    columnsTwip: widths.map(mmToTwip),
    borders: { widthEighths: ptToEighths(spec.tableBorderPt), color: ND30.font.color },
    cellMarginTwip: mmToTwip(spec.cellMarginMm),
    rows: [{ repeatHeader: true, cells: t.header.map((h, i) => cell(h, i, true)) }, ...t.rows.map(bodyRow)],
  };
}

/** An appendix: its title (upper, bold), subtitle (italic), body, then its table. */
export function appendixBlock(a: Appendix): LayoutBlock[] {
  // The same blocks for the same (immutable) appendix: the preview lays the plan out again after
  // each edit, and its paginator finds unchanged paragraphs by identity (issue 13).
  let blocks = appendixCache.get(a);
  if (blocks === undefined) {
    blocks = appendixBlocks(a);
    appendixCache.set(a, blocks);
  }
  return [...blocks];
}

const appendixCache = new WeakMap<Appendix, readonly LayoutBlock[]>();

function appendixBlocks(a: Appendix): LayoutBlock[] {
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
