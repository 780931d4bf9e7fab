import { describe, expect, it } from 'vitest';
import { withPreamble } from '../../../shared/checks/testPlans.ts';
import { joinLines, ReferenceStore, referencesTooltip } from './ReferenceLinks.tsx';

describe('ReferenceStore', () => {
  it("keeps a field's list while its references are unchanged, and tells its listeners", () => {
    const store = new ReferenceStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const plan = withPreamble('Thực hiện khoản 2 Mục II.');
    store.update(plan);
    const first = store.get('preamble');
    expect(first.map((r) => r.text)).toEqual(['khoản 2 Mục II']);
    store.update({ ...plan, summary: `${plan.summary} mới` });
    expect(store.get('preamble')).toBe(first);
    store.update(withPreamble('Thực hiện Mục III.'));
    expect(store.get('preamble').map((r) => r.text)).toEqual(['Mục III']);
    expect(calls).toBe(3);
  });
});

describe('referencesTooltip', () => {
  const refs = new ReferenceStore();
  refs.update(withPreamble('Theo khoản 2 Mục II.'));
  const list = refs.get('preamble');
  it('names the targets of the references the value still holds', () => {
    expect(referencesTooltip(list, 'Theo khoản 2 Mục II.', 'vi')).toMatch(/^khoản 2 Mục II → Mục II, 2: /);
    expect(referencesTooltip(list, 'Theo khoản 2 Mục II.', 'en')).toMatch(/→ Section II, 2: /);
    // Text typed since the last link: no stale tooltip.
    expect(referencesTooltip(list, 'Theo khoản 5 Mục II.', 'vi')).toBeUndefined();
  });
  it('joins tooltip lines and gives none when there are none', () => {
    expect(joinLines(undefined, 'a', '', 'b')).toBe('a\nb');
    expect(joinLines(undefined, '')).toBeUndefined();
  });
});
