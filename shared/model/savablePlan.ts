import type { z } from 'zod';
import { fieldKey, type FieldAddress } from './fields/fieldAddress.ts';
import { fieldAddressAtPath } from './fields/pathAddress.ts';
import { planFields } from './fields/planFields.ts';
import { planSchema, type Plan } from './plan.ts';

/** A value the save schema refuses, shown on its input; the rest of the plan is saved without it. */
export interface InvalidField {
  /** `fieldKey` of the input, or null when the value is no single field (a whole list). */
  key: string | null;
  /** Where the value is in the plan's JSON tree (what a planDelta patch at or above it replaces). */
  path: Array<string | number>;
  address: FieldAddress | null;
  message: string;
  messageEn: string;
}

export type SavablePlan =
  | { ok: true; plan: Plan; invalid: InvalidField[] }
  /** Something no repair below can make valid (never reached from the editor's own inputs). */
  | { ok: false; plan: Plan; invalid: InvalidField[] };

type Path = ReadonlyArray<PropertyKey>;
type Container = Record<PropertyKey, unknown>;

/** Where a value that is no field lives, named as the drafter knows it. */
const LIST_LABELS: Array<[RegExp, string, string]> = [
  [/^legalBases$/, 'Căn cứ', 'Legal bases'],
  [/^recipients\.entries$/, 'Nơi nhận', 'Recipients'],
  [/^signature\.lines$/, 'Chữ ký', 'Signature'],
  [/^sections$/, 'Các mục', 'Sections'],
  [/^appendices$/, 'Phụ lục', 'Appendices'],
  [/^year$/, 'Năm kế hoạch', 'Plan year'],
];

const count = (n: number, lang: 'vi' | 'en') => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');

function labelsOf(plan: Plan, address: FieldAddress | null, path: Path): [string, string] {
  if (address) {
    const key = fieldKey(address);
    const f = planFields(plan).find((x) => x.key === key);
    if (f) return [f.label, f.labelEn];
  }
  const dotted = path.map(String).join('.');
  const hit = LIST_LABELS.find(([re]) => re.test(dotted));
  if (hit) return [hit[1], hit[2]];
  return path.includes('appendices') ? ['Phụ lục', 'Appendix'] : ['Nội dung kế hoạch', 'Plan content'];
}

/** A prefix of `s` at most `max` UTF-16 units long that does not split a surrogate pair. */
function cut(s: string, max: number): string {
  const head = s.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

function parentOf(root: unknown, path: Path): Container | null {
  let node: unknown = root;
  for (const p of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Container)[p];
  }
  return node !== null && typeof node === 'object' ? (node as Container) : null;
}

/** Repair the value at the issue's path in `draft`; false when it cannot be repaired. */
function repair(draft: unknown, issue: z.core.$ZodIssue): boolean {
  const parent = parentOf(draft, issue.path);
  const last = issue.path[issue.path.length - 1];
  if (!parent || last === undefined) return false;
  const value = parent[last];
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    if (typeof value === 'string') parent[last] = cut(value, issue.maximum);
    else if (Array.isArray(value)) parent[last] = value.slice(0, issue.maximum);
    else if (typeof value === 'number') parent[last] = null;
    else return false;
    return true;
  }
  // A number out of range (a day, a month) is "not decided yet"; a malformed string is left blank.
  if (typeof value === 'number') parent[last] = null;
  else if (typeof value === 'string') parent[last] = '';
  else return false;
  return true;
}

function describe(plan: Plan, issue: z.core.$ZodIssue): InvalidField {
  const address = fieldAddressAtPath(plan, issue.path);
  const [label, labelEn] = labelsOf(plan, address, issue.path);
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const base = { key: address ? fieldKey(address) : null, path, address };
  const value = parentOf(plan, issue.path)?.[issue.path[issue.path.length - 1] ?? ''];
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const max = issue.maximum;
    if (typeof value === 'string')
      return {
        ...base,
        message: `${label}: dài ${count(value.length, 'vi')} ký tự, quá giới hạn ${count(max, 'vi')}. Chỉ ${count(max, 'vi')} ký tự đầu được lưu; hãy rút gọn nội dung này.`,
        messageEn: `${labelEn}: ${count(value.length, 'en')} characters, over the limit of ${count(max, 'en')}. Only the first ${count(max, 'en')} are saved; please shorten it.`,
      };
    if (Array.isArray(value))
      return {
        ...base,
        message: `${label}: có ${count(value.length, 'vi')} dòng, quá giới hạn ${count(max, 'vi')}. Chỉ ${count(max, 'vi')} dòng đầu được lưu.`,
        messageEn: `${labelEn}: ${count(value.length, 'en')} entries, over the limit of ${count(max, 'en')}. Only the first ${count(max, 'en')} are saved.`,
      };
  }
  return {
    ...base,
    message: `${label}: giá trị này không hợp lệ nên chưa được lưu; phần còn lại của kế hoạch vẫn được lưu. Hãy sửa lại.`,
    messageEn: `${labelEn}: this value is not valid and is not saved; the rest of the plan is. Please correct it.`,
  };
}

/** Repair passes: one is enough for every issue the schema reports at once; a nested list may need two. */
const MAX_PASSES = 3;

/**
 * The plan as the save schema accepts it, and the values it had to leave out. The editor saves this
 * instead of refusing the whole plan: a field typed past its limit is saved cut to the limit, a value
 * out of range is saved blank, and each is reported (in Vietnamese and English) so its input is
 * marked. A plan that is valid is returned as is, unchanged and uncopied.
 */
export function savablePlan(plan: Plan): SavablePlan {
  // Plans are immutable values: the editor asks for the same plan twice (its refused-value marks once
  // typing pauses, then the autosave), and the whole-plan parse of a 300-task plan costs ≈ 10–15 ms
  // of the main thread each time (issue 13: it sat inside the autosave timer's task).
  const known = checked.get(plan);
  if (known) return known;
  const r = savableUncached(plan);
  checked.set(plan, r);
  return r;
}

const checked = new WeakMap<Plan, SavablePlan>();

function savableUncached(plan: Plan): SavablePlan {
  let result = planSchema.safeParse(plan);
  if (result.success) return { ok: true, plan, invalid: [] };
  const invalid: InvalidField[] = [];
  const draft = structuredClone(plan);
  for (let pass = 0; pass < MAX_PASSES && !result.success; pass++) {
    for (const issue of result.error.issues) {
      invalid.push(describe(plan, issue));
      if (!repair(draft, issue)) return { ok: false, plan, invalid };
    }
    result = planSchema.safeParse(draft);
  }
  return result.success ? { ok: true, plan: result.data, invalid } : { ok: false, plan, invalid };
}
