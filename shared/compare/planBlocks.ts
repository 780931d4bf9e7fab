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
  /** The same place named in English, for the English UI (the text itself is the plan's own). */
  labelEn: string;
  text: string;
}

/**
 * The blocks follow the field table's walk; a few fields print together (number and symbol, place
 * and date; a title-less item's number runs into its first paragraph; a table row is one block).
 */
export function planBlocks(plan: Plan): PlanBlock[] {
  const out: PlanBlock[] = [];
  const numbers = numberPlan(plan);
  const push = ([label, labelEn]: readonly [string, string], text: string): void => {
    if (text.trim() !== '') out.push({ label, labelEn, text });
  };
  const h = plan.header;
  const hasRecipients = plan.recipients.entries.length > 0 || plan.recipients.archive !== '';
  let textIndex = 0;
  for (const field of planFields(plan)) {
    const a = field.address;
    const value = field.kind === 'line' ? field.get(plan) : '';
    const paragraphs = field.kind === 'rich' ? field.get(plan).map(paragraphText) : [];
    const own = [field.label, field.labelEn] as const;
    const para = (n: number) => [`${field.label}, đoạn ${n}`, `${field.labelEn}, paragraph ${n}`] as const;
    switch (a.kind) {
      case 'header':
        if (a.field === 'parentBody' || a.field === 'issuingBody') push(own, value);
        else if (a.field === 'number') push(['Số, ký hiệu', 'Number, symbol'], `Số: ${h.number}/${h.symbol}`);
        else if (a.field === 'place')
          push(['Địa danh, ngày tháng', 'Place and date'], `${h.place}, ${formatLongDate(h.issueDate)}`);
        break;
      case 'sectionTitle':
        textIndex = 0;
        push(own, `${numbers.get(a.section)?.prefix ?? ''}${value}`);
        break;
      case 'itemTitle':
        if (value) push(own, `${numbers.get(a.item)?.prefix ?? ''}${value}`);
        break;
      case 'itemBody': {
        if (fieldLens({ kind: 'itemTitle', item: a.item }).get(plan) !== '')
          paragraphs.forEach((p, i) => push(para(i + 1), p));
        else {
          const [first, ...rest] = paragraphs;
          push(own, `${numbers.get(a.item)?.prefix ?? ''}${first ?? ''}`);
          rest.forEach((p, i) => push(para(i + 2), p));
        }
        break;
      }
      case 'taskField': {
        // Printed under the plan's own label where it has one.
        const name = plan.taskLabels?.[a.field]?.trim() || TASK_FIELD_LABELS[a.field][0];
        push(own, `${name}: ${value}`);
        break;
      }
      case 'text':
        textIndex += 1;
        paragraphs.forEach((p, i) =>
          push(
            [`${field.label}, văn bản ${textIndex}.${i + 1}`, `${field.labelEn}, text ${textIndex}.${i + 1}`],
            p,
          ),
        );
        break;
      case 'recipient':
        if (a.index === 0) push(RECIPIENTS, 'Nơi nhận:');
        push(own, `- ${value}`);
        break;
      case 'archive':
        if (plan.recipients.entries.length === 0 && hasRecipients) push(RECIPIENTS, 'Nơi nhận:');
        push(own, value ? `- Lưu: ${value}` : '');
        break;
      case 'signatureName':
        push(['Người ký', 'Signer'], value);
        break;
      case 'appendixSubtitle':
        push([`${appendixLabel(field.label)}, tiêu đề`, `${appendixLabel(field.labelEn)}, subtitle`], value);
        break;
      case 'appendixHeader':
      case 'appendixCell': {
        // A table prints row by row: the header row and each body row is one block, at its first cell.
        const table = plan.appendices.find((x) => x.id === a.appendix)?.table;
        if (!table || a.column !== 0) break;
        const [vi, en] = [appendixLabel(field.label), appendixLabel(field.labelEn)];
        if (a.kind === 'appendixHeader') push([`${vi}, bảng`, `${en}, table`], table.header.join(' | '));
        else
          push(
            [`${vi}, bảng, dòng ${a.row + 1}`, `${en}, table, row ${a.row + 1}`],
            (table.rows[a.row] ?? []).join(' | '),
          );
        break;
      }
      default:
        // Every other field prints as it is typed, under its own label: a line as one block, rich
        // text one block per paragraph (the type name, trích yếu, căn cứ, preamble, signature lines,
        // an appendix's title and body — and a field added later).
        if (field.kind === 'line') push(own, value);
        else paragraphs.forEach((p, i) => push(para(i + 1), p));
    }
  }
  return out;
}

const RECIPIENTS = ['Nơi nhận', 'Recipients'] as const;

/** "Phụ lục 2, bảng, dòng 1, cột 1" → "Phụ lục 2". */
const appendixLabel = (label: string): string => label.split(',')[0] ?? label;
