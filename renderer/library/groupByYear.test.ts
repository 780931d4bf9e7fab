import { describe, expect, it } from 'vitest';
import { groupByYear } from './groupByYear.ts';

describe('groupByYear', () => {
  it('groups by year, newest first, keeping the order inside a year', () => {
    const plans = [
      { id: 'a', year: 2021 },
      { id: 'b', year: 2026 },
      { id: 'c', year: 2021 },
      { id: 'd', year: 2024 },
    ];
    expect(groupByYear(plans).map((g) => [g.year, g.plans.map((p) => p.id)])).toEqual([
      [2026, ['b']],
      [2024, ['d']],
      [2021, ['a', 'c']],
    ]);
  });

  it('gives no group for no plan', () => {
    expect(groupByYear([])).toEqual([]);
  });
});
