import { describe, expect, it } from 'vitest';
import { seedPlan } from '../checks/testPlans.ts';
import { applyPlanDelta, planDelta } from './planDelta.ts';
import type { Item, Plan } from './plan.ts';

const firstItem = (p: Plan): Item => p.sections.flatMap((s) => s.content).find((n): n is Item => n.type === 'item')!;

describe('planDelta', () => {
  it('gives one patch at the string a one-word edit changed, and applying it gives the new plan', () => {
    const plan = seedPlan();
    const next = structuredClone(plan);
    firstItem(next).title += ' năm 2026';
    const delta = planDelta(plan, next)!;
    expect(delta).toHaveLength(1);
    expect(delta[0]!.path.at(-1)).toBe('title');
    expect(applyPlanDelta(plan, delta)).toEqual(next);
  });

  it('replaces an array whose length changed, adds and removes properties', () => {
    const plan = seedPlan();
    const next = structuredClone(plan);
    const item = firstItem(next);
    item.body = [...item.body, { runs: [{ text: 'Đoạn mới về phổ biến pháp luật' }] }];
    item.fields = { lead: 'Sở Tư pháp', coordinating: null, timeline: null, deliverable: null };
    delete (next as Partial<Plan>).taskLabels;
    (plan as Plan).taskLabels = { lead: 'Đơn vị chủ trì' };
    const delta = planDelta(plan, next)!;
    expect(delta.some((p) => p.path.at(-1) === 'body' && 'value' in p)).toBe(true);
    expect(delta.some((p) => 'remove' in p && p.path[0] === 'taskLabels')).toBe(true);
    expect(applyPlanDelta(plan, delta)).toEqual(next);
  });

  it('shares what did not change and never modifies the plan it applies to', () => {
    const plan = seedPlan();
    const before = structuredClone(plan);
    const next = { ...plan, summary: `${plan.summary} (sửa)` };
    const applied = applyPlanDelta(plan, planDelta(plan, next)!);
    expect(applied.summary).toBe(next.summary);
    expect(applied.sections).toBe(plan.sections);
    expect(plan).toEqual(before);
    expect(planDelta(plan, plan)).toEqual([]);
  });

  it('gives up past the limit, and refuses a delta made against another plan', () => {
    const plan = seedPlan();
    const next = structuredClone(plan);
    for (const s of next.sections) s.title = `${s.title}!`;
    expect(planDelta(plan, next, next.sections.length - 1)).toBeNull();
    expect(() => applyPlanDelta(plan, [{ path: ['sections', 999, 'title'], value: 'x' }])).toThrow(/no place/);
  });
});
