import { AppError } from '../../../shared/contract/appError.ts';
import type { SaveResult } from '../../../shared/contract/records.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { applyPlanDelta, type PlanPatch } from '../../../shared/model/planDelta.ts';
import { savablePlan } from '../../../shared/model/savablePlan.ts';
import { savedElsewhere } from './planErrors.ts';
import type { PlanStore } from './planStore.ts';

/** Plans open for editing at once whose last patched value is kept (one per window, in practice). */
const KEEP = 8;

/**
 * The back end of `patchPlan` (issue 13): an autosave arrives as the edit alone and is applied to
 * the head here, so the renderer neither serialises nor sends the whole plan on its main thread.
 * The patched plan is checked whole by the save schema, exactly as a full savePlan would be, and
 * what it refuses is repaired (shared/model/savablePlan) and reported back for the editor to mark.
 */
export class PlanPatcher {
  /**
   * The plan object each plan's last patch stored, with its revision: the next patch applies to it
   * without reading and parsing the head again. Owned here (never handed out, never mutated:
   * applyPlanDelta copies what it changes), so it is exactly what was stored at that revision.
   */
  private readonly last = new Map<string, { revision: number; plan: Plan }>();

  constructor(private readonly store: PlanStore) {}

  patch(id: string, patches: readonly PlanPatch[], baseRevision: number): SaveResult {
    const base = this.base(id, baseRevision);
    let next: Plan;
    try {
      next = applyPlanDelta(base, patches);
    } catch (e) {
      // The editor's base is not this head (a value the back end cut, another build): it saves whole.
      throw new AppError('patch_mismatch', undefined, undefined, e instanceof Error ? e.message : String(e));
    }
    const savable = savablePlan(next);
    if (!savable.ok) {
      const first = savable.invalid[0];
      throw new AppError('invalid_arguments', first?.message, first?.messageEn, 'patchPlan: not repairable');
    }
    // Forgotten before the save (a failed one leaves no kept value) and set again after it, last in
    // the map's order: the plan edited longest ago is the one dropped past KEEP.
    this.last.delete(id);
    const saved = this.store.save(id, savable.plan, 'autosave', baseRevision);
    this.last.set(id, { revision: saved.revision, plan: savable.plan });
    if (this.last.size > KEEP) this.last.delete(this.last.keys().next().value as string);
    return { ...saved, invalid: savable.invalid };
  }

  private base(id: string, baseRevision: number): Plan {
    const kept = this.last.get(id);
    // A kept value of the editor's base revision is that revision (revisions are never rewritten; the
    // store refuses the save if the head has moved on since).
    if (kept?.revision === baseRevision) return kept.plan;
    const head = this.store.get(id);
    if (head.revision !== baseRevision) throw savedElsewhere(head.revision);
    return head.plan;
  }
}
