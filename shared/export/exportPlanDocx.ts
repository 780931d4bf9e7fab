import { Document, Header, Packer, PageOrientation, type ISectionOptions } from 'docx';
import type { Plan } from '../model/plan.ts';
import { ND30 } from '../format/nd30.ts';
import { cased, numberSymbolLine } from '../format/nd30Text.ts';
import { ptToHalfPt } from '../format/units.ts';
import { layoutPlan } from '../format/layout/layoutPlan.ts';
import type { LayoutSection } from '../format/layout/types.ts';
import { bodyParagraph } from '../format/layout/styles.ts';
import { docxAlignment, docxBlock, docxParagraph, docxSpacing, type DocxStyleSheet } from './docxBuilders.ts';
import { normalizeDocxPackage } from './deterministicZip.ts';

/** The style of body paragraphs (justified, first-line indent, NĐ 30 spacing): written once in styles.xml. */
const BODY_STYLE = 'PlanBody';

function section(s: LayoutSection, sheet: DocxStyleSheet): ISectionOptions {
  const p = s.page;
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: p.paperWidthTwip,
          height: p.paperHeightTwip,
          orientation: p.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: p.margins,
        // Each section (the plan, each appendix) is numbered on its own, from 1, with no number on its first page.
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      first: new Header({ children: s.firstHeader.map((p) => docxParagraph(p, sheet)) }),
      default: new Header({ children: s.defaultHeader.map((p) => docxParagraph(p, sheet)) }),
    },
    children: s.blocks.map((b) => docxBlock(b, sheet)),
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
 * The plan as a Word file following Decree 30/2020/NĐ-CP, Appendix I: the printed layout
 * (shared/format/layout) written out by the docx builders. Pure and deterministic: the same plan and
 * options give the same bytes. Runs in Node and in the browser (no Buffer).
 */
export async function exportPlanDocx(
  plan: Plan,
  options: { draft: boolean; revision?: number | null; exportedAt?: string | null },
): Promise<Uint8Array> {
  const spec = ND30;
  const layout = layoutPlan(plan, options);
  const { align, indent, spacing } = bodyParagraph('body', []);
  const sheet: DocxStyleSheet = {
    defaultSizePt: layout.defaultSizePt,
    body: { id: BODY_STYLE, format: { align, indent, spacing } },
  };
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
      paragraphStyles: [
        {
          id: BODY_STYLE,
          name: 'Plan Body',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: {
            ...(align ? { alignment: docxAlignment(align) } : {}),
            ...(indent ? { indent } : {}),
            spacing: docxSpacing(spacing),
          },
        },
      ],
      default: {
        document: {
          run: {
            font: spec.font.family,
            size: ptToHalfPt(layout.defaultSizePt),
            color: spec.font.color,
            language: { value: spec.font.lang },
          },
        },
      },
    },
    sections: layout.sections.map((s) => section(s, sheet)),
  });
  const packed = await Packer.pack(doc, 'uint8array');
  return normalizeDocxPackage(packed, propertiesTimestamp(plan, options.exportedAt ?? null));
}
