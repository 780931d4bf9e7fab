import type { Plan } from '../../model/plan.ts';
import { numberPlan } from '../../model/numbering.ts';
import { ND30 } from '../nd30.ts';
import { mmToTwip } from '../units.ts';
import { appendixBlock } from './appendixBlock.ts';
import { legalBasesBlock, richParagraphs, sectionBlock } from './bodyBlocks.ts';
import { kinhGuiBlock } from './kinhGuiBlock.ts';
import { footerTable } from './footerTable.ts';
import { congVanSummaryLine, headerTable, isCongVan } from './headerTable.ts';
import { firstPageHeader, pageNumberHeader, type DraftInfo } from './pageHeaders.ts';
import { titleBlock } from './titleBlock.ts';
import type { LayoutBlock, LayoutSection, PageSetup, PlanLayout } from './types.ts';

export interface LayoutOptions {
  draft: boolean;
  /** Printed under the draft mark ("Lần 3 — 05/01/2021 14:30") when known. */
  revision?: number | null;
  exportedAt?: string | null;
}

function pageSetup(landscape: boolean): PageSetup {
  const p = ND30.page;
  return {
    paperWidthTwip: mmToTwip(p.widthMm),
    paperHeightTwip: mmToTwip(p.heightMm),
    landscape,
    margins: {
      top: mmToTwip(p.marginsMm.top),
      bottom: mmToTwip(p.marginsMm.bottom),
      left: mmToTwip(p.marginsMm.left),
      right: mmToTwip(p.marginsMm.right),
      header: mmToTwip(p.headerDistanceMm),
      footer: mmToTwip(p.footerDistanceMm),
    },
  };
}

/** The plan's main text, in document order: header table, title, căn cứ, preamble, sections, footer. */
function mainBlocks(plan: Plan, final: boolean): LayoutBlock[] {
  const numbers = numberPlan(plan);
  const kinhGui = kinhGuiBlock(plan.preamble);
  return [
    headerTable(plan.header, isCongVan(plan) ? congVanSummaryLine(plan.summary) : ''),
    ...titleBlock(plan),
    ...legalBasesBlock(plan),
    ...kinhGui.block,
    ...richParagraphs(kinhGui.rest),
    ...plan.sections.flatMap((s) => sectionBlock(s, numbers, plan.taskLabels)),
    footerTable(plan, final),
  ];
}

/**
 * The printed document of a plan by Decree 30/2020/NĐ-CP, Appendix I: one section for the plan and one
 * per appendix (landscape when set), each numbered from 1 with no number on its first page, the draft
 * mark in the headers of a draft. Pure: the Word exporter and the preview both draw this.
 */
export function layoutPlan(plan: Plan, options: LayoutOptions): PlanLayout {
  const draft: DraftInfo | null = options.draft
    ? { revision: options.revision ?? null, exportedAt: options.exportedAt ?? null }
    : null;
  const section = (key: string, landscape: boolean, blocks: LayoutBlock[]): LayoutSection => ({
    key,
    page: pageSetup(landscape),
    firstHeader: firstPageHeader(draft),
    defaultHeader: pageNumberHeader(draft),
    blocks,
  });
  return {
    draft: options.draft,
    defaultSizePt: ND30.body.sizePt,
    sections: [
      section('plan', false, mainBlocks(plan, !options.draft)),
      ...plan.appendices.map((a) => section(a.id, a.landscape, appendixBlock(a))),
    ],
  };
}
