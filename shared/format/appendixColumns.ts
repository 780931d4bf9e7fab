import type { Appendix } from '../model/plan.ts';
import { rowKind } from '../model/tableTasks.ts';
import { ND30, type Nd30Spec } from './nd30.ts';
import { textWidthPt } from './textWidth.ts';
import { ptToMm } from './units.ts';

type AppendixTable = NonNullable<Appendix['table']>;

/** An "STT"/"TT" column (or one typed `number`) numbers the rows and is printed narrow. */
const isNumberColumn = (t: AppendixTable, i: number): boolean =>
  t.columns ? t.columns[i] === 'number' : /^(S?TT)$/iu.test((t.header[i] ?? '').trim());

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/**
 * Column widths of an appendix table, shared by the Word exporter and the A4 preview so the two
 * never disagree. Measured with the Times metrics: every column is at least as wide as its longest
 * word (header bold, cells regular) so no word is broken, and its header fits on three lines; the
 * room left is shared in proportion to how much text each column holds (half its header, or the
 * cells' average width, whichever is more),
 * so a long "Nhiệm vụ" column gets the room it needs and a short "Thời gian" column does not.
 * Heading rows that span the table ("I. CÔNG TÁC …") weigh on no column.
 */
export function appendixColumnWidthsMm(
  table: AppendixTable,
  totalMm: number,
  spec: Pick<Nd30Spec, 'appendix'> = ND30,
): number[] {
  const { narrowColumnMm, minColumnWeight, tableText, tableHeader, cellMarginMm } = spec.appendix;
  const size = tableText.sizePt;
  const headSize = tableHeader.sizePt;
  const margins = 2 * cellMarginMm;
  const rows = table.columns ? table.rows.filter((r) => rowKind(table, r) !== 'group') : table.rows;
  const cols = table.header.length;
  const min: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < cols; i++) {
    const header = table.header[i] ?? '';
    const cells = rows.map((r) => r[i] ?? '');
    const longestWord = Math.max(
      0,
      ...words(header).map((w) => textWidthPt(w, headSize, true)),
      ...cells.flatMap(words).map((w) => textWidthPt(w, size)),
    );
    const needMm = ptToMm(longestWord) + margins;
    if (isNumberColumn(table, i)) {
      min.push(Math.max(narrowColumnMm, needMm));
      weight.push(0);
      continue;
    }
    const average = cells.length ? cells.reduce((a, c) => a + textWidthPt(c, size), 0) / cells.length : 0;
    // A header is set on two lines at most where the room allows; a cell's text on a few lines.
    const wanted = Math.max(textWidthPt(header, headSize, true) / 2, average, minColumnWeight * size * 0.5);
    // No header set on more than three lines: a narrow "Theo dõi, kiểm tra, đôn đốc" stays readable.
    min.push(Math.max(needMm, ptToMm(textWidthPt(header, headSize, true) / 3) + margins));
    weight.push(wanted);
  }
  const fixed = min.reduce((a, b) => a + b, 0);
  if (fixed >= totalMm) return min.map((m) => (m * totalMm) / (fixed || 1));
  const free = totalMm - fixed;
  const sum = weight.reduce((a, b) => a + b, 0);
  if (sum === 0) return min.map((m) => m + free / cols);
  return min.map((m, i) => m + (free * (weight[i] ?? 0)) / sum);
}
