import { tableColumnKind } from './tableColumnKinds.ts';
import { ND30 } from '../format/nd30.ts';
import type { Plan, TaskFields } from '../model/plan.ts';

export type FieldKey = keyof TaskFields;

/**
 * The labels offices write in front of a task's four fields. Each office has its habits; all of
 * these are met in real plans. Longest first, so "Thời gian thực hiện" wins over "Thời gian".
 */
const LABELS: Record<FieldKey, string[]> = {
  lead: [
    'Cơ quan, đơn vị chủ trì thực hiện',
    'Cơ quan, đơn vị chủ trì',
    'Cơ quan chủ trì thực hiện',
    'Đơn vị chủ trì thực hiện',
    'Cơ quan chủ trì',
    'Đơn vị chủ trì',
    'Chủ trì thực hiện',
    'Cơ quan thực hiện',
    'Đơn vị thực hiện',
    'Cơ quan chịu trách nhiệm',
    'Chủ trì',
  ],
  coordinating: [
    'Cơ quan, đơn vị phối hợp thực hiện',
    'Cơ quan, đơn vị phối hợp',
    'Cơ quan phối hợp thực hiện',
    'Đơn vị phối hợp thực hiện',
    'Cơ quan phối hợp',
    'Đơn vị phối hợp',
    'Phối hợp thực hiện',
    'Phối hợp',
  ],
  timeline: [
    'Thời gian thực hiện',
    'Thời gian hoàn thành',
    'Thời hạn hoàn thành',
    'Thời hạn thực hiện',
    'Tiến độ thực hiện',
    'Thời gian',
    'Thời hạn',
    'Tiến độ',
  ],
  deliverable: [
    'Kết quả sản phẩm',
    'Sản phẩm đầu ra',
    'Kết quả đầu ra',
    'Hình thức sản phẩm',
    'Sản phẩm, kết quả',
    'Kết quả, sản phẩm',
    'Sản phẩm',
    'Kết quả',
  ],
};

const ALL: Array<{ key: FieldKey; label: string }> = (Object.keys(LABELS) as FieldKey[])
  .flatMap((key) => LABELS[key].map((label) => ({ key, label: label.toLocaleLowerCase('vi') })))
  .sort((a, b) => b.label.length - a.label.length);

/** Leading "-", "+", "•", "–" of a typed bullet. */
export const BULLET_PREFIX = /^[-–—+•*▪◦]\s*/u;

/**
 * "- Cơ quan chủ trì: Sở Tư pháp." → { key: 'lead', value: 'Sở Tư pháp.' }. The colon is required:
 * "Chủ trì, phối hợp với …" is a sentence, not a field.
 */
export function matchField(text: string): { key: FieldKey; value: string; label: string } | null {
  const body = text.replace(BULLET_PREFIX, '');
  const lower = body.toLocaleLowerCase('vi');
  for (const { key, label } of ALL) {
    if (!lower.startsWith(label)) continue;
    const rest = body.slice(label.length);
    const m = /^\s*:\s*(.*)$/su.exec(rest);
    if (m) return { key, value: (m[1] ?? '').trim(), label: body.slice(0, label.length) };
  }
  return null;
}

/**
 * Remember the label a plan writes in front of a task field ("Đơn vị chủ trì") when it is not the
 * default the exporter prints, so the plan comes back in its own words. The first label met for a
 * field is the plan's (a default one too: a later variant does not override it).
 */
export function keepOwnLabel(plan: Plan, seen: Set<FieldKey>, key: FieldKey, typed: string): void {
  if (seen.has(key)) return;
  seen.add(key);
  const label = typed.replace(/\s+/gu, ' ').trim().replace(/[:.]$/u, '').slice(0, 200);
  const byDefault = ND30.task.fields.find((f) => f.key === key)?.label ?? '';
  if (label === '' || label.toLocaleLowerCase('vi') === byDefault.toLocaleLowerCase('vi')) return;
  plan.taskLabels = { ...plan.taskLabels, [key]: label };
}

/**
 * A header cell of a task table: which field (or the number / the task text) the column holds. The
 * wording variants are read in one place, tableColumnKinds.ts, for body and appendix tables alike.
 */
export function columnRole(header: string): FieldKey | 'number' | 'title' | 'note' | null {
  const kind = tableColumnKind(header);
  if (kind === 'task') return 'title';
  return kind === 'free' ? null : kind;
}
