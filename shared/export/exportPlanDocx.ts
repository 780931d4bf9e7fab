import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import type { Plan } from '../model/plan.ts';
import { cased, numberSymbolLine } from '../format/nd30Text.ts';
import { mmToTwip, ptToHalfPt } from '../format/units.ts';
import { createExportContext, type ExportContext, type ExportOptions } from './context.ts';
import { buildBlock, planBlocks } from './builders.ts';
import { appendixBlock } from './blocks/appendixBlock.ts';
import { firstPageHeader, pageNumberHeader } from './blocks/pageHeaders.ts';
import { normalizeDocxPackage } from './deterministicZip.ts';

function pageProperties(ctx: ExportContext, landscape: boolean): NonNullable<ISectionOptions['properties']> {
  const p = ctx.spec.page;
  return {
    titlePage: true,
    page: {
      size: {
        width: mmToTwip(p.widthMm),
        height: mmToTwip(p.heightMm),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwip(p.marginsMm.top),
        bottom: mmToTwip(p.marginsMm.bottom),
        left: mmToTwip(p.marginsMm.left),
        right: mmToTwip(p.marginsMm.right),
        header: mmToTwip(p.headerDistanceMm),
        footer: mmToTwip(p.footerDistanceMm),
      },
      // Each section (the plan, each appendix) is numbered on its own, from 1, with no number on its first page.
      pageNumbers: { start: 1 },
    },
  };
}

function section(
  ctx: ExportContext,
  landscape: boolean,
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    properties: pageProperties(ctx, landscape),
    headers: { first: firstPageHeader(ctx), default: pageNumberHeader(ctx) },
    children,
  };
}

/** W3C date-time for docProps: the export time when given, else a date fixed by the plan itself. */
function propertiesTimestamp(plan: Plan, exportedAt: string | null): string {
  const parsed = exportedAt ? Date.parse(exportedAt) : Number.NaN;
  if (Number.isFinite(parsed)) return new Date(parsed).toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const d = plan.header.issueDate;
  const y = d.year ?? plan.year;
  const m = String(d.month ?? 1).padStart(2, '0');
  const day = String(d.day ?? 1).padStart(2, '0');
  return `${y}-${m}-${day}T00:00:00Z`;
}

/**
 * The plan as a Word file following Decree 30/2020/NĐ-CP, Appendix I. Pure and deterministic: the same
 * plan and options give the same bytes. Runs in Node and in the browser (no Buffer).
 */
export async function exportPlanDocx(
  plan: Plan,
  options: { draft: boolean; revision?: number | null; exportedAt?: string | null },
): Promise<Uint8Array> {
  const ctx = createExportContext(plan, options satisfies ExportOptions);
  const spec = ctx.spec;
  const main = planBlocks(plan).flatMap((b) => buildBlock(b, ctx));
  const sections: ISectionOptions[] = [
    section(ctx, false, main),
    ...plan.appendices.map((a) => section(ctx, a.landscape, appendixBlock(a, ctx))),
  ];
  const typeName = plan.typeName.trim();
  const title = plan.summary.trim() || typeName;
  const doc = new Document({
    title,
    subject: `${typeName.charAt(0)}${typeName.slice(1).toLocaleLowerCase('vi')} năm ${plan.year}`,
    creator: cased(plan.header.issuingBody.trim(), spec.header.issuingBody),
    keywords: [
      typeName,
      String(plan.year),
      numberSymbolLine(plan.header).replace(/\s+/gu, ' '),
      spec.clause,
    ].join('; '),
    description: options.draft ? `${spec.draft.mark} — ${spec.clause}` : spec.clause,
    lastModifiedBy: 'PlanDraft',
    styles: {
      default: {
        document: {
          run: {
            font: spec.font.family,
            size: ptToHalfPt(spec.body.sizePt),
            color: spec.font.color,
            language: { value: spec.font.lang },
          },
        },
      },
    },
    sections,
  });
  const packed = await Packer.pack(doc, 'uint8array');
  return normalizeDocxPackage(packed, propertiesTimestamp(plan, ctx.exportedAt));
}
