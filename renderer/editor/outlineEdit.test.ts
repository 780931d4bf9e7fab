import { describe, expect, it } from 'vitest';
import { numberPlan } from '../../shared/model/numbering.ts';
import type { Item, Plan } from '../../shared/model/plan.ts';
import { canIndent, canOutdent, indentItem, outdentItem } from './outlineEdit.ts';

const item = (id: string, title: string, children: Item[] = []): Item => ({
  type: 'item',
  id,
  title,
  body: [],
  children,
});

function plan(content: Plan['sections'][number]['content']): Plan {
  return {
    sections: [{ id: 's2', title: 'NỘI DUNG', role: 'content', content }],
  } as unknown as Plan;
}

/** "1 Tuyên truyền; 1.1 Hội nghị; …" in document order. */
const outline = (p: Plan) => {
  const numbers = numberPlan(p);
  const out: string[] = [];
  const walk = (items: Item[]) =>
    items.forEach((i) => {
      out.push(`${numbers.get(i.id)?.label} ${i.title}`);
      walk(i.children);
    });
  walk(p.sections[0]!.content as Item[]);
  return out;
};

describe('indent and outdent', () => {
  const base = plan([
    item('a', 'Tuyên truyền', [item('a1', 'Hội nghị'), item('a2', 'Tờ gấp'), item('a3', 'Phát thanh')]),
    item('b', 'Hòa giải ở cơ sở'),
  ]);

  it('indents an item under the one before it, and leaves the first one where it is', () => {
    const p = indentItem(base, 'b');
    expect(outline(p)).toEqual(['1 Tuyên truyền', '1.1 Hội nghị', '1.2 Tờ gấp', '1.3 Phát thanh', '1.4 Hòa giải ở cơ sở']);
    expect(canIndent(base, 'a')).toBe(false);
    expect(indentItem(base, 'a')).toBe(base);
  });

  it('outdents an item after its parent, the items after it becoming its children (reading order kept)', () => {
    const p = outdentItem(base, 'a2');
    expect(outline(p)).toEqual(['1 Tuyên truyền', '1.1 Hội nghị', '2 Tờ gấp', '2.1 Phát thanh', '3 Hòa giải ở cơ sở']);
    expect(canOutdent(base, 'a')).toBe(false);
    expect(outdentItem(base, 'b')).toBe(base);
  });

  it('keeps three levels at most', () => {
    const deep = indentItem(indentItem(base, 'a2'), 'a3');
    expect(outline(deep)).toEqual(['1 Tuyên truyền', '1.1 Hội nghị', 'a Tờ gấp', 'b Phát thanh', '2 Hòa giải ở cơ sở']);
    // "Tờ gấp" is already at the third level; "1.1" with two levels under it cannot go under nothing deeper.
    expect(canIndent(deep, 'a2')).toBe(false);
    const withGrandchildren = plan([item('x', 'Một'), item('y', 'Hai', [item('y1', 'Hai một', [item('y11', 'Hai một a')])])]);
    expect(canIndent(withGrandchildren, 'y')).toBe(false);
    expect(indentItem(outdentItem(deep, 'a3'), 'a3')).toEqual(deep);
  });

  it('does not indent an item under a paragraph of text', () => {
    const withText = plan([{ type: 'text', id: 't', body: [] }, item('b', 'Hòa giải ở cơ sở')]);
    expect(canIndent(withText, 'b')).toBe(false);
  });
});
