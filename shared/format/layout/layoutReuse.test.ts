import { describe, expect, it } from 'vitest';
import type { Item, Plan, SectionNode } from '../../model/plan.ts';
import { longPlan } from '../../../test/render/longPlan.ts';
import { layoutPlan } from './layoutPlan.ts';
import { paginate } from './paginate.ts';
import type { LayoutParagraph } from './types.ts';

/** The plan with one item replaced, the rest of it the same objects (as the editor updates it). */
function withItem(plan: Plan, id: string, fn: (item: Item) => Item): Plan {
  const mapNodes = <N extends SectionNode>(nodes: N[]): N[] =>
    nodes.map((n) => {
      if (n.type !== 'item') return n;
      if (n.id === id) return fn(n) as N;
      const children = mapNodes(n.children);
      return children.some((c, i) => c !== n.children[i]) ? { ...n, children } : n;
    });
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, content: mapNodes(s.content) })) };
}

const paragraphs = (plan: Plan): LayoutParagraph[] =>
  layoutPlan(plan, { draft: false }).sections.flatMap((s) =>
    s.blocks.filter((b): b is LayoutParagraph => b.type === 'paragraph'),
  );

const textOf = (p: LayoutParagraph): string => p.runs.map((r) => r.text).join('');

const firstTask = (plan: Plan): Item => {
  const found = plan.sections
    .flatMap((s) => s.content)
    .flatMap((n) => (n.type === 'item' ? n.children : []))
    .find((c) => c.fields);
  if (!found) throw new Error('no task with fields');
  return found;
};

describe('layout reuse between passes (issue 13)', () => {
  it('hands back the same paragraph objects for unchanged items, new ones for the edited item', () => {
    const plan = longPlan();
    const task = firstTask(plan);
    const before = paragraphs(plan);
    const edited = withItem(plan, task.id, (it) => ({ ...it, title: `${it.title} đã sửa` }));
    const after = paragraphs(edited);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((p, i) => p !== before[i]);
    // The edited task's heading only among the item paragraphs (the header, title and footer are
    // built anew on each pass).
    expect(changed.some((p) => textOf(p).endsWith('đã sửa'))).toBe(true);
    const reused = after.filter((p, i) => p === before[i]).length;
    expect(reused).toBeGreaterThan(before.length * 0.9);
  });

  it('prints an item with its new number when it moves, though the item object is the same', () => {
    const plan = longPlan();
    const content = plan.sections.find((s) => s.role === 'content');
    const groups = content?.content.filter((n): n is Item => n.type === 'item') ?? [];
    const [a, b] = groups;
    if (!content || !a || !b) throw new Error('need two groups');
    // The item's heading: the paragraph that prints its title (cased by its style).
    const headOf = (p: Plan, item: Item): string | undefined =>
      paragraphs(p)
        .map(textOf)
        .find((t) => t.toLowerCase().includes(item.title.trim().toLowerCase()));
    const was = headOf(plan, b);
    const swapped: Plan = {
      ...plan,
      sections: plan.sections.map((s) =>
        s === content ? { ...s, content: s.content.map((n) => (n === a ? b : n === b ? a : n)) } : s,
      ),
    };
    const now = headOf(swapped, b);
    expect(now).not.toBe(was);
    expect(now).toBe(headOf(structuredClone(swapped), structuredClone(b)));
  });

  it('lays out a reused plan exactly as a fresh copy of it (what the export writes)', () => {
    const plan = longPlan();
    paragraphs(plan);
    const edited = withItem(plan, firstTask(plan).id, (it) => ({ ...it, body: [] }));
    expect(layoutPlan(edited, { draft: true, revision: 3 })).toEqual(
      layoutPlan(structuredClone(edited), { draft: true, revision: 3 }),
    );
    expect(paginate(layoutPlan(edited, { draft: false }))).toEqual(
      paginate(layoutPlan(structuredClone(edited), { draft: false })),
    );
  });

  it('keeps the set lines of unchanged paragraphs: the same objects page after page', () => {
    const plan = longPlan();
    const sets = (p: Plan) =>
      paginate(layoutPlan(p, { draft: false })).flatMap((s) =>
        s.pages.flatMap((pg) => pg.items.flatMap((it) => (it.type === 'paragraph' ? [it.set] : []))),
      );
    const before = new Set(sets(plan));
    const edited = withItem(plan, firstTask(plan).id, (it) => ({ ...it, title: `${it.title} x` }));
    const after = sets(edited);
    const kept = after.filter((s) => before.has(s)).length;
    expect(kept).toBeGreaterThan(after.length * 0.9);
    expect(kept).toBeLessThan(after.length);
  });
});
