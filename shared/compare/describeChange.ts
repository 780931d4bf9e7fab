import { toRoman } from '../model/numbering.ts';
import type { Plan } from '../model/plan.ts';
import { allItems, planTasks } from '../model/walk.ts';
import { planBlocks, type PlanBlock } from './planBlocks.ts';

/** What one revision changed, in a few words, in both languages (the history panel shows one). */
export interface ChangeDescription {
  vi: string;
  en: string;
}

/** The block labels [vi, en] that differ between two plans, in the order of the newer plan. */
function editedLabels(before: Plan, after: Plan, blocks: BlocksOf): Array<[string, string]> {
  const old = new Map<string, { text: string; labelEn: string }>();
  for (const b of blocks(before)) old.set(b.label, { text: b.text, labelEn: b.labelEn });
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const b of blocks(after)) {
    seen.add(b.label);
    if (old.get(b.label)?.text !== b.text) out.push([b.label, b.labelEn]);
  }
  for (const [label, { labelEn }] of old) if (!seen.has(label)) out.push([label, labelEn]);
  return out;
}

/** How a plan is read as blocks: planBlocks, or a memo of it for a caller describing a chain of revisions. */
export type BlocksOf = (plan: Plan) => readonly PlanBlock[];

/**
 * A short description of what changed from `before` to `after` ("Sửa Mục II, 1.2, Cơ quan chủ
 * trì", "Thêm 1 nhiệm vụ", "Xóa Mục III"). Structure first (sections, items added or removed by
 * id); only when the structure stayed does it name the edited field, since an insertion renumbers
 * every label after it. Empty when the printed plan is unchanged. A store describing each save
 * against the one before passes a memo as `blocks`, so that each revision is read once, not twice.
 */
export function describeChange(before: Plan, after: Plan, blocks: BlocksOf = planBlocks): ChangeDescription {
  const vi: string[] = [];
  const en: string[] = [];
  const afterSections = new Set(after.sections.map((s) => s.id));
  const beforeSections = new Set(before.sections.map((s) => s.id));
  const removedSections = before.sections
    .map((s, i) => ({ s, n: toRoman(i + 1) }))
    .filter(({ s }) => !afterSections.has(s.id));
  const addedSections = after.sections
    .map((s, i) => ({ s, n: toRoman(i + 1) }))
    .filter(({ s }) => !beforeSections.has(s.id));
  if (addedSections.length > 0) {
    vi.push(`Thêm ${addedSections.map(({ n }) => `Mục ${n}`).join(', ')}`);
    en.push(`Added ${addedSections.map(({ n }) => `section ${n}`).join(', ')}`);
  }
  if (removedSections.length > 0) {
    vi.push(`Xóa ${removedSections.map(({ n }) => `Mục ${n}`).join(', ')}`);
    en.push(`Deleted ${removedSections.map(({ n }) => `section ${n}`).join(', ')}`);
  }
  // Items inside added or removed sections are told by the section.
  const beforeItems = allItems(before).filter((i) => afterSections.has(i.sectionId));
  const afterItems = allItems(after).filter((i) => beforeSections.has(i.sectionId));
  const beforeIds = new Set(beforeItems.map((i) => i.item.id));
  const afterIds = new Set(afterItems.map((i) => i.item.id));
  const tasks = new Set([...planTasks(before), ...planTasks(after)].map((t) => t.id));
  const count = (ids: string[], verbVi: string, verbEn: string): void => {
    if (ids.length === 0) return;
    const allTasks = ids.every((id) => tasks.has(id));
    vi.push(`${verbVi} ${ids.length} ${allTasks ? 'nhiệm vụ' : 'mục'}`);
    en.push(`${verbEn} ${ids.length} ${allTasks ? 'task' : 'item'}${ids.length > 1 ? 's' : ''}`);
  };
  count(
    afterItems.filter((i) => !beforeIds.has(i.item.id)).map((i) => i.item.id),
    'Thêm',
    'Added',
  );
  count(
    beforeItems.filter((i) => !afterIds.has(i.item.id)).map((i) => i.item.id),
    'Xóa',
    'Deleted',
  );
  if (vi.length > 0) return { vi: vi.join('; '), en: en.join('; ') };

  const edited = editedLabels(before, after, blocks);
  if (edited.length === 0) return { vi: '', en: '' };
  const [[first, firstEn] = ['', '']] = edited;
  const more = edited.length - 1;
  return {
    vi: more > 0 ? `Sửa ${first} và ${more} chỗ khác` : `Sửa ${first}`,
    en: more > 0 ? `Edited ${firstEn} and ${more} other place${more > 1 ? 's' : ''}` : `Edited ${firstEn}`,
  };
}
