import { describe, expect, it } from 'vitest';
import { seedPlan, withPreamble } from '../../checks/testPlans.ts';
import { referenceTitles } from './referenceTitles.ts';

describe('referenceTitles', () => {
  it('names the target of each reference with its current number and title', () => {
    const plan = withPreamble('Thực hiện khoản 2 Mục II và Mục III; khoản 9 Mục II không có.');
    const titles = referenceTitles(plan).get('preamble') ?? [];
    const task2 = seedPlan().sections[1]?.content[1];
    expect(task2?.type === 'item' && task2.title).toBeTruthy();
    const title = task2?.type === 'item' ? task2.title : '';
    expect(titles.map((t) => t.title)).toEqual([
      `→ Mục II, 2: ${title}`,
      `→ Mục III: ${seedPlan().sections[2]?.title ?? ''}`,
    ]);
    expect(titles[0]?.titleEn).toBe(`→ Section II, 2: ${title}`);
    expect(titles[0]?.start).toBe('Thực hiện '.length);
    expect(titles[0]?.end).toBe('Thực hiện khoản 2 Mục II'.length);
  });
});
