import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { planDelta } from '../../../shared/model/planDelta.ts';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';

let dir: string;
let db: Db;
let store: PlanStore;
const seed = () => new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');
const withSummary = (p: Plan, summary: string): Plan => ({ ...p, summary });
const withSymbol = (p: Plan, symbol: string): Plan => ({ ...p, header: { ...p.header, symbol } });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-patch-'));
  db = openDatabase(path.join(dir, 'w.sqlite'));
  store = new PlanStore(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('PlanPatcher', () => {
  it('stores the head with the edit applied, as a full save of the edited plan would', () => {
    const rec = store.create(seed(), 'create');
    const edited = withSummary(rec.plan, 'Kế hoạch phổ biến, giáo dục pháp luật năm 2027');
    const patches = planDelta(rec.plan, edited)!;
    expect(patches).toEqual([{ path: ['summary'], value: edited.summary }]);
    const saved = store.patcher.patch(rec.id, patches, rec.revision);
    expect(saved).toMatchObject({ revision: 2, invalid: [] });
    expect(store.get(rec.id).plan).toEqual(edited);
    // The next edit applies on top of the value it kept, and chains revisions.
    const again = withSymbol(edited, 'KH-STP');
    expect(store.patcher.patch(rec.id, planDelta(edited, again)!, 2).revision).toBe(3);
    expect(store.get(rec.id).plan).toEqual(again);
  });

  it('cuts what the schema refuses, stores the rest and names what it left out', () => {
    const rec = store.create(seed(), 'create');
    const edited = withSummary(withSymbol(rec.plan, `KH-${'X'.repeat(80)}`), 'Bản dự thảo');
    const saved = store.patcher.patch(rec.id, planDelta(rec.plan, edited)!, rec.revision);
    expect(saved.invalid).toHaveLength(1);
    expect(saved.invalid?.[0]?.message).toMatch(/^Ký hiệu: dài 83 ký tự, quá giới hạn 64/);
    const stored = store.get(rec.id).plan;
    expect(stored.header.symbol).toHaveLength(64);
    expect(stored.summary).toBe('Bản dự thảo');
    // Still over the limit and edited elsewhere: the stored value stays cut, the mark stays.
    const next = withSummary(edited, 'Bản dự thảo lần 2');
    const second = store.patcher.patch(rec.id, planDelta(edited, next)!, saved.revision);
    expect(second.invalid).toEqual([]);
    expect(store.get(rec.id).plan.header.symbol).toHaveLength(64);
  });

  it('refuses a save on top of another window’s save, and patches made against another plan', () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, withSummary(rec.plan, 'Cửa sổ khác'), 'autosave', rec.revision);
    const mine = withSummary(rec.plan, 'Cửa sổ này');
    expect(() => store.patcher.patch(rec.id, planDelta(rec.plan, mine)!, rec.revision)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => store.patcher.patch(rec.id, [{ path: ['sections', 99, 'title'], value: 'x' }], 2)).toThrow(
      expect.objectContaining({ code: 'patch_mismatch' }),
    );
    expect(store.get(rec.id).plan.summary).toBe('Cửa sổ khác');
  });

  it('does not take a kept value for a head that moved on through another save', () => {
    const rec = store.create(seed(), 'create');
    const a = withSummary(rec.plan, 'Một');
    store.patcher.patch(rec.id, planDelta(rec.plan, a)!, 1);
    store.save(rec.id, withSummary(a, 'Hai (cửa sổ khác)'), 'autosave', 2);
    const b = withSymbol(a, 'KH-UBND');
    expect(() => store.patcher.patch(rec.id, planDelta(a, b)!, 2)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    // On top of revision 3, read from the store.
    const head = store.get(rec.id);
    const c = withSymbol(head.plan, 'KH-UBND');
    store.patcher.patch(rec.id, planDelta(head.plan, c)!, 3);
    expect(store.get(rec.id).plan).toMatchObject({
      summary: 'Hai (cửa sổ khác)',
      header: { symbol: 'KH-UBND' },
    });
  });

  it('refuses a patch that makes the plan unrepairable, storing nothing', () => {
    const rec = store.create(seed(), 'create');
    expect(() => store.patcher.patch(rec.id, [{ path: ['header'], value: 'not a header' }], 1)).toThrow(
      expect.objectContaining({ code: 'invalid_arguments' }),
    );
    expect(store.get(rec.id).revision).toBe(1);
  });
});
