import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { migrations } from './migrations.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';
import { encodeDocument } from './revisionDocument.ts';

let dir: string;
let file: string;
let db: Db;
let store: PlanStore;
const seed = () => new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');
const titled = (plan: Plan, summary: string): Plan => ({ ...plan, summary });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** What the database still marks as to derive (afterSave). */
function pending(d: Db): { undescribed: number; unindexed: number } {
  const count = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
  return {
    undescribed: count('SELECT count(*) AS n FROM revisions WHERE described = 0'),
    unindexed: count(
      'SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL AND indexed_revision <> head_revision',
    ),
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-aftersave-'));
  file = path.join(dir, 'w.sqlite');
  db = openDatabase(file);
  store = new PlanStore(db);
});
afterEach(() => {
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('what a save derives after it returned (issue 13)', () => {
  it('leaves the description and the search entry pending, and derives them on the next turn', async () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, titled(rec.plan, 'Kế hoạch khuyến nông vùng cao nguyên đá năm 2022'), 'autosave', 1);
    expect(pending(db)).toEqual({ undescribed: 1, unindexed: 1 });
    await nextTurn();
    expect(pending(db)).toEqual({ undescribed: 0, unindexed: 0 });
    expect(store.revisions(rec.id)[0]).toMatchObject({ revision: 2, description: 'Sửa Trích yếu' });
  });

  it('finds what was just saved, and no longer what it replaced, by a search in the same turn', () => {
    const rec = store.create(seed(), 'create');
    const plan = titled(rec.plan, 'Kế hoạch khuyến nông vùng cao nguyên đá năm 2022');
    store.save(rec.id, plan, 'autosave', 1);
    expect(store.search('khuyen nong cao nguyen da').map((p) => p.id)).toEqual([rec.id]);
    store.save(rec.id, titled(plan, 'Kế hoạch tuyên truyền biển đảo'), 'autosave', 2);
    expect(store.search('khuyen nong cao nguyen da')).toEqual([]);
    expect(store.search('biển đảo').map((p) => p.id)).toEqual([rec.id]);
  });

  it('describes each of several saves in a row against the one before it', () => {
    const rec = store.create(seed(), 'create');
    let plan = titled(rec.plan, 'Trích yếu một');
    let revision = store.save(rec.id, plan, 'autosave', 1).revision;
    plan = { ...plan, sections: plan.sections.slice(0, 3) };
    revision = store.save(rec.id, plan, 'autosave', revision).revision;
    store.save(rec.id, titled(plan, 'Trích yếu ba'), 'save', revision);
    expect(store.revisions(rec.id).map((r) => [r.revision, r.description])).toEqual([
      [4, 'Sửa Trích yếu'],
      [3, expect.stringMatching(/^Xóa Mục IV/u)],
      [2, 'Sửa Trích yếu'],
      [1, ''],
    ]);
    expect(store.search('trich yeu ba').map((p) => p.id)).toEqual([rec.id]);
  });

  it('after a crash before it ran, the next start derives it: nothing is lost', () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, titled(rec.plan, 'Kế hoạch khuyến nông vùng cao nguyên đá năm 2022'), 'autosave', 1);
    // The process dies here: the deferred step never runs against this connection.
    db.close();
    db = openDatabase(file);
    expect(pending(db)).toEqual({ undescribed: 1, unindexed: 1 });
    store = new PlanStore(db);
    expect(store.search('khuyen nong cao nguyen da').map((p) => p.id)).toEqual([rec.id]);
    expect(store.revisions(rec.id)[0]).toMatchObject({ description: 'Sửa Trích yếu' });
    expect(pending(db)).toEqual({ undescribed: 0, unindexed: 0 });
  });

  it('keeps nothing of a save whose caller rolled its transaction back', () => {
    const rec = store.create(seed(), 'create');
    const rolledBack = titled(rec.plan, 'Kế hoạch khuyến nông vùng cao nguyên đá năm 2022');
    expect(() =>
      db.transaction(() => {
        store.save(rec.id, rolledBack, 'autosave', 1);
        throw new Error('the caller fails');
      })(),
    ).toThrow('the caller fails');
    expect(store.get(rec.id).revision).toBe(1);
    expect(store.search('khuyen nong cao nguyen da')).toEqual([]);
    // The same document again is a change from the stored head, not an unchanged autosave.
    expect(store.save(rec.id, rolledBack, 'autosave', 1).revision).toBe(2);
    expect(store.search('khuyen nong cao nguyen da').map((p) => p.id)).toEqual([rec.id]);
    expect(store.revisions(rec.id)[0]).toMatchObject({ revision: 2, description: 'Sửa Trích yếu' });
  });

  it('does not bring a plan moved to the bin back into search', () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, titled(rec.plan, 'Kế hoạch khuyến nông vùng cao nguyên đá năm 2022'), 'autosave', 1);
    store.delete(rec.id);
    expect(store.search('khuyen nong cao nguyen da')).toEqual([]);
    store.restore(rec.id);
    expect(store.search('khuyen nong cao nguyen da').map((p) => p.id)).toEqual([rec.id]);
  });

  it('fills a description in once: a described revision stays as it is', () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, titled(rec.plan, 'Trích yếu mới'), 'autosave', 1);
    store.flushAfterSave();
    expect(() => db.prepare("UPDATE revisions SET description = 'x' WHERE revision = 2").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare("UPDATE revisions SET note = 'x'").run()).toThrow(/append-only/);
  });
});

describe('migration 009', () => {
  it('keeps the descriptions of earlier revisions and rebuilds the search entries', () => {
    db.close();
    const old = path.join(dir, 'old.sqlite');
    const before = openDatabase(old, migrations.slice(0, 8));
    const plan = seed();
    const at = '2026-01-05T08:00:00.000Z';
    before
      .prepare(
        `INSERT INTO plans (id, title, year, number_symbol, head_revision, created_at, updated_at)
         VALUES ('p1', ?, 2021, '', 2, ?, ?)`,
      )
      .run(plan.summary, at, at);
    const insert = before.prepare(
      `INSERT INTO revisions (plan_id, revision, kind, created_at, document, description, description_en)
       VALUES ('p1', ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(1, 'create', at, encodeDocument(JSON.stringify(plan)), '', '');
    insert.run(2, 'save', at, encodeDocument(JSON.stringify(plan)), 'Sửa Mục I', 'Edited section I');
    before.close();

    db = openDatabase(old);
    expect(pending(db)).toEqual({ undescribed: 0, unindexed: 1 });
    store = new PlanStore(db);
    expect(store.search('pho bien giao duc').map((p) => p.id)).toEqual(['p1']);
    expect(store.revisions('p1').map((r) => r.description)).toEqual(['Sửa Mục I', '']);
    expect(pending(db)).toEqual({ undescribed: 0, unindexed: 0 });
  });
});
