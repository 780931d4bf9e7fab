import { describe, expect, it } from 'vitest';
import seedJson from '../../templates/plans/langson-2021.json';
import { parsePlan } from '../../shared/model/parsePlan.ts';
import { rolloverPlan } from '../../shared/rollover/rolloverPlan.ts';
import { hasReview, markSeen } from './markSeen.ts';

function seed() {
  const parsed = parsePlan(seedJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

describe('markSeen', () => {
  it('ticks one entry, leaves the others and the input plan as they were', () => {
    const old = seed();
    expect(hasReview(old)).toBe(false);
    const plan = rolloverPlan(old, 2022).plan;
    expect(hasReview(plan)).toBe(true);
    const first = plan.review?.[0]?.id ?? '';
    const ticked = markSeen(plan, first, true);
    expect(ticked.review?.filter((r) => r.seen).map((r) => r.id)).toEqual([first]);
    expect(plan.review?.some((r) => r.seen)).toBe(false);
    expect(markSeen(ticked, first, false).review?.some((r) => r.seen)).toBe(false);
  });
});
