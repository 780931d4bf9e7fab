import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../shared/checks/testPlans.ts';
import { laterThanPlan } from './laterThanPlan.ts';

describe('laterThanPlan', () => {
  it('marks a document dated after the plan’s issue date, with both dates', () => {
    const plan = seedPlan();
    plan.header.issueDate = { day: 5, month: 1, year: 2021 };
    const late = laterThanPlan(plan, 'vi');
    expect(late('2021-01-06')).toBe(
      'Văn bản này ban hành ngày 06/01/2021, sau ngày của kế hoạch (05/01/2021): một kế hoạch không thể căn cứ vào văn bản chưa có.',
    );
    expect(late('2021-01-05')).toBeNull();
    expect(late('2017-05-25')).toBeNull();
    expect(late(null)).toBeNull();
  });

  it('reads a plan dated by its month or year only up to the end of that month or year', () => {
    const plan = seedPlan();
    plan.header.issueDate = { day: null, month: 1, year: 2021 };
    expect(laterThanPlan(plan, 'vi')('2021-01-31')).toBeNull();
    expect(laterThanPlan(plan, 'en')('2021-02-01')).toMatch(/^This document was issued on 01\/02\/2021, after the plan’s date \(31\/01\/2021\)/u);
    plan.header.issueDate = { day: null, month: null, year: null };
    expect(laterThanPlan(plan, 'vi')(`${plan.year}-12-31`)).toBeNull();
    expect(laterThanPlan(plan, 'vi')(`${plan.year + 1}-01-01`)).toMatch(/sau ngày của kế hoạch \(năm \d{4}\)/u);
  });
});
