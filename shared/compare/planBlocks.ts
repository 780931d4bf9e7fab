import { formatLongDate } from '../model/issueDate.ts';
import { numberPlan } from '../model/numbering.ts';
import type { Item, Plan } from '../model/plan.ts';
import { paragraphText } from '../model/richText.ts';

/**
 * A plan read as the drafter reads the printed page: one block per line or paragraph, each with the
 * derived number and the field labels in front. `label` says where it stands ("Mục II, 1.2, Cơ quan
 * chủ trì"); it is also what lines two plans up block by block when they are compared.
 */
export interface PlanBlock {
  label: string;
  text: string;
}

const FIELD_LABELS = {
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  timeline: 'Thời gian thực hiện',
  deliverable: 'Kết quả sản phẩm',
} as const;

export function planBlocks(plan: Plan): PlanBlock[] {
  const out: PlanBlock[] = [];
  const numbers = numberPlan(plan);
  const push = (label: string, text: string): void => {
    if (text.trim() !== '') out.push({ label, text });
  };
  const h = plan.header;
  push('Cơ quan chủ quản', h.parentBody);
  push('Cơ quan ban hành', h.issuingBody);
  push('Số, ký hiệu', `Số: ${h.number}/${h.symbol}`);
  push('Địa danh, ngày tháng', `${h.place}, ${formatLongDate(h.issueDate)}`);
  push('Tên loại', plan.typeName);
  push('Trích yếu', plan.summary);
  plan.legalBases.forEach((b, i) => push(`Căn cứ ${i + 1}`, b));
  plan.preamble.forEach((p, i) => push(`Phần mở đầu, đoạn ${i + 1}`, paragraphText(p)));
  for (const section of plan.sections) {
    const n = numbers.get(section.id);
    const sLabel = `Mục ${n?.label ?? '?'}`;
    push(sLabel, `${n?.prefix ?? ''}${section.title}`);
    let textIndex = 0;
    const visit = (item: Item): void => {
      const num = numbers.get(item.id);
      const label = `${sLabel}, ${num?.label ?? '?'}`;
      const [first, ...rest] = item.body;
      if (item.title) {
        push(label, `${num?.prefix ?? ''}${item.title}`);
        item.body.forEach((p, i) => push(`${label}, đoạn ${i + 1}`, paragraphText(p)));
      } else {
        push(label, `${num?.prefix ?? ''}${first ? paragraphText(first) : ''}`);
        rest.forEach((p, i) => push(`${label}, đoạn ${i + 2}`, paragraphText(p)));
      }
      if (item.fields) {
        for (const key of ['lead', 'coordinating', 'timeline', 'deliverable'] as const) {
          const v = item.fields[key];
          if (v !== null) push(`${label}, ${FIELD_LABELS[key]}`, `${FIELD_LABELS[key]}: ${v}`);
        }
      }
      item.children.forEach(visit);
    };
    for (const node of section.content) {
      if (node.type === 'item') visit(node);
      else {
        textIndex += 1;
        node.body.forEach((p, i) => push(`${sLabel}, văn bản ${textIndex}.${i + 1}`, paragraphText(p)));
      }
    }
  }
  if (plan.recipients.entries.length > 0 || plan.recipients.archive) push('Nơi nhận', 'Nơi nhận:');
  plan.recipients.entries.forEach((e, i) => push(`Nơi nhận ${i + 1}`, `- ${e}`));
  push('Nơi nhận, Lưu', plan.recipients.archive ? `- Lưu: ${plan.recipients.archive}` : '');
  plan.signature.lines.forEach((l, i) => push(`Chữ ký, dòng ${i + 1}`, l));
  push('Người ký', plan.signature.name);
  plan.appendices.forEach((a, ai) => {
    const label = `Phụ lục ${ai + 1}`;
    push(label, a.title);
    push(`${label}, tiêu đề`, a.subtitle);
    a.body.forEach((p, i) => push(`${label}, đoạn ${i + 1}`, paragraphText(p)));
    if (a.table) {
      push(`${label}, bảng`, a.table.header.join(' | '));
      a.table.rows.forEach((r, ri) => push(`${label}, bảng, dòng ${ri + 1}`, r.join(' | ')));
    }
  });
  return out;
}
