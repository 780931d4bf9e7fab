import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { RegistryImportResult } from '../../../shared/registry/registryRecords.ts';
import { validityOn } from '../../../shared/registry/validity.ts';
import { createBackend } from '../backend.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { openDatabase, type Db } from '../store/openDatabase.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { loadBuiltinSeed } from './builtinSeed.ts';
import { RegistryStore } from './registryStore.ts';

const snapshot = fs.readFileSync(
  new URL('../../../test/fixtures/registry/snapshot-vbpl.csv', import.meta.url),
  'utf8',
);

let dir: string;
let db: Db;
let store: RegistryStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-registry-import-'));
  db = openDatabase(path.join(dir, DATABASE_FILE));
  store = new RegistryStore(db, () => '2026-12-01T00:00:00.000Z');
  store.syncSeed(loadBuiltinSeed(sourceResourcesDir()));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing a snapshot of the public databases', () => {
  it('a dry run reports added/updated/unchanged/rejected and writes nothing', () => {
    const before = store.list();
    const r = store.importDocuments(snapshot, { dryRun: true });
    // 80/2015, 64/2025 and 14/2012 are built-in entries (same number and date): updated; line 4 refused.
    expect(r).toMatchObject({ added: 0, updated: 3, unchanged: 0, rejected: 1, dryRun: true });
    expect(r.errors.map((e) => e.line)).toEqual([4]);
    expect(store.list()).toEqual(before);
  });

  it('the real import writes the validity, and the same file again changes nothing', () => {
    const r = store.importDocuments(snapshot);
    expect(r).toMatchObject({ added: 0, updated: 3, rejected: 1, dryRun: false });
    const [law80] = store.lookup().byNumberSymbol('80/2015/QH13');
    expect(law80).toMatchObject({
      status: 'replaced',
      replacedBy: '64/2025/QH15',
      effectiveUntil: '2025-04-01',
    });
    expect(validityOn(law80!, '2027-01-01')).toEqual({
      kind: 'replaced',
      on: '2025-04-01',
      by: ['64/2025/QH15'],
    });
    expect(store.importDocuments(snapshot)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
      rejected: 1,
    });
  });

  it('a file without the validity columns keeps the entry’s validity dates', () => {
    const before = store.get('seed-luat-35-2013-qh13');
    const r = store.importDocuments(
      'Loại văn bản,Số ký hiệu,Ngày ban hành,Ghi chú\nLuật,35/2013/QH13,20/06/2013,Đối chiếu lại\n',
    );
    expect(r.updated).toBe(1);
    const after = store.get('seed-luat-35-2013-qh13');
    expect(after.note).toBe('Đối chiếu lại');
    expect(after.effectiveFrom).toBe(before.effectiveFrom);
  });

  it('through the contract, with JSON and a dry run', async () => {
    const backend = createBackend({
      dataDir: path.join(dir, 'ws'),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
    });
    try {
      const json = JSON.stringify([
        { 'Số ký hiệu': '999/QĐ-TTg', 'Loại văn bản': 'Quyết định', 'Ngày ban hành': '01/02/2026' },
      ]);
      const dry = await dispatch(backend.handlers, 'importRegistry', [json, { dryRun: true }]);
      expect(dry.ok && (dry.value as RegistryImportResult)).toMatchObject({ added: 1, dryRun: true });
      const list = await dispatch(backend.handlers, 'searchRegistry', ['999/QĐ-TTg']);
      expect(list.ok && list.value).toEqual([]);
      const bad = await dispatch(backend.handlers, 'importRegistry', [json, { dryRun: 'yes' }]);
      expect(bad).toMatchObject({ ok: false });
    } finally {
      backend.close();
    }
  });
});
