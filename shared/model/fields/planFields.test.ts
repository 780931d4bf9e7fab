import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/appError.ts';
import { parsePlan } from '../parsePlan.ts';
import type { Plan } from '../plan.ts';
import { parseFieldKey } from './fieldAddress.ts';
import { fieldLens } from './fieldLens.ts';
import { fieldAt, planFields, type PlanField } from './planFields.ts';

function seed(): Plan {
  const parsed = parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
    ) as unknown,
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

/** Deep-freeze: a `set` that writes into the plan it is given throws in strict mode. */
function freeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(freeze);
    Object.freeze(v);
  }
  return v;
}

// Parts of the plan that are not fields: ids and structure, flags, the plan's year, the predecessor link.
const NOT_FIELDS = new Set(['id', 'type', 'role', 'schemaVersion', 'landscape', 'predecessor', 'year']);
// Values edited as one unit: rich text (an array of paragraphs) and the partial issue date.
const UNITS = new Set(['preamble', 'body', 'issueDate']);

/** Every editable value of a plan, by its JSON path, found without the field table. */
function valuePaths(plan: Plan): string[] {
  const out: string[] = [];
  const visit = (v: unknown, path: string[]): void => {
    const last = path[path.length - 1] ?? '';
    if (path.length > 0 && NOT_FIELDS.has(last) && !/^\d+$/.test(last)) {
      // `year` is a field only inside the issue date, which is a unit anyway.
      return;
    }
    if (UNITS.has(last) || typeof v === 'string') {
      out.push(path.join('.'));
      return;
    }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(plan, []);
  return out;
}

/** The one JSON path where two plans differ, at the granularity of `valuePaths`. */
function changedPaths(a: Plan, b: Plan): string[] {
  const before = new Map(
    valuePaths(a).map((p) => [
      p,
      JSON.stringify(p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], a)),
    ]),
  );
  const after = new Map(
    valuePaths(b).map((p) => [
      p,
      JSON.stringify(p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], b)),
    ]),
  );
  return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}

function marker(field: PlanField, plan: Plan, i: number): Plan {
  if (field.kind === 'line') return field.set(plan, `§${i}§`);
  if (field.kind === 'rich') return field.set(plan, [{ runs: [{ text: `§${i}§` }] }]);
  const d = field.get(plan);
  return field.set(plan, { ...d, day: d.day === 2 ? 3 : 2, month: 1, year: 2021 });
}

describe('planFields — the field table of the seed plan', () => {
  const plan = freeze(seed());
  const fields = planFields(plan);

  it('lists every editable value of the seed exactly once, each with a distinct key', () => {
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    const covered = fields.map((f, i) => {
      const changed = changedPaths(plan, marker(f, plan, i));
      expect(changed, f.key).toHaveLength(1);
      return changed[0];
    });
    expect(new Set(covered).size).toBe(fields.length);
    expect([...covered].sort()).toEqual(valuePaths(plan).sort());
  });

  it('gives every field a key that decodes back to its address', () => {
    for (const f of fields) expect(parseFieldKey(f.key), f.key).toEqual(f.address);
  });

  it('reads and writes without touching the plan it is given', () => {
    for (const f of fields) {
      if (f.kind === 'line') {
        const next = f.set(plan, 'Sở Tư pháp tỉnh Lạng Sơn');
        expect(f.get(next)).toBe('Sở Tư pháp tỉnh Lạng Sơn');
        expect(next).not.toBe(plan);
      }
      if (f.kind === 'rich') expect(f.set(plan, f.get(plan))).toEqual(plan);
    }
    expect(plan).toEqual(seed());
  });

  it('labels a field as the drafter reads it, in Vietnamese and English', () => {
    const lead = fields.find((f) => f.label === 'Mục II, 1.1, Cơ quan chủ trì');
    expect(lead?.address).toMatchObject({ kind: 'taskField', field: 'lead' });
    expect(lead?.labelEn).toBe('Section II, 1.1, Lead agency');
    expect(fields[0]?.label).toBe('Cơ quan chủ quản');
  });

  it('walks in document order: header, title, căn cứ, preamble, sections, recipients, signature, appendices', () => {
    const kinds = [...new Set(fields.map((f) => f.address.kind))];
    expect(kinds.indexOf('header')).toBeLessThan(kinds.indexOf('summary'));
    expect(kinds.indexOf('summary')).toBeLessThan(kinds.indexOf('preamble'));
    expect(kinds.indexOf('preamble')).toBeLessThan(kinds.indexOf('sectionTitle'));
    expect(kinds.indexOf('taskField')).toBeLessThan(kinds.indexOf('recipient'));
    expect(kinds.indexOf('recipient')).toBeLessThan(kinds.indexOf('signatureName'));
  });

  it('finds a field by address, and none for an address the plan does not have', () => {
    const item = fields.find((f) => f.address.kind === 'itemBody');
    expect(item && fieldAt(plan, item.address)?.key).toBe(item?.key);
    expect(fieldAt(plan, { kind: 'itemBody', item: 'không-có' })).toBeNull();
    expect(fieldAt(plan, { kind: 'legalBasis', index: plan.legalBases.length })).toBeNull();
  });

  it('refuses to read or write a field the plan does not have, in Vietnamese and English', () => {
    const lens = fieldLens({ kind: 'itemTitle', item: 'không-có' });
    expect(() => lens.get(plan)).toThrow(AppError);
    try {
      lens.get(plan);
    } catch (e) {
      expect((e as AppError).code).toBe('not_found');
      // The field key is for support, not for the sentence the user reads (issue 9 point 10).
      expect((e as AppError).message).toBe('Không tìm thấy chỗ này trong kế hoạch (có thể đã bị xóa).');
      expect((e as AppError).messageEn).toContain('is no longer in the plan');
      expect((e as AppError).detail).toBe('field itemTitle:kh%C3%B4ng-c%C3%B3');
    }
    const cell = fieldLens({ kind: 'appendixCell', appendix: 'không-có', row: 0, column: 0 });
    expect(() => cell.kind === 'line' && cell.set(plan, 'x')).toThrow(AppError);
  });

  it('creates the task fields of an item that had none when one is written', () => {
    const item = fields.find((f) => f.address.kind === 'itemTitle' && f.label === 'Mục I, 1');
    expect(item).toBeDefined();
    if (item?.address.kind !== 'itemTitle') return;
    const lens = fieldLens({ kind: 'taskField', item: item.address.item, field: 'timeline' });
    expect(lens.get(plan)).toBe('');
    const next = lens.kind === 'line' ? lens.set(plan, 'Năm 2021.') : plan;
    expect(lens.get(next)).toBe('Năm 2021.');
    expect(planFields(next).some((f) => f.label === 'Mục I, 1, Thời gian thực hiện')).toBe(true);
  });
});
