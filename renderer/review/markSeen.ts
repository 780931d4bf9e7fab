import type { Plan } from '../../shared/model/plan.ts';

/** The "Rà soát năm mới" panel shows only for plans that carry a rollover checklist. */
export const hasReview = (plan: Plan): boolean => (plan.review?.length ?? 0) > 0;

/** The plan with one checklist entry marked seen or not (an ordinary edit: autosaved, undoable). */
export function markSeen(plan: Plan, id: string, seen: boolean): Plan {
  if (!plan.review) return plan;
  return { ...plan, review: plan.review.map((r) => (r.id === id ? { ...r, seen } : r)) };
}
