import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { RegistrySeed } from '../../../shared/registry/registrySeed.ts';
import { createBackend } from '../backend.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { migrations } from '../store/migrations.ts';
import { openDatabase, type Db } from '../store/openDatabase.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { loadBuiltinSeed } from './builtinSeed.ts';
import { openRegistryReadOnly } from './openRegistryReadOnly.ts';
import { RegistryStore } from './registryStore.ts';

let dir: string;
let db: Db;
let store: RegistryStore;
const seed = loadBuiltinSeed(sourceResourcesDir());

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-registry-'));
  db = openDatabase(path.join(dir, DATABASE_FILE));
  store = new RegistryStore(db, () => '2021-01-05T00:00:00.000Z');
  store.syncSeed(seed);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('registry migration and seed', () => {
  it('creates the registry tables with an accent-insensitive FTS5 index', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'registry_search'").get() as {
      sql: string;
    };
    expect(fts.sql).toContain('unicode61 remove_diacritics 2');
  });

  it('loads every seed entry on first open', () => {
    expect(store.list()).toHaveLength(seed.documents.length);
    expect(store.get('seed-luat-80-2015-qh13').date).toBe('2015-06-22');
  });

  it('finds documents without accents, đ included', () => {
    const hits = store.search('pho bien giao duc').map((d) => d.numberSymbol);
    expect(hits).toContain('14/2012/QH13');
    expect(hits).not.toContain('30/2020/NĐ-CP');
    expect(store.search('cong tac van thu').map((d) => d.numberSymbol)).toContain('30/2020/NĐ-CP');
    expect(store.search('dat chuan tiep can').map((d) => d.numberSymbol)).toEqual(
      expect.arrayContaining(['619/QĐ-TTg', '25/2021/QĐ-TTg']),
    );
    // The plan 113/KH-UBND cites 705/QĐ-TTg in its summary: found too, but the decision itself first.
    expect(store.search('705 ttg').map((d) => d.numberSymbol)).toEqual(['705/QĐ-TTg', '113/KH-UBND']);
    expect(store.search('nghi dinh').length).toBeGreaterThanOrEqual(2);
    expect(store.search('khong co van ban nay')).toEqual([]);
  });

  it('a query typed as a number/symbol lists that document, not the dates that share its words', () => {
    // 141/KH-BCĐTKNQ18 is dated 06/12/2024: its "12" and "KH", "BCĐ…" matched "12/KH-BCĐ" as words.
    const words = store.search('12 kh bcd').map((d) => d.numberSymbol);
    expect(words).toContain('141/KH-BCĐTKNQ18');
    expect(store.search('705/QĐ-TTg').map((d) => d.numberSymbol)).toEqual(['705/QĐ-TTg']);
    expect(store.search('705/qd').map((d) => d.numberSymbol)).toEqual(['705/QĐ-TTg']);
    // No document of that number: the word search stands.
    expect(store.search('12/KH-BCĐ').map((d) => d.numberSymbol)).toEqual(words);
  });

  it('looks documents up for the checks however the symbol is typed', () => {
    const lookup = store.lookup();
    expect(lookup.byNumberSymbol('30/2020/ND-CP').map((d) => d.date)).toEqual(['2020-03-05']);
    expect(
      lookup.byName('Luật Ban hành văn bản quy phạm pháp luật năm 2015').map((d) => d.numberSymbol),
    ).toEqual(['80/2015/QH13']);
    expect(lookup.byName('Luật PBGDPL').map((d) => d.numberSymbol)).toEqual(['14/2012/QH13']);
  });

  it('keeps validity dates and successors (issue 11), also in a workspace made before them', () => {
    const replaced = store.get('seed-39-2025-nd-cp');
    expect(replaced).toMatchObject({ effectiveUntil: '2026-01-10', successors: ['09/2026/NĐ-CP'] });
    expect(store.get('seed-luat-14-2012-qh13').effectiveFrom).toBe('2013-01-01');
    // A workspace from before migration 004: the columns are added and the seed re-sync fills them.
    const oldFile = path.join(dir, 'old', DATABASE_FILE);
    const old = openDatabase(oldFile, migrations.slice(0, 3));
    old
      .prepare(
        `INSERT INTO registry_docs (id, type, number, year, symbol, number_symbol, ns_key, name_key, date, issuer,
           summary, name, status, replaced_by, source, note, origin, user_modified, deleted_at, created_at, updated_at)
         VALUES ('seed-39-2025-nd-cp', 'Nghị định', '39', 2025, 'NĐ-CP', '39/2025/NĐ-CP', '', NULL, '2025-02-26',
           'Chính phủ', 'cũ', NULL, 'unknown', NULL, 'x', '', 'seed', 0, NULL, 'a', 'a')`,
      )
      .run();
    old.close();
    const upgraded = openDatabase(oldFile);
    try {
      const s = new RegistryStore(upgraded);
      expect(s.get('seed-39-2025-nd-cp').successors).toEqual([]);
      s.syncSeed(seed);
      expect(s.get('seed-39-2025-nd-cp')).toMatchObject({
        effectiveUntil: '2026-01-10',
        successors: ['09/2026/NĐ-CP'],
      });
      // Entries typed by hand carry no validity yet: stored as unknown, read back as null / [].
      const added = s.add({
        type: 'Quyết định',
        numberSymbol: '12/QĐ-UBND',
        date: '2024-01-02',
        issuer: 'UBND tỉnh',
      });
      expect(s.get(added.id)).toMatchObject({ effectiveFrom: null, effectiveUntil: null, successors: [] });
    } finally {
      upgraded.close();
    }
  });

  it('re-syncs a changed seed but keeps what the user edited or deleted', () => {
    store.update('seed-luat-35-2013-qh13', {
      ...store.get('seed-luat-35-2013-qh13'),
      note: 'Ghi chú của tôi',
    });
    store.delete('seed-qd-37-2008-qd-ttg');
    const docs = seed.documents.map((d) => {
      if (
        d.id === 'seed-luat-35-2013-qh13' ||
        d.id === 'seed-qd-37-2008-qd-ttg' ||
        d.id === 'seed-luat-14-2012-qh13'
      ) {
        return { ...d, note: 'Bản mới của dữ liệu dựng sẵn' };
      }
      return d;
    });
    const next: RegistrySeed = {
      documents: docs.filter((d) => d.id !== 'seed-qd-1163-2017-ttg'),
      hash: 'changed',
    };
    store.syncSeed(next);
    expect(store.get('seed-luat-14-2012-qh13').note).toBe('Bản mới của dữ liệu dựng sẵn');
    expect(store.get('seed-luat-35-2013-qh13').note).toBe('Ghi chú của tôi');
    expect(() => store.get('seed-qd-37-2008-qd-ttg')).toThrow(/Không tìm thấy văn bản này trong sổ văn bản/);
    expect(() => store.get('seed-qd-1163-2017-ttg')).toThrow();
    expect(store.list()).toHaveLength(seed.documents.length - 2);
  });
});

