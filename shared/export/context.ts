import type { Plan } from '../model/plan.ts';
import { numberPlan, type NumberLabel } from '../model/numbering.ts';
import { ND30, type Nd30Spec } from '../format/nd30.ts';

export interface ExportOptions {
  draft: boolean;
  revision?: number | null;
  exportedAt?: string | null;
}

/**
 * Everything a block builder may read, built once per export and frozen: builders are pure functions
 * of (block, context), and no export leaves state behind for the next one.
 */
export interface ExportContext {
  readonly plan: Plan;
  readonly spec: Nd30Spec;
  readonly numbers: ReadonlyMap<string, NumberLabel>;
  readonly draft: boolean;
  readonly revision: number | null;
  readonly exportedAt: string | null;
}

export function createExportContext(plan: Plan, options: ExportOptions): ExportContext {
  return Object.freeze({
    plan,
    spec: ND30,
    numbers: numberPlan(plan),
    draft: options.draft,
    revision: options.revision ?? null,
    exportedAt: options.exportedAt ?? null,
  });
}
