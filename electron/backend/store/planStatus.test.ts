import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/appError.ts';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { migrations } from './migrations.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';

let dir: string;
let db: Db;
let store: PlanStore;
const seed = () => new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-status-'));
  db = openDatabase(path.join(dir, 'w.sqlite'));
  store = new PlanStore(db);
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
    return e instanceof AppError ? e.code : String(e);
  }
}

describe('plan status', () => {
  it('starts as a draft and moves between the working statuses, both ways', () => {
    const rec = store.create(seed(), 'create');
    expect(rec.status).toBe('draft');
    expect(store.setStatus(rec.id, 'consultation').status).toBe('consultation');
    expect(store.get(rec.id).status).toBe('consultation');
    store.setStatus(rec.id, 'signing');
    expect(store.list()[0]?.status).toBe('signing');
    store.setStatus(rec.id, 'draft');
    expect(store.get(rec.id).status).toBe('draft');
  });

  it('refuses a status the database does not know', () => {
    const rec = store.create(seed(), 'create');
    expect(() => db.prepare("UPDATE plans SET status = 'approved' WHERE id = ?").run(rec.id)).toThrow(
      /CHECK/,
    );
  });

  it('issues as an "issue" revision, then refuses every save and status change (plan_issued)', () => {
    const rec = store.create(seed(), 'create');
    const numbered = { ...rec.plan, header: { ...rec.plan.header, number: '5' } };
    const issued = store.issue(rec.id, numbered, rec.revision, 'Ban hành');
    expect(issued).toMatchObject({ status: 'issued', revision: 2 });
    expect(issued.plan.header.number).toBe('5');
    expect(store.revisions(rec.id)[0]).toMatchObject({ kind: 'issue', note: 'Ban hành' });

    const edited = { ...issued.plan, summary: 'Sửa sau khi ban hành' };
    expect(codeOf(() => store.save(rec.id, edited, 'autosave', issued.revision))).toBe('plan_issued');
    expect(codeOf(() => store.save(rec.id, edited, 'save', issued.revision))).toBe('plan_issued');
    expect(codeOf(() => store.setStatus(rec.id, 'draft'))).toBe('plan_issued');
    expect(codeOf(() => store.issue(rec.id, edited, issued.revision, ''))).toBe('plan_issued');
    // The message says what to do, in Vietnamese.
    expect(() => store.save(rec.id, edited, 'save', issued.revision)).toThrow(/Tạo bản sửa đổi/);
    expect(store.get(rec.id).plan.summary).toBe(rec.plan.summary);
    expect(store.revisions(rec.id)).toHaveLength(2);
  });

  it('does not issue on top of a stale revision', () => {
    const rec = store.create(seed(), 'create');
    store.save(rec.id, { ...rec.plan, summary: 'khác' }, 'save', rec.revision);
    expect(codeOf(() => store.issue(rec.id, rec.plan, rec.revision, ''))).toBe('conflict');
    expect(store.get(rec.id).status).toBe('draft');
  });

  it('migration 006 gives plans stored before it the draft status', () => {
    const file = path.join(dir, 'old.sqlite');
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name.startsWith('006')),
    );
    const old = openDatabase(file, before);
    // Before 006 there is no status column; insert the row by hand as an older PlanDraft did.
    old
      .prepare(
        `INSERT INTO plans (id, title, year, number_symbol, head_revision, predecessor_id, created_at, updated_at)
         VALUES ('p1', 'Cũ', 2020, '/KH', 1, NULL, '2020-01-01', '2020-01-01')`,
      )
      .run();
    old.close();
    const upgraded = openDatabase(file);
    const row = upgraded.prepare("SELECT status FROM plans WHERE id = 'p1'").get() as { status: string };
    expect(row.status).toBe('draft');
    upgraded.close();
  });
});
