import type { Plan } from '../model/plan.ts';
import type { ImportNote } from './importReport.ts';
import type { Line } from './logicalLines.ts';

/** The plan being built and the accounting of source paragraphs (placed, or kept and reported). */
export interface Ctx {
  plan: Plan;
  placed: Set<number>;
  unplacedIds: Set<number>;
  unplaced: ImportNote[];
  warnings: ImportNote[];
  nextId: number;
  /** The source's own "DỰ THẢO" mark was read (and placed: the export of a draft draws its own). */
  sourceDraft?: boolean;
}

export function newId(ctx: Ctx, prefix: string): string {
  ctx.nextId += 1;
  return `${prefix}${ctx.nextId}`;
}

export function place(ctx: Ctx, line: Line): void {
  for (const s of line.sources) ctx.placed.add(s);
}

export function keepUnplaced(ctx: Ctx, line: Line, reason: string): void {
  for (const s of line.sources) ctx.unplacedIds.add(s);
  ctx.unplaced.push({ text: line.full, reason });
}
