import { numberPlan } from '../numbering.ts';
import type { Item, Plan } from '../plan.ts';
import {
  fieldKey,
  type FieldAddress,
  type HeaderFieldName,
  type TaskFieldName,
  HEADER_FIELDS,
  TASK_FIELDS,
} from './fieldAddress.ts';
import { fieldLens, type FieldValueKind, type FieldValues, type LensOf } from './fieldLens.ts';

/**
 * THE FIELD TABLE: every editable value of a plan, in document order, from one walk.
 *
 * Search text, the checks' locations, quick fixes, rollover, compare and the editor's field lookup
 * (`data-field="<key>"`) all derive from it. To add a field to the plan:
 *   1. the schema (shared/model/plan.ts): the value itself;
 *   2. this folder: a variant of `FieldAddress` with its key in `fieldKey`/`parseFieldKey`
 *      (fieldAddress.ts), its get/set in `fieldLens` (fieldLens.ts), and one line in the walk below
 *      with its label — TypeScript's exhaustive switches point at every spot that is still missing;
 *   3. the layout: where it is printed (shared/format/layout/) and the input that edits it in the
 *      editor's form (renderer/editor/blocks/, giving the input `field={address}`).
 * The checks then read it, quick fixes and rollover write it, compare lines it up and the checks
 * panel jumps to it with no further change. A field that is not prose the checks should read (a
 * date, a code) is left out in one place, `readsAs` in shared/model/walk.ts.
 *
 * Count: a new field touches 4 places (6 files) — the schema; this folder (fieldAddress.ts,
 * fieldLens.ts, planFields.ts); the printed layout; the editor's input. A new header or task field
 * whose value is a line needs even less here: its name in HEADER_FIELDS/TASK_FIELDS and its label.
 */
export interface FieldOf<K extends FieldValueKind> extends LensOf<K> {
  address: FieldAddress;
  /** `fieldKey(address)`. */
  key: string;
  /** What a drafter reads: "Mục II, 1.2, Cơ quan chủ trì". */
  label: string;
  labelEn: string;
}
export type PlanField = FieldOf<'line'> | FieldOf<'rich'> | FieldOf<'date'>;

const HEADER_LABELS: Record<HeaderFieldName, [string, string]> = {
  parentBody: ['Cơ quan chủ quản', 'Parent body'],
  issuingBody: ['Cơ quan ban hành', 'Issuing body'],
  number: ['Số', 'Number'],
  symbol: ['Ký hiệu', 'Symbol'],
  place: ['Địa danh', 'Place'],
  issueDate: ['Ngày ban hành', 'Issue date'],
};

export const TASK_FIELD_LABELS: Record<TaskFieldName, [string, string]> = {
  lead: ['Cơ quan chủ trì', 'Lead agency'],
  coordinating: ['Cơ quan phối hợp', 'Coordinating agencies'],
  timeline: ['Thời gian thực hiện', 'Timeline'],
  deliverable: ['Kết quả sản phẩm', 'Deliverable'],
};

