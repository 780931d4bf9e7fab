import type { Item, Plan } from './plan.ts';
import { numberPlan } from './numbering.ts';
import { paragraphText, type RichText } from './richText.ts';

/**
 * Where a piece of text lives in a plan. `block` is a stable address (node id plus field), `label` is
 * what a drafter reads ("Mục II, 1.2, Cơ quan chủ trì").
 */
export interface TextLocation {
  block: string;
  field: string;
  paragraph: number;
  label: string;
}

export interface PlanText {
  location: TextLocation;
  text: string;
}

const FIELD_LABELS: Record<string, string> = {
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  timeline: 'Thời gian thực hiện',
  deliverable: 'Kết quả sản phẩm',
};

/**
 * Every piece of text of a plan, in document order, one entry per paragraph or field. The citation
 * engine, the checks, rollover and search all read the plan through this one walk.
 */
export function planTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  const numbers = numberPlan(plan);
  const push = (block: string, field: string, paragraph: number, label: string, text: string): void => {
    out.push({ location: { block, field, paragraph, label }, text });
  };
  const pushRich = (block: string, field: string, label: string, rt: RichText): void => {
    rt.forEach((p, i) => push(block, field, i, label, paragraphText(p)));
  };
  const h = plan.header;
  push('header', 'parentBody', 0, 'Cơ quan chủ quản', h.parentBody);
  push('header', 'issuingBody', 0, 'Cơ quan ban hành', h.issuingBody);
  push('header', 'numberSymbol', 0, 'Số, ký hiệu', `${h.number}/${h.symbol}`);
  push('title', 'summary', 0, 'Trích yếu', plan.summary);
  plan.legalBases.forEach((b, i) => push('legalBases', 'basis', i, 'Căn cứ', b));
  pushRich('preamble', 'body', 'Phần mở đầu', plan.preamble);
  for (const section of plan.sections) {
    const sLabel = `Mục ${numbers.get(section.id)?.label ?? '?'}`;
    push(section.id, 'title', 0, sLabel, section.title);
    for (const node of section.content) {
      if (node.type === 'text') pushRich(node.id, 'body', sLabel, node.body);
      else walkItem(node, sLabel);
    }
  }
  function walkItem(item: Item, sLabel: string): void {
    const label = `${sLabel}, ${numbers.get(item.id)?.label ?? '?'}`;
    if (item.title) push(item.id, 'title', 0, label, item.title);
    pushRich(item.id, 'body', label, item.body);
    if (item.fields) {
      for (const key of ['lead', 'coordinating', 'timeline', 'deliverable'] as const) {
        const v = item.fields[key];
        if (v !== null) push(item.id, key, 0, `${label}, ${FIELD_LABELS[key]}`, v);
      }
    }
    item.children.forEach((c) => walkItem(c, sLabel));
  }
  plan.recipients.entries.forEach((e, i) => push('recipients', 'entry', i, 'Nơi nhận', e));
  push('recipients', 'archive', 0, 'Nơi nhận, Lưu', plan.recipients.archive);
  plan.signature.lines.forEach((l, i) => push('signature', 'line', i, 'Chữ ký', l));
  push('signature', 'name', 0, 'Chữ ký, họ tên', plan.signature.name);
  plan.appendices.forEach((a, ai) => {
    const label = `Phụ lục ${ai + 1}`;
    push(a.id, 'title', 0, label, a.title);
    if (a.subtitle) push(a.id, 'subtitle', 0, label, a.subtitle);
    pushRich(a.id, 'body', label, a.body);
    a.table?.rows.forEach((row, ri) =>
      row.forEach((cell, ci) => push(a.id, `cell:${ri}:${ci}`, 0, label, cell)),
    );
  });
  return out;
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

/** Tasks: leaf items of section II (role "content"). Groups (items with children) are not tasks. */
export function planTasks(plan: Plan): Item[] {
  const content = new Set(plan.sections.filter((s) => s.role === 'content').map((s) => s.id));
  return allItems(plan)
    .filter(({ item, sectionId }) => content.has(sectionId) && item.children.length === 0)
    .map(({ item }) => item);
}
