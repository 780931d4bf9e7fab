import {
  fieldKey,
  numberSymbolText,
  type FieldAddress,
  type TaskFieldName,
  type TextAddress,
} from './fields/fieldAddress.ts';
import { fieldLens, taskFieldValue } from './fields/fieldLens.ts';
import { fieldTexts, planFields, type PlanField } from './fields/planFields.ts';
import type { Item, Plan } from './plan.ts';
import { planTableTasks, tableTaskAnchors, tableTaskFieldCells, type TableTask } from './tableTasks.ts';

/**
 * Where a piece of text lives in a plan: the field (or the derived number/symbol text), the paragraph
 * inside it (0 for a one-line field), and what a drafter reads ("Mục II, 1.2, Cơ quan chủ trì").
 */
export interface TextLocation {
  address: TextAddress;
  paragraph: number;
  label: string;
  labelEn: string;
}

export interface PlanText {
  location: TextLocation;
  text: string;
}

/** One string per text location, for maps and sets: the field's key and the paragraph. */
export const textKey = (l: Pick<TextLocation, 'address' | 'paragraph'>): string =>
  `${fieldKey(l.address)}#${l.paragraph}`;

/**
 * Which fields the checks, the citation engine and search read, and how. The header's number and
 * symbol are read as one text, "number/symbol" (NĐ 30 writes and checks "Số: 12/KH-UBND" as one
 * symbol), at the place of the number; `splitNumberSymbol` maps a range of it back to the field.
 * The place, the date and the type name hold no prose; an empty item title or appendix subtitle is
 * not printed, so it is not read.
 */
function readsAs(field: PlanField, plan: Plan): Array<{ address: TextAddress; texts: string[] }> {
  const a: FieldAddress = field.address;
  if (a.kind === 'header') {
    if (a.field === 'number')
      return [
        {
          address: { kind: 'numberSymbol' },
          texts: [numberSymbolText(plan.header.number, plan.header.symbol)],
        },
      ];
    if (a.field !== 'parentBody' && a.field !== 'issuingBody') return [];
  }
  if (a.kind === 'typeName' || a.kind === 'appendixHeader' || a.kind === 'taskLabel') return [];
  const texts = fieldTexts(field, plan);
  if ((a.kind === 'itemTitle' || a.kind === 'appendixSubtitle') && texts.every((t) => t === '')) return [];
  return [{ address: a, texts }];
}

/**
 * Every piece of text of a plan, in document order, one entry per paragraph or field. The citation
 * engine, the checks, rollover and search all read the plan through this one walk (the field table).
 */
export function planTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  for (const field of planFields(plan)) {
    for (const { address, texts } of readsAs(field, plan)) {
      const label = address.kind === 'numberSymbol' ? 'Số, ký hiệu' : field.label;
      const labelEn = address.kind === 'numberSymbol' ? 'Number and symbol' : field.labelEn;
      texts.forEach((text, paragraph) =>
        out.push({ location: { address, paragraph, label, labelEn }, text }),
      );
    }
  }
  return out;
}

/**
 * The texts `planTexts` reads from the one field at `address`, in paragraph order (none when it
 * reads none there); the header's number is read as the number/symbol text. Lets the incremental
 * checker read again only the fields an edit changed.
 */
export function textsOfField(plan: Plan, address: FieldAddress): string[] {
  // As planFields: a task field left out (null) is no field, where its lens reads "".
  if (address.kind === 'taskField' && taskFieldValue(plan, address) === null) return [];
  const field = { ...fieldLens(address), address, key: fieldKey(address), label: '', labelEn: '' } as PlanField;
  return readsAs(field, plan).flatMap((r) => r.texts);
}

/** All items of a section tree, depth first. */
export function allItems(plan: Plan): Array<{ item: Item; sectionId: string; parent: Item | null }> {
  const out: Array<{ item: Item; sectionId: string; parent: Item | null }> = [];
  const visit = (item: Item, sectionId: string, parent: Item | null): void => {
    out.push({ item, sectionId, parent });
    item.children.forEach((c) => visit(c, sectionId, item));
  };
  for (const s of plan.sections) for (const n of s.content) if (n.type === 'item') visit(n, s.id, null);
  return out;
}

/** A task: an item of section II, or a row of an appendix's task table. */
export type PlanTask = Item | TableTask;

/** Tasks written in the body: leaf items of section II (role "content"). Groups are not tasks. */
export function bodyTasks(plan: Plan): Item[] {
  const content = new Set(plan.sections.filter((s) => s.role === 'content').map((s) => s.id));
  return allItems(plan)
    .filter(({ item, sectionId }) => content.has(sectionId) && item.children.length === 0)
    .map(({ item }) => item);
}

/**
 * Every task of the plan, one view for the checks, the import report and compare: the body's tasks,
 * then the rows of the appendices' task tables (shared/model/tableTasks.ts). An item is itself.
 */
export function planTasks(plan: Plan): PlanTask[] {
  return [...bodyTasks(plan), ...planTableTasks(plan)];
}

/** The places that hold a task's field, with their text (a table task may spread over rows). */
export function taskFieldTexts(
  plan: Plan,
  task: PlanTask,
  field: TaskFieldName,
): Array<{ address: FieldAddress; text: string }> {
  if (task.type === 'row') return tableTaskFieldCells(plan, task, field);
  const v = task.fields?.[field];
  return v ? [{ address: { kind: 'taskField', item: task.id, field }, text: v }] : [];
}

/** Where a finding about a whole task points, best first: its title, then its text. */
export function taskAnchors(plan: Plan, task: PlanTask): FieldAddress[] {
  if (task.type === 'row') return tableTaskAnchors(plan, task);
  return [
    { kind: 'itemTitle', item: task.id },
    { kind: 'itemBody', item: task.id },
  ];
}