/** Every field of `plan`, in document order. A task field the plan leaves out (null) is not listed. */
export function planFields(plan: Plan): PlanField[] {
  const out: PlanField[] = [];
  const numbers = numberPlan(plan);
  const add = (address: FieldAddress, label: string, labelEn: string): void => {
    // The lens's kind and value type travel together; the union is rebuilt from the pair.
    out.push({ ...fieldLens(address), address, key: fieldKey(address), label, labelEn } as PlanField);
  };
  for (const f of HEADER_FIELDS) {
    const [vi, en] = HEADER_LABELS[f];
    add({ kind: 'header', field: f }, vi, en);
  }
  add({ kind: 'typeName' }, 'Tên loại', 'Document type');
  add({ kind: 'summary' }, 'Trích yếu', 'Summary');
  plan.legalBases.forEach((_b, index) =>
    add({ kind: 'legalBasis', index }, `Căn cứ ${index + 1}`, `Legal basis ${index + 1}`),
  );
  add({ kind: 'preamble' }, 'Phần mở đầu', 'Preamble');
  // The plan's own words in front of its tasks' fields ("Đơn vị chủ trì"), listed where set.
  for (const f of TASK_FIELDS) {
    if (plan.taskLabels?.[f] === undefined) continue;
    const [fVi, fEn] = TASK_FIELD_LABELS[f];
    add({ kind: 'taskLabel', field: f }, `Nhãn "${fVi}"`, `Label "${fEn}"`);
  }
  for (const section of plan.sections) {
    const n = numbers.get(section.id)?.label ?? '?';
    const [sVi, sEn] = [`Mục ${n}`, `Section ${n}`];
    add({ kind: 'sectionTitle', section: section.id }, sVi, sEn);
    const visit = (item: Item): void => {
      const num = numbers.get(item.id)?.label ?? '?';
      const [vi, en] = [`${sVi}, ${num}`, `${sEn}, ${num}`];
      add({ kind: 'itemTitle', item: item.id }, vi, en);
      add({ kind: 'itemBody', item: item.id }, vi, en);
      for (const f of TASK_FIELDS) {
        if (item.fields?.[f] === null || item.fields?.[f] === undefined) continue;
        const [fVi, fEn] = TASK_FIELD_LABELS[f];
        add({ kind: 'taskField', item: item.id, field: f }, `${vi}, ${fVi}`, `${en}, ${fEn}`);
      }
      item.children.forEach(visit);
    };
    for (const node of section.content) {
      if (node.type === 'item') visit(node);
      else add({ kind: 'text', node: node.id }, sVi, sEn);
    }
  }
  plan.recipients.entries.forEach((_e, index) =>
    add({ kind: 'recipient', index }, `Nơi nhận ${index + 1}`, `Recipient ${index + 1}`),
  );
  add({ kind: 'archive' }, 'Nơi nhận, Lưu', 'Recipients, archive');
  plan.signature.lines.forEach((_l, index) =>
    add({ kind: 'signatureLine', index }, `Chữ ký, dòng ${index + 1}`, `Signature, line ${index + 1}`),
  );
  add({ kind: 'signatureName' }, 'Chữ ký, họ tên', 'Signature, name');
  plan.appendices.forEach((a, ai) => {
    const [vi, en] = [`Phụ lục ${ai + 1}`, `Appendix ${ai + 1}`];
    const appendix = a.id;
    add({ kind: 'appendixTitle', appendix }, vi, en);
    add({ kind: 'appendixSubtitle', appendix }, `${vi}, tiêu đề phụ`, `${en}, subtitle`);
    add({ kind: 'appendixBody', appendix }, vi, en);
    a.table?.header.forEach((_h, column) =>
      add(
        { kind: 'appendixHeader', appendix, column },
        `${vi}, bảng, cột ${column + 1}`,
        `${en}, table, column ${column + 1}`,
      ),
    );
    // A task table's cells are named by their column's header ("Chủ trì thực hiện"), as printed.
    const columnName = (column: number): [string, string] => {
      const header = a.table?.columns ? (a.table.header[column] ?? '').replace(/\s+/gu, ' ').trim() : '';
      return header ? [header, header] : [`cột ${column + 1}`, `column ${column + 1}`];
    };
    a.table?.rows.forEach((row, r) =>
      row.forEach((_c, column) => {
        const [cVi, cEn] = columnName(column);
        add(
          { kind: 'appendixCell', appendix, row: r, column },
          `${vi}, bảng, dòng ${r + 1}, ${cVi}`,
          `${en}, table, row ${r + 1}, ${cEn}`,
        );
      }),
    );
  });
  return out;
}

/** The field at an address in `plan`, or null when the plan has no such field (any more). */
export function fieldAt(plan: Plan, address: FieldAddress): PlanField | null {
  const key = fieldKey(address);
  return planFields(plan).find((f) => f.key === key) ?? null;
}

/** A field's value as text lines: one per paragraph of rich text, one for a line, none for a date. */
export function fieldTexts(field: PlanField, plan: Plan): string[] {
  if (field.kind === 'line') return [field.get(plan)];
  if (field.kind === 'rich') return field.get(plan).map((p) => p.runs.map((r) => r.text).join(''));
  return [];
}

export type { FieldValues };
