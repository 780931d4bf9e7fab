import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../../shared/checks/testPlans.ts';
import { carryUndo, takeCarriedUndo } from './carriedUndo.ts';

describe('carryUndo', () => {
  const plan = seedPlan();

  it('hands the plan from before a restore to the next editor of the same plan, once', () => {
    carryUndo('plan-a', plan, 'Đã khôi phục “Gửi xin ý kiến các sở”');
    expect(takeCarriedUndo('plan-a')).toEqual({ plan, notice: 'Đã khôi phục “Gửi xin ý kiến các sở”' });
    expect(takeCarriedUndo('plan-a')).toBeNull();
  });

  it('gives nothing to another plan, and drops what it carried', () => {
    carryUndo('plan-a', plan, 'Đã khôi phục');
    expect(takeCarriedUndo('plan-b')).toBeNull();
    expect(takeCarriedUndo('plan-a')).toBeNull();
  });
});
