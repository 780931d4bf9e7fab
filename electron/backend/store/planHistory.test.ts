import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/appError.ts';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';

let dir: string;
let db: Db;
let clock: number;
let store: PlanStore;
const seed = () => new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-history-'));
  db = openDatabase(path.join(dir, 'w.sqlite'));
  clock = Date.parse('2026-12-10T08:00:00.000Z');
  store = new PlanStore(db, () => new Date(clock).toISOString());
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : 'not an AppError';
  }
}

describe('named versions, restore and change descriptions (issue 9 §3)', () => {
  it('describes each save against the revision before it', () => {
    const rec = store.create(seed(), 'create');
    const r2 = store.save(rec.id, { ...rec.plan, summary: 'Trích yếu mới' }, 'autosave', 1).revision;
    const plan = store.get(rec.id).plan;
    store.save(rec.id, { ...plan, sections: plan.sections.slice(0, 2) }, 'save', r2);
    const [deleted, edited, created] = store.revisions(rec.id);
    expect(edited).toMatchObject({
      kind: 'autosave',
      description: 'Sửa Trích yếu',
      descriptionEn: 'Edited Summary', // the field named in English (issue 9 point 10)
    });
    expect(deleted!.description).toMatch(/^Xóa Mục III, Mục IV/u);
    expect(created!.description).toBe('');
  });

  it('keeps a named version through the retention policy, with its name', () => {
    const rec = store.create(seed(), 'create');
    let revision = rec.revision;
    let named = 0;
    // Two hours of autosaves every 30 s, with a named version in the first ten minutes.
    for (let i = 1; i <= 240; i++) {
      clock += 30 * 1000;
      revision = store.save(rec.id, { ...rec.plan, summary: `Bản ${i}` }, 'autosave', revision).revision;
      if (i === 10) {
        revision = store.nameVersion(rec.id, '  Gửi xin ý kiến các sở ', revision).revision;
        named = revision;
      }
    }
    const kept = store.revisions(rec.id);
    expect(kept.length).toBeLessThan(200); // the thinning ran
    const version = kept.find((r) => r.revision === named);
    expect(version).toMatchObject({ kind: 'named', name: 'Gửi xin ý kiến các sở' });
    expect(store.getRevision(rec.id, named).plan.summary).toBe('Bản 10');
    expect(codeOf(() => store.nameVersion(rec.id, '   ', revision))).toBe('invalid_version_name');
    const back = store.restoreRevision(rec.id, named, revision);
    expect(store.revisions(rec.id)[0]).toMatchObject({
      revision: back.revision,
      kind: 'restore',
      note: 'Khôi phục phiên bản “Gửi xin ý kiến các sở”',
    });
    revision = back.revision;
    expect(codeOf(() => store.nameVersion(rec.id, 'Cũ', revision - 1))).toBe('conflict');
  });

  it('restores an earlier revision as a new one, which can itself be undone', () => {
    const rec = store.create(seed(), 'create');
    const r2 = store.save(rec.id, { ...rec.plan, summary: 'Bản thứ hai' }, 'save', 1).revision;
    const r3 = store.save(rec.id, { ...rec.plan, summary: 'Bản thứ ba' }, 'autosave', r2).revision;
    const restored = store.restoreRevision(rec.id, r2, r3);
    expect(restored.revision).toBe(r3 + 1);
    expect(restored.plan.summary).toBe('Bản thứ hai');
    const head = store.revisions(rec.id)[0]!;
    expect(head).toMatchObject({
      kind: 'restore',
      note: `Khôi phục phiên bản ${r2}`,
      description: 'Sửa Trích yếu',
    });
    expect(store.getRevision(rec.id, r3).plan.summary).toBe('Bản thứ ba'); // nothing removed
    const undone = store.restoreRevision(rec.id, r3, restored.revision);
    expect(undone.plan.summary).toBe('Bản thứ ba');
    expect(codeOf(() => store.restoreRevision(rec.id, 99, undone.revision))).toBe('not_found');
    expect(codeOf(() => store.restoreRevision(rec.id, 1, r3))).toBe('conflict');
  });

  it('refuses to restore or name a version of an issued plan', () => {
    const rec = store.create(seed(), 'create');
    const r2 = store.save(rec.id, { ...rec.plan, summary: 'Đổi' }, 'save', 1).revision;
    const numbered = { ...rec.plan, header: { ...rec.plan.header, number: '05' } };
    const issued = store.issue(rec.id, numbered, r2, 'Ban hành');
    expect(codeOf(() => store.restoreRevision(rec.id, 1, issued.revision))).toBe('plan_issued');
    expect(codeOf(() => store.nameVersion(rec.id, 'Bản ký', issued.revision))).toBe('plan_issued');
    expect(store.get(rec.id).revision).toBe(issued.revision);
  });
});
