import type { Plan } from '../../../shared/model/plan.ts';

/**
 * The plan as it was just before "Khôi phục", carried across the editor's reload (the restore
 * appends a revision, and the editor opens that revision afresh, which starts a new undo history).
 * The new editor takes it as its one step back, so Ctrl+Z / "Hoàn tác" undoes the restore like any
 * edit: the plan before the restore comes back and is autosaved as a new revision.
 */
interface Carried {
  planId: string;
  plan: Plan;
  notice: string;
}

let carried: Carried | null = null;

export function carryUndo(planId: string, plan: Plan, notice: string): void {
  carried = { planId, plan, notice };
}

/** The carried plan for this plan id, once: a second editor (or another plan) gets nothing. */
export function takeCarriedUndo(planId: string): { plan: Plan; notice: string } | null {
  const c = carried;
  carried = null;
  return c !== null && c.planId === planId ? { plan: c.plan, notice: c.notice } : null;
}
