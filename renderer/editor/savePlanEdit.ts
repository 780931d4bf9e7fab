import type { Envelope } from '../../shared/contract/appError.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { SaveResult } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { MAX_PLAN_PATCHES, planDelta } from '../../shared/model/planDelta.ts';
import { savablePlan } from '../../shared/model/savablePlan.ts';
import type { StoredPlan } from './autosave.ts';
import { marksAfterPatch } from './invalid/marksAfterPatch.ts';

type SaveApi = Pick<RendererApi, 'patchPlan' | 'savePlan'>;

/**
 * One autosave of the editor (issue 13). When the plan stored at `baseRevision` is known, only what
 * changed since is sent (patchPlan, ≈ 1 KB for a one-block edit): serialising and sending the whole
 * 100-page plan (≈ 400 KB) and checking it against the save schema cost the renderer's main thread
 * ≈ 20–30 ms per autosave, which a keystroke after a pause waited for. The back end checks the patched
 * plan whole and reports what it had to leave out. Otherwise — no known base, too many changes, or a
 * base the back end does not hold (`patch_mismatch`) — the whole plan is saved as before, cut here to
 * what the schema accepts. Either way the result's `invalid` is every refused value of `plan`, for the
 * editor to mark.
 */
export async function savePlanEdit(
  api: SaveApi,
  id: string,
  plan: Plan,
  baseRevision: number,
  stored: StoredPlan | null,
): Promise<Envelope<SaveResult>> {
  const patches = stored === null ? null : planDelta(stored.plan, plan, MAX_PLAN_PATCHES);
  if (stored !== null && patches !== null) {
    const patched = await api.patchPlan(id, patches, { kind: 'autosave', baseRevision });
    if (patched.ok) {
      const invalid = marksAfterPatch(stored.invalid, patches, patched.value.invalid ?? []);
      return { ok: true, value: { ...patched.value, invalid } };
    }
    if (patched.error.code !== 'patch_mismatch') return patched;
  }
  const savable = savablePlan(plan);
  const saved = await api.savePlan(id, savable.plan, { kind: 'autosave', baseRevision });
  return saved.ok ? { ok: true, value: { ...saved.value, invalid: savable.invalid } } : saved;
}
