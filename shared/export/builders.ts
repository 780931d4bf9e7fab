import type { Paragraph, Table } from 'docx';
import type { Plan, Section } from '../model/plan.ts';
import type { ExportContext } from './context.ts';
import { headerBlock } from './blocks/headerBlock.ts';
import { titleBlock } from './blocks/titleBlock.ts';
import { legalBasesBlock, preambleBlock, sectionBlock } from './blocks/bodyBlocks.ts';
import { footerBlock } from './blocks/footerBlock.ts';

/** The blocks of a plan's main section, in document order. */
export type PlanBlock =
  | { type: 'header' }
  | { type: 'title' }
  | { type: 'legalBases' }
  | { type: 'preamble' }
  | { type: 'section'; section: Section }
  | { type: 'footer' };

type Builder<B extends PlanBlock> = (block: B, ctx: ExportContext) => Array<Paragraph | Table>;

/** One builder per block type: adding a block type is one row here (the compiler checks it). */
export const BLOCK_BUILDERS: { [K in PlanBlock['type']]: Builder<Extract<PlanBlock, { type: K }>> } = {
  header: (_b, ctx) => [headerBlock(ctx)],
  title: (_b, ctx) => titleBlock(ctx),
  legalBases: (_b, ctx) => legalBasesBlock(ctx),
  preamble: (_b, ctx) => preambleBlock(ctx),
  section: (b, ctx) => sectionBlock(b.section, ctx),
  footer: (_b, ctx) => [footerBlock(ctx)],
};

export function planBlocks(plan: Plan): PlanBlock[] {
  return [
    { type: 'header' },
    { type: 'title' },
    { type: 'legalBases' },
    { type: 'preamble' },
    ...plan.sections.map((section) => ({ type: 'section' as const, section })),
    { type: 'footer' },
  ];
}

export function buildBlock(block: PlanBlock, ctx: ExportContext): Array<Paragraph | Table> {
  const builder = BLOCK_BUILDERS[block.type] as Builder<PlanBlock>;
  return builder(block, ctx);
}
