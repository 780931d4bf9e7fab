import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../checks/checkPlan.ts';
import { seedPlan } from '../../checks/testPlans.ts';
import type { Item, Plan, Section } from '../plan.ts';
import { plainText } from '../richText.ts';
import { linkReferences } from './linkReferences.ts';
import { renumberReferences } from './rewriteReferences.ts';

const item = (id: string, title: string, children: Item[] = [], body = ''): Item => ({
  type: 'item',
  id,
  title,
  body: body === '' ? [] : [{ runs: [{ text: body }] }],
  children,
});
const section = (id: string, title: string, content: Item[]): Section => ({
  id,
  title,
  role: id === 's2' ? 'content' : 'other',
  content,
});

/** Seven tasks in Mục II, points under 1.1 of Mục IV, references in the preamble and in task bodies. */
function plan(preamble: string): Plan {
  const tasks = [1, 2, 3, 4, 5, 6, 7].map((n) =>
    item(`t${n}`, `Nhiệm vụ ${n}`, [], n === 2 ? 'Phối hợp với khoản 7 Mục II và khoản 3 nêu trên.' : ''),
  );
  return {
    ...seedPlan(),
    preamble: [{ runs: [{ text: preamble.slice(0, 6), bold: true }, { text: preamble.slice(6) }] }],
    sections: [
      section('s1', 'MỤC ĐÍCH, YÊU CẦU', [item('m1', 'Mục đích')]),
      section('s2', 'NHIỆM VỤ', tasks),
      section('s3', 'KINH PHÍ', [item('k1', 'Nguồn kinh phí')]),
      section('s4', 'TỔ CHỨC THỰC HIỆN', [
        item('o1', 'Sở Tư pháp', [item('o11', 'Tham mưu', [item('pa', 'a'), item('pb', 'b')])]),
      ]),
    ],
  };
}

const moveUp = (p: Plan, sectionIndex: number, index: number): Plan => {
  const s = p.sections[sectionIndex] as Section;
  const content = s.content.slice();
  const [node] = content.splice(index, 1);
  if (node) content.splice(index - 1, 0, node);
  return { ...p, sections: p.sections.map((x, i) => (i === sectionIndex ? { ...s, content } : x)) };
};
const preambleOf = (p: Plan): string => plainText(p.preamble);
const bodyOf = (p: Plan, id: string): string =>
  plainText((p.sections[1]?.content.find((n) => n.id === id) as Item).body);

describe('linkReferences', () => {
  it('links section, item, point and relative references to their target ids', () => {
    const links = linkReferences(plan('Thực hiện khoản 7 Mục II, điểm b khoản 1.1 Mục IV và Mục III.'));
    const byText = new Map(links.map((l) => [l.text, l.targetId]));
    expect(byText.get('khoản 7 Mục II')).toBe('t7');
    expect(byText.get('điểm b khoản 1.1 Mục IV')).toBe('pb');
    expect(byText.get('Mục III')).toBe('s3');
    // "khoản 3" in the body of task 2 is read in its own section, Mục II.
    expect(links.find((l) => l.text === 'khoản 3')?.targetId).toBe('t3');
    const ref = links.find((l) => l.text === 'khoản 7 Mục II');
    expect(ref?.address).toEqual({ kind: 'preamble' });
    expect(ref?.start).toBe('Thực hiện '.length);
  });
  it('does not link a reference to a missing item or to another document', () => {
    const links = linkReferences(plan('Theo khoản 9 Mục II và khoản 2 Điều 5 Luật Hòa giải ở cơ sở.'));
    expect(links.map((l) => l.text)).not.toContain('khoản 9 Mục II');
    expect(links.some((l) => l.text.startsWith('khoản 2'))).toBe(false);
  });
});

