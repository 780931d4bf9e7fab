import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { openDatabase, openDatabaseReadOnly, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';
import type { Migration } from './migrations.ts';

let dir: string;
let db: Db;
let store: PlanStore;
const seed = () => new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-store-'));
  db = openDatabase(path.join(dir, 'w.sqlite'));
  store = new PlanStore(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('sets WAL, synchronous FULL, foreign keys and the schema version', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
  });

  it('refuses a database written by a newer version', () => {
    const file = path.join(dir, 'newer.sqlite');
    openDatabase(file).pragma('user_version = 999');
    expect(() => openDatabase(file)).toThrow(/mới hơn/);
    expect(() => openDatabaseReadOnly(file)).toThrow(/mới hơn/);
  });

  it('runs pending migrations in one transaction: a failing one leaves the database untouched', () => {
    const file = path.join(dir, 'm.sqlite');
    const good: Migration = { name: 'a', sql: 'CREATE TABLE a (x)' };
    const bad: Migration = { name: 'b', sql: 'CREATE TABLE b (x); THIS IS NOT SQL' };
    expect(() => openDatabase(file, [good, bad])).toThrow();
    const again = openDatabase(file, [good]);
    expect(again.pragma('user_version', { simple: true })).toBe(1);
    again.close();
  });

  it('does not create a workspace when opened read-only', () => {
    expect(openDatabaseReadOnly(path.join(dir, 'none', 'x.sqlite'))).toBeNull();
    expect(fs.existsSync(path.join(dir, 'none'))).toBe(false);
  });
});

describe('PlanStore', () => {
  it('creates, lists and reads plans with Vietnamese text intact', () => {
    const rec = store.create(seed(), 'create');
    expect(store.list().map((p) => p.title)).toEqual([rec.plan.summary]);
    expect(store.get(rec.id).plan.header.issuingBody).toBe('BAN CHỈ ĐẠO ĐỀ ÁN');
  });

  it('appends revisions and keeps every earlier one', () => {
    const rec = store.create(seed(), 'create');
    const edited = structuredClone(rec.plan);
    edited.summary = 'Kế hoạch phổ biến pháp luật năm 2022';
    const r2 = store.save(rec.id, edited, 'autosave', 1);
    expect(r2.revision).toBe(2);
    expect(store.get(rec.id).plan.summary).toBe('Kế hoạch phổ biến pháp luật năm 2022');
    expect(store.getRevision(rec.id, 1).plan.summary).toBe(rec.plan.summary);
    expect(store.revisions(rec.id).map((r) => r.kind)).toEqual(['autosave', 'create']);
    expect(() => db.prepare("UPDATE revisions SET note = 'x'").run()).toThrow(/append-only/);
  });

  it('stores each revision deflated, far smaller than its JSON', () => {
    const rec = store.create(seed(), 'create');
    const row = db.prepare('SELECT document FROM revisions WHERE plan_id = ?').get(rec.id) as {
      document: Buffer;
    };
    expect(Buffer.isBuffer(row.document)).toBe(true);
    expect(row.document.length).toBeLessThan(JSON.stringify(rec.plan).length / 2);
  });

  it('does not add a revision for an unchanged autosave', () => {
    const rec = store.create(seed(), 'create');
    expect(store.save(rec.id, rec.plan, 'autosave', 1).revision).toBe(1);
    expect(store.save(rec.id, rec.plan, 'save', 1).revision).toBe(2);
  });

  it('refuses a save based on a stale revision instead of overwriting', () => {
    const rec = store.create(seed(), 'create');
    const a = structuredClone(rec.plan);
    a.summary = 'Cửa sổ A';
    store.save(rec.id, a, 'autosave', 1);
    const b = structuredClone(rec.plan);
    b.summary = 'Cửa sổ B';
    expect(() => store.save(rec.id, b, 'autosave', 1)).toThrow(/lưu ở nơi khác/);
    expect(store.get(rec.id).plan.summary).toBe('Cửa sổ A');
  });

  it('finds plans accent-insensitively', () => {
    const rec = store.create(seed(), 'create');
    expect(store.search('pho bien giao duc').map((p) => p.id)).toEqual([rec.id]);
    expect(store.search('Lạng Sơn').map((p) => p.id)).toEqual([rec.id]);
    expect(store.search('khong co chu nay')).toEqual([]);
  });

  it('hides a deleted plan but keeps its history', () => {
    const rec = store.create(seed(), 'create');
    store.delete(rec.id);
    expect(store.list()).toEqual([]);
    expect(() => store.get(rec.id)).toThrow(/Không tìm thấy/);
    expect((db.prepare('SELECT count(*) n FROM revisions').get() as { n: number }).n).toBe(1);
    expect(store.listDeleted().map((p) => p.id)).toEqual([rec.id]);
    expect(store.search('Lạng Sơn')).toEqual([]);
    store.restore(rec.id);
    expect(store.list().map((p) => p.id)).toEqual([rec.id]);
    expect(store.search('Lạng Sơn').map((p) => p.id)).toEqual([rec.id]);
    expect(store.listDeleted()).toEqual([]);
    expect(() => store.restore(rec.id)).toThrow(/Không tìm thấy/);
  });

  it('records exports with revision and sha256', () => {
    const rec = store.create(seed(), 'create');
    store.recordExport(rec.id, 1, false, 'KH-BCĐ_2021.docx', 'ab'.repeat(32));
    store.recordExport(rec.id, 1, false, 'KH-BCĐ_2021.docx', 'cd'.repeat(32), {
      reason: 'Lãnh đạo duyệt gấp',
      openErrors: 3,
    });
    expect(store.exports(rec.id)).toMatchObject([
      { revision: 1, draft: false, fileName: 'KH-BCĐ_2021.docx', reason: null, openErrors: 0 },
      { revision: 1, sha256: 'cd'.repeat(32), reason: 'Lãnh đạo duyệt gấp', openErrors: 3 },
    ]);
  });
});
