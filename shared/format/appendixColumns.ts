import type { Appendix } from '../model/plan.ts';
import { ND30, type Nd30Spec } from './nd30.ts';

/**
 * Column widths of an appendix table, shared by the Word exporter and the A4 preview so the two
 * never disagree: a narrow "STT"/"TT" column; the others share the rest in proportion to the longest
 * of their header text and average cell text, so a long "Nhiệm vụ" column gets the room it needs.
 */
export function appendixColumnWidthsMm(
  table: NonNullable<Appendix['table']>,
  totalMm: number,
  spec: Pick<Nd30Spec, 'appendix'> = ND30,
): number[] {
  const { narrowColumnMm: narrowMm, minColumnWeight } = spec.appendix;
  const isNarrow = (h: string): boolean => /^(S?TT)$/iu.test(h.trim());
  const weights = table.header.map((h, i) => {
    if (isNarrow(h)) return 0;
    const cells = table.rows.map((r) => (r[i] ?? '').length);
    const average = cells.length ? cells.reduce((a, b) => a + b, 0) / cells.length : 0;
    return Math.max(minColumnWeight, h.length, average);
  });
  const narrow = table.header.filter(isNarrow).length;
  const rest = totalMm - narrow * narrowMm;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => (w === 0 ? narrowMm : (rest * w) / sum));
}
