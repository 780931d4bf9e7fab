import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.ts';
import type { Item, Plan } from '../model/plan.ts';
import { planTasks } from '../model/walk.ts';
import { describeChange } from './describeChange.ts';

function seed(): Plan {
  const parsed = parsePlan(
    JSON.parse(
      readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
    ) as unknown,
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

describe('describeChange', () => {
  it('says nothing for an unchanged plan', () => {
    expect(describeChange(seed(), seed())).toEqual({ vi: '', en: '' });
  });

  it('names the one edited field', () => {
    const before = seed();
    const after = { ...before, summary: 'Phổ biến pháp luật năm 2022' };
    expect(describeChange(before, after).vi).toBe('Sửa Trích yếu');
    const task = planTasks(before)[0]!;
    const withHost = structuredClone(before);
    const copy = planTasks(withHost).find((t) => t.id === task.id)!;
    copy.fields = { ...copy.fields!, lead: 'Sở Tư pháp tỉnh Lạng Sơn' };
    expect(describeChange(before, withHost).vi).toMatch(/^Sửa Mục II, .*Cơ quan chủ trì$/u);
    const both = { ...withHost, summary: 'Khác' };
    expect(describeChange(before, both).vi).toMatch(/^Sửa .* và 1 chỗ khác$/u);
  });

  it('counts added and deleted tasks and names a deleted section', () => {
    const before = seed();
    const added = structuredClone(before);
    const content = added.sections.find((s) => s.role === 'content')!;
    const group = content.content.find((n): n is Item => n.type === 'item' && n.children.length > 0)!;
    group.children.push({ ...structuredClone(group.children[0]!), id: 'moi-1', children: [] });
    expect(describeChange(before, added)).toEqual({ vi: 'Thêm 1 nhiệm vụ', en: 'Added 1 task' });
    const removed = { ...before, sections: before.sections.filter((_, i) => i !== 2) };
    expect(describeChange(before, removed).vi).toBe('Xóa Mục III');
  });
});
