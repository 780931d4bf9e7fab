import type { PlanPatch } from '../../../shared/model/planDelta.ts';
import type { InvalidField } from '../../../shared/model/savablePlan.ts';

const under = (path: readonly (string | number)[], patch: PlanPatch): boolean =>
  patch.path.length <= path.length && patch.path.every((k, i) => path[i] === k);

/**
 * The marks of refused values after a save that sent only `patches` (patchPlan). The back end checked
 * the plan it holds, where a value it cut before is now valid: it can only speak for the values the
 * patches carried. A mark outside every patched place stays (the editor's value there has not changed
 * since the save that marked it); one at or under a patched place is decided by the new report.
 */
export function marksAfterPatch(
  shown: readonly InvalidField[],
  patches: readonly PlanPatch[],
  reported: readonly InvalidField[],
): InvalidField[] {
  return [...shown.filter((f) => !patches.some((p) => under(f.path, p))), ...reported];
}
