import type { Paragraph } from 'docx';
import type { ExportContext } from '../context.ts';
import { summaryRuleMm } from '../../format/nd30Text.ts';
import { textWidthMm } from '../../format/nd30.ts';
import { lineParagraph, ruleParagraph, TIGHT } from '../docxStyle.ts';
import { ptToTwip } from '../../format/units.ts';

/** "KẾ HOẠCH", the trích yếu under it, and the line under the trích yếu. */
export function titleBlock(ctx: ExportContext): Paragraph[] {
  const t = ctx.spec.title;
  const out: Paragraph[] = [
    lineParagraph(ctx.plan.typeName.trim(), t.typeName, {
      spacing: { ...TIGHT, before: ptToTwip(t.typeNameBeforePt) },
      keepNext: true,
    }),
  ];
  if (ctx.plan.summary.trim())
    out.push(lineParagraph(ctx.plan.summary.trim(), t.summary, { keepNext: true }));
  out.push(
    ruleParagraph(summaryRuleMm(ctx.plan.summary.trim() || ctx.plan.typeName), textWidthMm(), t.afterPt),
  );
  return out;
}
