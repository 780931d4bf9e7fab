import type { Plan } from './plan.ts';

/**
 * The most patches one patchPlan carries: more changes at once (a paste over many fields, a large
 * move) are saved as the whole plan.
 */
export const MAX_PLAN_PATCHES = 256;

/** A key of a plan's JSON tree: a property name or an array index. */
export type PlanPathKey = string | number;

/**
 * One change of a plan's JSON tree: the value at `path` becomes `value`, or the property is removed.
 * An array whose length changed is replaced whole (its path ends at the array).
 */
export type PlanPatch =
  | { path: PlanPathKey[]; value: unknown }
  | { path: PlanPathKey[]; remove: true };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What changed from `from` to `to`, as patches at the deepest places that differ (a one-block edit
 * is one patch at one string), so that the checks worker is sent the edit instead of the whole plan
 * (issue 13). Subtrees the editor kept (same object) are skipped without being read; equal values in
 * new objects give no patch. Null when more than `limit` patches would be needed: send the plan.
 */
export function planDelta(from: Plan, to: Plan, limit = 64): PlanPatch[] | null {
  const out: PlanPatch[] = [];
  const path: PlanPathKey[] = [];
  const diff = (a: unknown, b: unknown): boolean => {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < a.length; i += 1) {
        path.push(i);
        const ok = diff(a[i], b[i]);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    if (isObject(a) && isObject(b)) {
      for (const k of Object.keys(b)) {
        path.push(k);
        const ok = Object.hasOwn(a, k) ? diff(a[k], b[k]) : add({ path: [...path], value: b[k] });
        path.pop();
        if (!ok) return false;
      }
      for (const k of Object.keys(a)) if (!Object.hasOwn(b, k) && !add({ path: [...path, k], remove: true })) return false;
      return true;
    }
    if (Object.is(a, b)) return true;
    return add({ path: [...path], value: b });
  };
  const add = (p: PlanPatch): boolean => {
    out.push(p);
    return out.length <= limit;
  };
  return diff(from, to) ? out : null;
}

function setIn(node: unknown, patch: PlanPatch, depth: number): unknown {
  const { path } = patch;
  if (depth === path.length) {
    if ('remove' in patch) throw new Error('planDelta: cannot remove the whole plan');
    return patch.value;
  }
  const key = path[depth]!;
  let copy: Record<PlanPathKey, unknown>;
  if (Array.isArray(node) && typeof key === 'number' && key >= 0 && key < node.length)
    copy = node.slice() as unknown as Record<PlanPathKey, unknown>;
  else if (isObject(node) && typeof key === 'string') copy = { ...node };
  else throw new Error(`planDelta: no place ${path.slice(0, depth + 1).join('.')} in the plan`);
  if (depth === path.length - 1 && 'remove' in patch) delete copy[key];
  else copy[key] = setIn(copy[key], patch, depth + 1);
  return copy;
}

/**
 * `plan` with the patches of `planDelta` applied, without modifying it: only the objects along the
 * patched paths are new, the rest is shared (plans are values; fieldLens caches by plan object).
 * Throws when a path does not exist in `plan` (the delta was made against another plan).
 */
export function applyPlanDelta(plan: Plan, patches: readonly PlanPatch[]): Plan {
  let out: unknown = plan;
  for (const p of patches) out = setIn(out, p, 0);
  return out as Plan;
}
