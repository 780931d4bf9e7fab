import { fieldLens } from '../model/fields/fieldLens.ts';
import { TASK_FIELD_LABELS, planFields } from '../model/fields/planFields.ts';
import { formatLongDate } from '../model/issueDate.ts';
import { numberPlan } from '../model/numbering.ts';
import type { Plan } from '../model/plan.ts';
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

/**
 * The blocks follow the field table's walk; a few fields print together (number and symbol, place
 * and date; a title-less item's number runs into its first paragraph; a table row is one block).
 */
export function planBlocks(plan: Plan): PlanBlock[] {
  const out: PlanBlock[] = [];
  const numbers = numberPlan(plan);
  const push = (label: string, text: string): void => {
    if (text.trim() !== '') out.push({ label, text });
  };
  const h = plan.header;
  const hasRecipients = plan.recipients.entries.length > 0 || plan.recipients.archive !== '';
  let textIndex = 0;
  for (const field of planFields(plan)) {
    const a = field.address;
    const value = field.kind === 'line' ? field.get(plan) : '';
    const paragraphs = field.kind === 'rich' ? field.get(plan).map(paragraphText) : [];
    switch (a.kind) {
      case 'header':
        if (a.field === 'parentBody' || a.field === 'issuingBody') push(field.label, value);
        else if (a.field === 'number') push('Số, ký hiệu', `Số: ${h.number}/${h.symbol}`);
        else if (a.field === 'place')
          push('Địa danh, ngày tháng', `${h.place}, ${formatLongDate(h.issueDate)}`);
        break;
      case 'sectionTitle':
        textIndex = 0;
        push(field.label, `${numbers.get(a.section)?.prefix ?? ''}${value}`);
        break;
      case 'itemTitle':
        if (value) push(field.label, `${numbers.get(a.item)?.prefix ?? ''}${value}`);
        break;
      case 'itemBody': {
        if (fieldLens({ kind: 'itemTitle', item: a.item }).get(plan) !== '')
          paragraphs.forEach((p, i) => push(`${field.label}, đoạn ${i + 1}`, p));
        else {
          const [first, ...rest] = paragraphs;
          push(field.label, `${numbers.get(a.item)?.prefix ?? ''}${first ?? ''}`);
          rest.forEach((p, i) => push(`${field.label}, đoạn ${i + 2}`, p));
        }
        break;
      }
      case 'taskField': {
        // Printed under the plan's own label where it has one.
        const name = plan.taskLabels?.[a.field]?.trim() || TASK_FIELD_LABELS[a.field][0];
        push(field.label, `${name}: ${value}`);
        break;
      }
      case 'text':
        textIndex += 1;
        paragraphs.forEach((p, i) => push(`${field.label}, văn bản ${textIndex}.${i + 1}`, p));
        break;
      case 'recipient':
        if (a.index === 0) push('Nơi nhận', 'Nơi nhận:');
        push(field.label, `- ${value}`);
        break;
      case 'archive':
        if (plan.recipients.entries.length === 0 && hasRecipients) push('Nơi nhận', 'Nơi nhận:');
        push(field.label, value ? `- Lưu: ${value}` : '');
        break;
      case 'signatureName':
        push('Người ký', value);
        break;
      case 'appendixSubtitle':
        push(`${appendixLabel(field.label)}, tiêu đề`, value);
        break;
      case 'appendixHeader':
      case 'appendixCell': {
        // A table prints row by row: the header row and each body row is one block, at its first cell.
        const table = plan.appendices.find((x) => x.id === a.appendix)?.table;
        if (!table || a.column !== 0) break;
        const label = appendixLabel(field.label);
        if (a.kind === 'appendixHeader') push(`${label}, bảng`, table.header.join(' | '));
        else push(`${label}, bảng, dòng ${a.row + 1}`, (table.rows[a.row] ?? []).join(' | '));
        break;
      }
      default:
        // Every other field prints as it is typed, under its own label: a line as one block, rich
        // text one block per paragraph (the type name, trích yếu, căn cứ, preamble, signature lines,
        // an appendix's title and body — and a field added later).
        if (field.kind === 'line') push(field.label, value);
        else paragraphs.forEach((p, i) => push(`${field.label}, đoạn ${i + 1}`, p));
    }
  }
  return out;
}

/** "Phụ lục 2, bảng, dòng 1, cột 1" → "Phụ lục 2". */
const appendixLabel = (label: string): string => label.split(',')[0] ?? label;
