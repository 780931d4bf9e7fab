import { describe, expect, it } from 'vitest';
import seedJson from '../../templates/plans/langson-2021.json';
import { numberPlan } from './numbering.ts';
import type { Item, Plan, Section } from './plan.ts';

const seed = seedJson as unknown as Plan;
/** Labels computed afresh: after a plan of another shape (no sections), the memo holds nothing alike. */
const fresh = (p: Plan) => {
  numberPlan({ ...p, sections: [] });
  return new Map(numberPlan({ ...p, sections: structuredClone(p.sections) }));
};
const mapSection = (p: Plan, i: number, f: (s: Section) => Section): Plan => ({
  ...p,
  sections: p.sections.map((s, j) => (j === i ? f(s) : s)),
});
const firstItem = (s: Section): Item => s.content.find((n): n is Item => n.type === 'item')!;

describe('numberPlan', () => {
  it('returns the same labels object for a plan whose edit changed only text', () => {
    const before = numberPlan(seed);
    const typed = mapSection(seed, 1, (s) => ({
      ...s,
      content: s.content.map((n) => (n === firstItem(s) ? { ...n, title: `${n.title} (sửa)` } : n)),
    }));
    expect(numberPlan(typed)).toBe(before);
    expect(new Map(numberPlan(typed))).toEqual(fresh(typed));
  });

  it('numbers again whatever changes the shape: a moved, added, removed or nested item, a section', () => {
    const item = firstItem(seed.sections[1]!);
    const clone = (it: Item, id: string): Item => ({ ...it, id, children: [] });
    const edits: Plan[] = [
      // The first two items swapped.
      mapSection(seed, 1, (s) => {
        const items = s.content.filter((n) => n.type === 'item');
        const [a, b] = items;
        return { ...s, content: s.content.map((n) => (n === a ? b! : n === b ? a! : n)) };
      }),
      mapSection(seed, 1, (s) => ({ ...s, content: [...s.content, clone(item, 'moi-1')] })),
      mapSection(seed, 1, (s) => ({ ...s, content: s.content.filter((n) => n !== item) })),
      mapSection(seed, 1, (s) => ({
        ...s,
        content: s.content.map((n) =>
          n === item ? { ...item, children: [...item.children, clone(item, 'con-1')] } : n,
        ),
      })),
      { ...seed, sections: [...seed.sections].reverse() },
      { ...seed, sections: seed.sections.slice(1) },
    ];
    for (const edited of edits) {
      numberPlan(seed);
      const labels = numberPlan(edited);
      expect(new Map(labels)).toEqual(fresh(edited));
      expect(new Map(labels)).not.toEqual(new Map(numberPlan(seed)));
    }
    // A third level added under a sub-item.
    const withChild = (it: Item, child: Item): Item => ({ ...it, children: [...it.children, child] });
    const nested = mapSection(seed, 1, (s) => ({
      ...s,
      content: s.content.map((n) => (n === item ? withChild(item, clone(item, 'con-1')) : n)),
    }));
    const parent = firstItem(nested.sections[1]!);
    const deeper = mapSection(nested, 1, (s) => ({
      ...s,
      content: s.content.map((n) =>
        n === parent
          ? {
              ...parent,
              children: parent.children.map((c) =>
                c.id === 'con-1' ? withChild(c, clone(item, 'chau-1')) : c,
              ),
            }
          : n,
      ),
    }));
    numberPlan(nested);
    expect(numberPlan(deeper).get('chau-1')?.prefix).toBe('a) ');
  });
});
