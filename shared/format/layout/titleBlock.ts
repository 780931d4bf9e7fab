import type { Plan } from '../../model/plan.ts';
import { ND30, textWidthMm } from '../nd30.ts';
import { summaryRuleMm } from '../nd30Text.ts';
import { ptToTwip } from '../units.ts';
import { isCongVan } from './headerTable.ts';
import { lineParagraph, ruleParagraph, TIGHT } from './styles.ts';
import type { LayoutParagraph } from './types.ts';

/**
 * "KẾ HOẠCH", the trích yếu under it, and the line under the trích yếu. A công văn has none of them:
 * its "V/v …" stands in the header (headerTable).
 */
export function titleBlock(plan: Plan): LayoutParagraph[] {
  if (isCongVan(plan)) return [];
  const t = ND30.title;
  const out: LayoutParagraph[] = [
    lineParagraph(plan.typeName.trim(), t.typeName, {
      spacing: { ...TIGHT, before: ptToTwip(t.typeNameBeforePt) },
      keepNext: true,
    }),
  ];
  if (plan.summary.trim()) out.push(lineParagraph(plan.summary.trim(), t.summary, { keepNext: true }));
  out.push(ruleParagraph(summaryRuleMm(plan.summary.trim() || plan.typeName), textWidthMm(), t.afterPt));
  return out;
}