describe('editing the registry', () => {
  it('adds from a recognised citation once, then finds it', () => {
    const citation = {
      text: 'Kế hoạch số 05/KH-UBND ngày 06/01/2021 của UBND tỉnh Lạng Sơn',
      type: 'Kế hoạch',
      number: '05',
      year: null,
      symbol: 'KH-UBND',
      numberSymbol: '05/KH-UBND',
      date: '2021-01-06',
      issuer: 'UBND tỉnh Lạng Sơn',
      summary: 'Thực hiện công tác phổ biến, giáo dục pháp luật năm 2021',
      name: null,
      mention: 'full',
      location: { block: 'preamble', start: 0, end: 60 },
    };
    const first = store.addFromCitation(citation, 'test');
    expect(first.created).toBe(true);
    expect(first.doc).toMatchObject({ numberSymbol: '05/KH-UBND', date: '2021-01-06', status: 'unknown' });
    const again = store.addFromCitation({ ...citation, numberSymbol: '5/KH-UBND' }, 'test');
    expect(again).toEqual({ doc: first.doc, created: false });
    expect(store.search('thuc hien cong tac pho bien nam 2021').map((d) => d.id)).toContain(first.doc.id);
    expect(store.lookup().byNumberSymbol('5/KH-UBND')).toHaveLength(1);
  });

  it('keeps the search index in step with edits and deletions', () => {
    const doc = store.add({
      type: 'Công văn',
      numberSymbol: '15/STP-PBGDPL',
      date: '05/01/2021',
      summary: 'Về việc hưởng ứng Ngày Pháp luật',
    });
    expect(store.search('huong ung ngay phap luat').map((d) => d.id)).toEqual([doc.id]);
    store.update(doc.id, { ...doc, summary: 'Về việc tổ chức hội thi hòa giải viên giỏi' });
    expect(store.search('huong ung')).toEqual([]);
    expect(store.search('hoi thi hoa giai vien gioi').map((d) => d.id)).toEqual([doc.id]);
    store.delete(doc.id);
    expect(store.search('hoi thi hoa giai vien gioi')).toEqual([]);
    expect(() => store.get(doc.id)).toThrow(/Không tìm thấy văn bản này trong sổ văn bản/);
    store.delete('seed-luat-35-2013-qh13');
    expect(store.search('hoa giai o co so').map((d) => d.numberSymbol)).not.toContain('35/2013/QH13');
  });

  it('refuses an entry without a type or with an impossible date', () => {
    expect(() => store.add({ type: '', numberSymbol: '1/QĐ-UBND' })).toThrow(/Thiếu loại văn bản/);
    expect(() => store.add({ type: 'Quyết định', numberSymbol: '1/QĐ-UBND', date: '31/02/2020' })).toThrow(
      /không tồn tại/,
    );
  });

  it('imports CSV: adds, updates by identifier and date, reports bad lines', () => {
    const csv = [
      'Loại văn bản,Số ký hiệu,Ngày ban hành,Cơ quan ban hành,Trích yếu,Ghi chú',
      'Nghị định,30/2020/NĐ-CP,05/03/2020,Chính phủ,Về công tác văn thư,Đã đối chiếu Công báo',
      'Kế hoạch,200/KH-UBND,15/10/2021,UBND tỉnh Lạng Sơn,"Tuyên truyền, phổ biến pháp luật",',
      'Kế hoạch,201/KH-UBND,31/02/2021,UBND tỉnh Lạng Sơn,Ngày sai,',
      ',202/KH-UBND,01/03/2021,UBND tỉnh Lạng Sơn,Thiếu loại,',
    ].join('\r\n');
    const result = store.importCsv(csv);
    expect(result.added).toBe(1);
    expect(result.updated).toBe(1);
    expect(result.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(store.get('seed-nd-30-2020-nd-cp').note).toBe('Đã đối chiếu Công báo');
    expect(store.search('tuyen truyen pho bien').map((d) => d.numberSymbol)).toContain('200/KH-UBND');
    expect(store.lookup().byNumberSymbol('201/KH-UBND')).toEqual([]);
  });

  it('exports CSV that imports back without changing anything', () => {
    const before = store.list();
    const result = store.importCsv(store.exportCsv());
    expect(result).toEqual({
      added: 0,
      updated: 0,
      unchanged: before.length,
      rejected: 0,
      errors: [],
      dryRun: false,
    });
    expect(store.list()).toEqual(before);
  });
});

describe('contract, through the back end', () => {
  it('serves the registry operations with bilingual errors', async () => {
    const backend = createBackend({
      dataDir: path.join(dir, 'ws'),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
    });
    try {
      const found = await dispatch(backend.handlers, 'searchRegistry', ['hoa giai o co so']);
      expect(found.ok && (found.value as { numberSymbol: string }[]).map((d) => d.numberSymbol)).toContain(
        '35/2013/QH13',
      );
      const bad = await dispatch(backend.handlers, 'addRegistryDoc', [{ type: 'Luật' }]);
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_registry_doc' } });
      expect(!bad.ok && bad.error.messageEn).toContain('number and symbol are missing');
      const missing = await dispatch(backend.handlers, 'getRegistryDoc', ['khong-co']);
      expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      backend.close();
    }
  });
});

describe('openRegistryReadOnly', () => {
  it('does not create a workspace that does not exist, and still knows the seed', () => {
    const dataDir = path.join(dir, 'nowhere');
    const reg = openRegistryReadOnly({ dataDir, resourcesDir: sourceResourcesDir() });
    expect(reg.workspace).toBe(false);
    expect(reg.lookup.byNumberSymbol('705/QĐ-TTg').map((d) => d.date)).toEqual(['2017-05-25']);
    reg.close();
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("combines an existing workspace's registry with the seed, the user's correction winning", () => {
    store.update('seed-qd-705-2017-ttg', {
      ...store.get('seed-qd-705-2017-ttg'),
      note: 'Sửa bởi người dùng',
    });
    store.add({ type: 'Kế hoạch', numberSymbol: '12/KH-STP', date: '10/01/2021', issuer: 'Sở Tư pháp' });
    const reg = openRegistryReadOnly({ dataDir: dir, resourcesDir: sourceResourcesDir() });
    try {
      expect(reg.workspace).toBe(true);
      const found = reg.lookup.byNumberSymbol('705/QĐ-TTg');
      expect(found.map((d) => d.note)).toEqual(['Sửa bởi người dùng']);
      expect(reg.lookup.byNumberSymbol('12/KH-STP')).toHaveLength(1);
      expect(reg.lookup.byNumberSymbol('14/2012/QH13')).toHaveLength(1);
    } finally {
      reg.close();
    }
  });
});
