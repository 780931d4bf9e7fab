import { describe, expect, it } from 'vitest';
import type { checkOperations } from './checkOperations.ts';
import type { FeatureHandlers } from './operations.ts';

// The compile-time half of this test is `npm run typecheck`: each @ts-expect-error below must
// really be an error, or tsc fails with "unused directive".

describe('FeatureHandlers', () => {
  it('accepts a complete, well-typed handler set of one feature table', async () => {
    const handlers: FeatureHandlers<typeof checkOperations> = {
      checkPlan: (id, options) => (id === 'kh-2021' && options.final ? [] : []),
      planCitations: async () => [],
    };
    expect(await handlers.planCitations('kh-2021')).toEqual([]);
  });

  it('makes a missing, extra or mistyped handler a compile error', () => {
    // @ts-expect-error planCitations is missing
    const missing: FeatureHandlers<typeof checkOperations> = { checkPlan: () => [] };
    const mistyped: FeatureHandlers<typeof checkOperations> = {
      checkPlan: () => [],
      // @ts-expect-error the result must be CitationJson[], not a string
      planCitations: () => 'không phải danh sách',
    };
    const wrongArgs: FeatureHandlers<typeof checkOperations> = {
      // @ts-expect-error the first argument is the plan id (a string)
      checkPlan: (id: number) => (id > 0 ? [] : []),
      planCitations: () => [],
    };
    const extra: FeatureHandlers<typeof checkOperations> = {
      checkPlan: () => [],
      planCitations: () => [],
      // @ts-expect-error exportPlan belongs to another feature's table
      exportPlan: () => null,
    };
    expect([missing, mistyped, wrongArgs, extra].every((h) => typeof h.checkPlan === 'function')).toBe(true);
  });
});
