import { describe, expect, it } from 'vitest';
import { MAX_PLAN_PATCHES } from '../model/planDelta.ts';
import { planOperations } from './planOperations.ts';

const args = (patches: unknown) => ['kh-1', patches, { kind: 'autosave', baseRevision: 3 }];
const accepts = (patches: unknown) => planOperations.patchPlan.args.safeParse(args(patches)).success;

describe('patchPlan arguments', () => {
  it('take the patches planDelta makes: values, removals, array indices', () => {
    expect(accepts([{ path: ['summary'], value: 'Kế hoạch năm 2027' }])).toBe(true);
    expect(accepts([{ path: ['sections', 2, 'content', 0, 'title'], value: 'Mục đích' }])).toBe(true);
    expect(accepts([{ path: ['header', 'date'], remove: true }])).toBe(true);
    expect(accepts([])).toBe(true);
  });

  it('refuse paths that would reach an object’s prototype, odd shapes and too many patches', () => {
    expect(accepts([{ path: ['__proto__', 'polluted'], value: 1 }])).toBe(false);
    expect(accepts([{ path: ['sections', 'constructor'], value: 1 }])).toBe(false);
    expect(accepts([{ path: [], value: {} }])).toBe(false);
    expect(accepts([{ path: ['summary', -1], value: 'x' }])).toBe(false);
    expect(accepts([{ path: ['summary'], value: 'x', remove: true }])).toBe(false);
    expect(accepts([{ path: ['summary'], remove: false }])).toBe(false);
    expect(
      accepts(Array.from({ length: MAX_PLAN_PATCHES + 1 }, () => ({ path: ['summary'], value: 'x' }))),
    ).toBe(false);
    // Only autosaves come as a patch: a saved version is the whole plan.
    expect(
      planOperations.patchPlan.args.safeParse(['kh-1', [], { kind: 'save', baseRevision: 3 }]).success,
    ).toBe(false);
  });
});
