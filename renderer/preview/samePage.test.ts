import { describe, expect, it } from 'vitest';
import type { Item, Plan } from '../../shared/model/plan.ts';
import { layoutPlan } from '../../shared/format/layout/layoutPlan.ts';
import { paginate, setLayoutSteps, type Page } from '../../shared/format/layout/paginate.ts';
import { longPlan } from '../../test/render/longPlan.ts';
import { samePage } from './samePage.ts';

const pagesOf = (plan: Plan): Page[] => paginate(layoutPlan(plan, { draft: false })).flatMap((s) => s.pages);

/** The plan with the last task of its content section retitled, everything else the same objects. */
function retitleLast(plan: Plan): Plan {
  const retitle = (nodes: Item[]): Item[] => {
    const last = nodes.at(-1);
    if (!last) return nodes;
    const changed: Item =
      last.children.length > 0
        ? { ...last, children: retitle(last.children) }
        : { ...last, title: `${last.title} (sửa)` };
    return [...nodes.slice(0, -1), changed];
  };
  return {
    ...plan,
    sections: plan.sections.map((s) =>
      s.role === 'content'
        ? { ...s, content: retitle(s.content.filter((n): n is Item => n.type === 'item')) }
        : s,
    ),
  };
}

describe('samePage', () => {
  it('tells the unchanged pages of a new pass from the changed ones', () => {
    const plan = longPlan(60);
    const before = pagesOf(plan);
    const again = pagesOf(plan);
    expect(again.every((p, i) => p !== before[i] && samePage(p, before[i] as Page))).toBe(true);
    const after = pagesOf(retitleLast(plan));
    const same = after.map((p, i) => before[i] !== undefined && samePage(p, before[i]));
    // The pages before the edited task print as before; the page holding it does not.
    const firstChanged = same.indexOf(false);
    expect(firstChanged).toBeGreaterThan(0);
    expect(same.slice(0, firstChanged).every(Boolean)).toBe(true);
    const edited = after[firstChanged];
    expect(
      edited?.items.some(
        (it) =>
          it.type === 'paragraph' &&
          it.set.lines.some((l) => l.segments.some((s) => s.text.includes('(sửa)'))),
      ),
    ).toBe(true);
  });
});

describe('setLayoutSteps', () => {
  it('sets every paragraph ahead, and the pages are those paginate computes alone', () => {
    const plan = longPlan(40);
    const layout = layoutPlan(plan, { draft: true, revision: 2 });
    let steps = 0;
    for (const _ of setLayoutSteps(layout)) steps++;
    expect(steps).toBe(layout.sections.reduce((a, s) => a + s.blocks.length, 0));
    expect(paginate(layout)).toEqual(
      paginate(layoutPlan(structuredClone(plan), { draft: true, revision: 2 })),
    );
  });
});
