import { describe, expect, it } from 'vitest';
import seedJson from '../../templates/plans/langson-2021.json';
import { numberPlan } from '../../shared/model/numbering.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';
import { planSchema, type Item, type Plan } from '../../shared/model/plan.ts';
import { allItems } from '../../shared/model/walk.ts';
import {
  appendChild,
  emptyItem,
  insertAfter,
  moveInArray,
  moveNode,
  removeNode,
  updateItem,
  updateTaskField,
} from './planEdit.ts';

const seed: Plan = planSchema.parse(seedJson);

function content(plan: Plan): Item[] {
  const s = plan.sections.find((x) => x.role === 'content');
  return (s?.content ?? []).filter((n): n is Item => n.type === 'item');
}

describe('planEdit', () => {
  it('moving a task down renumbers it, and shares every untouched section', () => {
    const [first, second] = content(seed);
    if (!first || !second) throw new Error('seed has no tasks');
    const moved = moveNode(seed, first.id, +1);
    expect(numberPlan(moved).get(first.id)?.label).toBe('2');
    expect(numberPlan(moved).get(second.id)?.label).toBe('1');
    const purpose = seed.sections.findIndex((s) => s.role === 'purpose');
    expect(moved.sections[purpose]).toBe(seed.sections[purpose]);
    expect(moveNode(moved, first.id, +0)).toBe(moved);
    expect(moveNode(seed, first.id, -1)).toBe(seed);
  });

  it('sets a task field with Vietnamese text and clears it back to null', () => {
    const task = content(seed).find((i) => i.children.length === 0 && i.fields);
    if (!task) throw new Error('seed has no task with fields');
    const set = updateTaskField(seed, task.id, 'lead', 'Sở Tư pháp và Công an tỉnh Lạng Sơn');
    const after = allItems(set).find((x) => x.item.id === task.id)?.item;
    expect(after?.fields?.lead).toBe('Sở Tư pháp và Công an tỉnh Lạng Sơn');
    const cleared = updateTaskField(set, task.id, 'lead', '');
    expect(allItems(cleared).find((x) => x.item.id === task.id)?.item.fields?.lead).toBeNull();
    expect(parsePlan(cleared).ok).toBe(true);
  });

  it('adds, nests and removes items anywhere in the tree', () => {
    const [first] = content(seed);
    if (!first) throw new Error('no task');
    const added = emptyItem(true);
    let plan = insertAfter(seed, first.id, added);
    expect(numberPlan(plan).get(added.id)?.label).toBe('2');
    const child = { ...emptyItem(true), title: 'Tập huấn cho hòa giải viên' };
    plan = appendChild(plan, added.id, child);
    expect(numberPlan(plan).get(child.id)?.label).toBe('2.1');
    plan = updateItem(plan, child.id, (i) => ({ ...i, title: `${i.title} ở cơ sở` }));
    expect(allItems(plan).find((x) => x.item.id === child.id)?.item.title).toBe(
      'Tập huấn cho hòa giải viên ở cơ sở',
    );
    plan = removeNode(plan, added.id);
    expect(allItems(plan).some((x) => x.item.id === child.id)).toBe(false);
    expect(allItems(plan).length).toBe(allItems(seed).length);
  });

  it('moves entries of flat lists within bounds only', () => {
    expect(moveInArray(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    const list = ['a'];
    expect(moveInArray(list, 0, -1)).toBe(list);
  });
});
