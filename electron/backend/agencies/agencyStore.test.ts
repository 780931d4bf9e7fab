import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgencyInput } from '../../../shared/agencies/agencyEntry.ts';
import { createAgencyIndex } from '../../../shared/agencies/agencyIndex.ts';
import { OTHER_PROVINCE } from '../../../shared/agencies/agencyRecords.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { openDatabase, type Db } from '../store/openDatabase.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { AgencyStore } from './agencyStore.ts';
import { loadBuiltinAgencies } from './builtinAgencies.ts';
import { workspaceAgencyIndex } from './workspaceAgencies.ts';

let dir: string;
let db: Db;
let store: AgencyStore;
const builtin = loadBuiltinAgencies(sourceResourcesDir());

const input = (over: Partial<AgencyInput> = {}): AgencyInput => ({
  name: 'Sở Ngoại vụ tỉnh Lạng Sơn',
  shortNames: [],
  level: 'tinh',
  kind: 'co-quan-chuyen-mon',
  group: false,
  province: 'lang-son',
  parent: 'lang-son-ubnd-tinh',
  groups: ['lang-son-co-quan-chuyen-mon'],
  validFrom: null,
  validUntil: null,
  successors: [],
  source: 'Quyết định thành lập (ghi chú thử nghiệm)',
  note: '',
  ...over,
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-agencies-'));
  db = openDatabase(path.join(dir, DATABASE_FILE));
  store = new AgencyStore(db, () => '2026-12-01T00:00:00.000Z');
  store.syncSeed(builtin);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('seed and province', () => {
  it('holds every built-in entry with its sources after the first open', () => {
    const entries = store.entries();
    expect(entries).toHaveLength(builtin.entries.length);
    const tnmt = entries.find((e) => e.id === 'lang-son-so-tai-nguyen-va-moi-truong');
    expect(tnmt).toMatchObject({
      validUntil: '2025-03-01',
      successors: ['lang-son-so-nong-nghiep-va-moi-truong'],
    });
    expect(tnmt?.sources.length).toBeGreaterThan(0);
    // A decree's date is a national frame, not each province's day: the mark survives the store.
    const generic = entries.find((e) => e.id === 'mau-so-tai-nguyen-va-moi-truong');
    expect(generic?.sources.find((s) => s.facts.includes('validUntil'))?.frame).toBe(true);
    expect(tnmt?.sources.some((s) => s.frame)).toBe(false);
  });

  it('offers Lạng Sơn by default; the setting changes it', () => {
    expect(store.province()).toBe('lang-son');
    store.setProvince(null);
    expect(store.province()).toBeNull();
    expect(workspaceAgencyIndex(db)?.province).toBeNull();
  });

  it('"another province" judges a name by the generic pattern, not by Lạng Sơn’s own body', () => {
    expect(workspaceAgencyIndex(db)?.resolve('Sở Tài nguyên và Môi trường', '2027-01-01')?.id).toBe(
      'lang-son-so-tai-nguyen-va-moi-truong',
    );
    store.setProvince(OTHER_PROVINCE);
    const index = workspaceAgencyIndex(db);
    expect(index?.entries.some((e) => e.province === 'lang-son')).toBe(false);
    const tnmt = index?.resolve('Sở Tài nguyên và Môi trường', '2027-01-01');
    expect(tnmt?.id).toBe('mau-so-tai-nguyen-va-moi-truong');
    expect(tnmt?.successors).toEqual(['mau-so-nong-nghiep-va-moi-truong']);
  });

  it('keeps a user edit of a built-in entry when the seed changes', () => {
    const e = store.entries().find((x) => x.id === 'lang-son-so-tu-phap')!;
    store.update(e.id, input({ name: e.name, shortNames: ['STP'], groups: e.groups }));
    store.syncSeed({ ...builtin, hash: 'another' });
    expect(store.entries().find((x) => x.id === e.id)?.shortNames).toEqual(['STP']);
  });
});

describe('add, edit, delete', () => {
  it('adds an entry with its source and refuses one without', () => {
    const e = store.add(input());
    expect(e.sources[0]?.title).toContain('Quyết định thành lập');
    expect(() => store.add(input({ parent: 'khong-co' }))).toThrow(/Cơ quan cấp trên/);
    expect(() => store.add(input({ validFrom: '2025-03-01', validUntil: '2025-01-01' }))).toThrow(/phải sau/);
  });

  it('removes references to a deleted entry', () => {
    const added = store.add(input());
    const old = store.add(input({ name: 'Phòng Ngoại vụ', successors: [added.id] }));
    store.delete(added.id);
    expect(store.entries().find((e) => e.id === old.id)?.successors).toEqual([]);
  });
});

describe('merge', () => {
  it('merges two entries into one: names, groups, sources kept, references moved', () => {
    const dup = store.add(input({ name: 'Sở Tư pháp Lạng Sơn', shortNames: ['STP LS'] }));
    const child = store.add(input({ name: 'Phòng Hành chính tư pháp', parent: dup.id }));
    const kept = store.merge(dup.id, 'lang-son-so-tu-phap');
    expect(kept.shortNames).toEqual(expect.arrayContaining(['Sở Tư pháp Lạng Sơn', 'STP LS']));
    expect(kept.sources.map((s) => s.title)).toContain('Quyết định thành lập (ghi chú thử nghiệm)');
    expect(store.entries().some((e) => e.id === dup.id)).toBe(false);
    expect(store.entries().find((e) => e.id === child.id)?.parent).toBe('lang-son-so-tu-phap');
    // Plans that wrote the merged name are still understood.
    expect(createAgencyIndex(store.entries(), 'lang-son').resolve('Sở Tư pháp Lạng Sơn')?.id).toBe(
      'lang-son-so-tu-phap',
    );
  });

  it('keeps a merged built-in entry out after a seed upgrade', () => {
    store.merge('lang-son-so-ke-hoach-va-dau-tu', 'lang-son-so-tai-chinh');
    store.syncSeed({ ...builtin, hash: 'another' });
    expect(store.entries().some((e) => e.id === 'lang-son-so-ke-hoach-va-dau-tu')).toBe(false);
  });

  it('refuses to merge an entry with itself', () => {
    expect(() => store.merge('lang-son-so-tu-phap', 'lang-son-so-tu-phap')).toThrow();
  });
});

describe('names learned from plans', () => {
  it('offers a name typed in two plans, not one typed once', () => {
    expect(store.noteName('p1', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn;')).toMatchObject({
      learned: false,
      plans: 1,
    });
    expect(store.noteName('p1', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn').plans).toBe(1);
    expect(store.view([]).entries.some((e) => e.origin === 'learned')).toBe(false);
    expect(store.noteName('p2', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn').learned).toBe(true);
    const learned = store.view([]).entries.filter((e) => e.origin === 'learned');
    expect(learned.map((e) => e.name)).toEqual(['Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn']);
    const index = createAgencyIndex(store.view([]).entries, 'lang-son');
    expect(index.suggest('ban quan ly', null, 3)[0]?.text).toBe(
      'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn',
    );
  });

  it('does not note a name the directory knows', () => {
    expect(store.noteName('p1', 'Sở Tư pháp')).toMatchObject({ known: true });
  });
});

describe('CSV', () => {
  it('exports and imports back unchanged', () => {
    const csv = store.exportCsv();
    expect(csv.startsWith('\uFEFFMã,Tên cơ quan,')).toBe(true);
    const r = store.importCsv(csv);
    expect(r).toMatchObject({ added: 0, updated: 0, errors: [] });
    expect(r.unchanged).toBe(builtin.entries.length);
  });

  it('reports bad lines in Vietnamese with their line numbers and imports the good ones', () => {
    const csv = [
      'Tên cơ quan,Cấp,Không còn từ ngày,Cơ quan kế tiếp,Nguồn',
      'Sở Ngoại vụ tỉnh Lạng Sơn,Tỉnh,,,Quyết định thành lập',
      'Sở A,Quận,,,Nguồn',
      'Sở B,Tỉnh,31/02/2025,,Nguồn',
      'Sở C,Tỉnh,,khong-co,Nguồn',
      'Sở D,Tỉnh,,,',
    ].join('\r\n');
    const r = store.importCsv(csv);
    expect(r.added).toBe(1);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'Cấp "Quận" không rõ (Trung ương, Tỉnh, Huyện, Xã)'],
      [4, 'Ngày "31/02/2025" không hợp lệ (dd/mm/yyyy)'],
      [5, 'Cơ quan kế tiếp "khong-co" không có trong danh bạ.'],
      [6, 'Hãy ghi nguồn (văn bản thành lập, hợp nhất, đổi tên)'],
    ]);
    expect(store.entries().filter((e) => /^Sở [BCD]$/.test(e.name))).toEqual([]);
  });
});