describe('renumberReferences', () => {
  it('moving task 7 up renames "khoản 7 Mục II" to "khoản 6 Mục II" in every field that names it', () => {
    const before = plan('Thực hiện khoản 7 Mục II; khoản 2 Mục II giữ nguyên.');
    const after = renumberReferences(before, moveUp(before, 1, 6));
    expect(preambleOf(after)).toBe('Thực hiện khoản 6 Mục II; khoản 2 Mục II giữ nguyên.');
    expect(bodyOf(after, 't2')).toBe('Phối hợp với khoản 6 Mục II và khoản 3 nêu trên.');
    // The order is the moved one, and the run formatting is kept.
    expect(after.sections[1]?.content.map((n) => n.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't7', 't6']);
    expect(after.preamble[0]?.runs[0]).toEqual({ text: 'Thực h', bold: true });
  });
  it('a reference to the item that moved down follows it too, and unmoved references stay', () => {
    const before = plan('Xem khoản 6 Mục II và khoản 1 Mục II.');
    const after = renumberReferences(before, moveUp(before, 1, 6));
    expect(preambleOf(after)).toBe('Xem khoản 7 Mục II và khoản 1 Mục II.');
  });
  it('a relative "khoản 3" follows task 3 within its own section, a reference split across runs too', () => {
    const before = plan('Theo khoản 3 Mục II.');
    const split: Plan = {
      ...before,
      preamble: [{ runs: [{ text: 'Theo khoản 3 Mục ' }, { text: 'II.', italic: true }] }],
    };
    const after = renumberReferences(split, moveUp(split, 1, 2));
    expect(bodyOf(after, 't2')).toBe('Phối hợp với khoản 7 Mục II và khoản 2 nêu trên.');
    expect(after.preamble[0]?.runs).toEqual([{ text: 'Theo khoản 2 Mục ' }, { text: 'II.', italic: true }]);
  });
  it('rewrites "điểm a khoản 1.1 Mục IV" when the point moves, keeping the words', () => {
    const before = plan('Theo điểm a khoản 1.1 Mục IV.');
    const moved: Plan = {
      ...before,
      sections: before.sections.map((s) =>
        s.id !== 's4'
          ? s
          : section('s4', s.title, [
              item('o1', 'Sở Tư pháp', [item('o11', 'Tham mưu', [item('pb', 'b'), item('pa', 'a')])]),
            ]),
      ),
    };
    expect(preambleOf(renumberReferences(before, moved))).toBe('Theo điểm b khoản 1.1 Mục IV.');
  });
  it('a section reorder renames "Mục III" to "Mục II" and "khoản 1 Mục IV" to "khoản 1 Mục III"', () => {
    const before = plan('Kinh phí theo Mục III; phân công tại khoản 1 Mục IV.');
    const s = before.sections;
    const reordered = { ...before, sections: [s[0], s[2], s[1], s[3]] as Section[] };
    const after = renumberReferences(before, reordered);
    expect(preambleOf(after)).toBe('Kinh phí theo Mục II; phân công tại khoản 1 Mục IV.');
    const swapped = { ...before, sections: [s[0], s[1], s[3], s[2]] as Section[] };
    expect(preambleOf(renumberReferences(before, swapped))).toBe(
      'Kinh phí theo Mục IV; phân công tại khoản 1 Mục III.',
    );
  });
  it('"nhiệm vụ 7" (in section IV, by the task number of Mục II) follows task 7, words kept', () => {
    const before = plan(
      'Báo cáo kết quả nhiệm vụ 7 và nhiệm vụ số 2; nhiệm vụ số 12/QĐ-UBND không phải của kế hoạch.',
    );
    const links = linkReferences(before);
    expect(links.find((l) => l.text === 'nhiệm vụ 7')?.targetId).toBe('t7');
    expect(links.find((l) => l.text === 'nhiệm vụ số 2')?.targetId).toBe('t2');
    expect(links.some((l) => l.text.includes('12'))).toBe(false);
    const after = renumberReferences(before, moveUp(before, 1, 6));
    expect(preambleOf(after)).toBe(
      'Báo cáo kết quả nhiệm vụ 6 và nhiệm vụ số 2; nhiệm vụ số 12/QĐ-UBND không phải của kế hoạch.',
    );
    const deleted: Plan = {
      ...before,
      sections: before.sections.map((s) => (s.id === 's2' ? { ...s, content: s.content.slice(0, 6) } : s)),
    };
    const finding = checkPlan(renumberReferences(before, deleted)).find(
      (f) => f.rule === 'ref.missing-target' && f.location?.address.kind === 'preamble',
    );
    expect(finding?.message).toBe('Kế hoạch không có nhiệm vụ 7 trong Mục II (dẫn chiếu "nhiệm vụ 7").');
  });
  it('a deleted target keeps its text and the checks report it by name', () => {
    const before = plan('Thực hiện khoản 7 Mục II.');
    const deleted: Plan = {
      ...before,
      sections: before.sections.map((s) => (s.id === 's2' ? { ...s, content: s.content.slice(0, 6) } : s)),
    };
    const after = renumberReferences(before, deleted);
    expect(preambleOf(after)).toBe('Thực hiện khoản 7 Mục II.');
    const finding = checkPlan(after).find(
      (f) => f.rule === 'ref.missing-target' && f.location?.address.kind === 'preamble',
    );
    expect(finding?.message).toContain('"khoản 7 Mục II"');
    expect(finding?.severity).toBe('error');
  });
  it('deleting an earlier task renumbers the later references', () => {
    const before = plan('Thực hiện khoản 7 Mục II.');
    const deleted: Plan = {
      ...before,
      sections: before.sections.map((s) => (s.id === 's2' ? { ...s, content: s.content.slice(1) } : s)),
    };
    expect(preambleOf(renumberReferences(before, deleted))).toBe('Thực hiện khoản 6 Mục II.');
  });
  it('is one plan value: the plan before is untouched, and an edit that moves nothing is returned as is', () => {
    const before = plan('Thực hiện khoản 7 Mục II.');
    const snapshot = structuredClone(before);
    const moved = moveUp(before, 1, 6);
    const after = renumberReferences(before, moved);
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(moved);
    const typed = { ...before, summary: 'Kế hoạch khác' };
    expect(renumberReferences(before, typed)).toBe(typed);
  });
});
