import { toRoman } from '../../model/numbering.ts';
import type { Item, Plan, Section } from '../../model/plan.ts';
import type { ParsedRef } from '../../citations/types.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sameValue } from '../sameValue.ts';
import { fieldArea, fieldNodeId } from '../../model/fields/fieldAddress.ts';
import { romanTotal, sectionOfNode, taskSection } from '../../model/refs/linkReferences.ts';

function items(section: Section): Item[] {
  return section.content.filter((n): n is Item => n.type === 'item');
}

/** Find "1", "1.2" (and a point "a") in a section; null when it does not exist. */
function findItem(
  section: Section,
  item: string,
  point: string | null,
  word: string,
): { ok: boolean; what: string } {
  const path = item.split('.').map(Number);
  let list = items(section);
  let node: Item | undefined;
  for (const n of path) {
    node = list[n - 1];
    if (!node) return { ok: false, what: `${word} ${item}` };
    list = node.children;
  }
  if (point !== null && node) {
    // "điểm a khoản 1": the point is a child of the item (or of one of its sub-items) lettered a.
    const letterIndex = point.charCodeAt(0) - 96;
    const hasChild = (it: Item): boolean =>
      it.children[letterIndex - 1] !== undefined || it.children.some((c) => hasChild(c));
    if (letterIndex < 1 || !hasChild(node)) return { ok: false, what: `điểm ${point} khoản ${item}` };
  }
  return { ok: true, what: '' };
}

/** References to the plan's own sections and items ("Mục VI", "khoản 2 Mục IV") must point somewhere. */
export const internalRefRules: RuleModule = {
  rules: [
    {
      id: 'ref.missing-target',
      severity: 'error',
      title: 'Dẫn chiếu đến mục, khoản không có trong kế hoạch',
      titleEn: 'Reference to a section or item that does not exist',
    },
    {
      id: 'ref.missing-target-relative',
      severity: 'warning',
      title: 'Dẫn chiếu khoản, điểm không tìm thấy trong mục hiện tại',
      titleEn: 'Relative reference not found in the current section',
    },
  ],
  // Reads each text's references, judged against the plan's structure (which such an edit keeps).
  affectedBy: (change) => !sameValue(change.before.parse.refs, change.after.parse.refs),
  run({ plan, scan }) {
    const out: Draft[] = [];
    const owner = sectionOfNode(plan);
    for (const t of scan.texts) {
      if (fieldArea(t.location.address) === 'header') continue;
      for (const ref of t.parse.refs) {
        if (ref.external) continue;
        const problem = check(plan, ref, owner.get(fieldNodeId(t.location.address) ?? '') ?? null);
        if (problem === null) continue;
        const relative = ref.section === null && !ref.explicitInternal && !ref.task;
        out.push({
          rule: relative ? 'ref.missing-target-relative' : 'ref.missing-target',
          message: `Kế hoạch không có ${problem.vi} (dẫn chiếu "${ref.text}").`,
          messageEn: `The plan has no ${problem.en} (reference "${ref.text}").`,
          excerpt: ref.text,
          location: at(t.location, ref.start, ref.end),
          clause: null,
          fix: null,
        });
      }
    }
    return out;
  },
};

function check(plan: Plan, ref: ParsedRef, current: Section | null): { vi: string; en: string } | null {
  let section: Section | null;
  let sectionLabel: string;
  let sectionLabelEn: string;
  if (ref.section !== null) {
    const n = romanTotal(ref.section);
    if (toRoman(n) !== ref.section) return null; // not a well-formed numeral: not ours to judge
    section = plan.sections[n - 1] ?? null;
    sectionLabel = `Mục ${ref.section}`;
    sectionLabelEn = `section ${ref.section}`;
    if (section === null) {
      return {
        vi: `Mục ${ref.section} (chỉ có ${plan.sections.length} mục)`,
        en: `section ${ref.section} (it has ${plan.sections.length})`,
      };
    }
  } else {
    const within = ref.task ? taskSection(plan, current) : current;
    if (within === null || ref.item === null) return null;
    section = within;
    sectionLabel = `Mục ${toRoman(plan.sections.indexOf(within) + 1)}`;
    sectionLabelEn = `section ${toRoman(plan.sections.indexOf(within) + 1)}`;
  }
  if (ref.item === null) return null;
  const found = findItem(section, ref.item, ref.point, ref.task ? 'nhiệm vụ' : 'khoản');
  if (found.ok) return null;
  return {
    vi: `${found.what} trong ${sectionLabel}`,
    en: `${found.what.replace('nhiệm vụ', 'task').replace('khoản', 'item').replace('điểm', 'point')} in ${sectionLabelEn}`,
  };
}
