import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, WorkspaceStatus } from '../../shared/contract/backupOperations.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Envelope } from '../../shared/contract/appError.ts';
import type { PlanRecord, PlanSummary } from '../../shared/contract/records.ts';
import { createBackend, type Backend } from './backend.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { sourceResourcesDir } from './sourceResourcesDir.ts';
import { BACKUPS_FOLDER, backupsToKeep } from './backup/backupFiles.ts';

let dir: string;
let clock: number;
const open: Backend[] = [];

function start(keep?: number): Backend {
  const b = createBackend({
    dataDir: dir,
    resourcesDir: sourceResourcesDir(),
    host: 'web',
    now: () => new Date(clock).toISOString(),
    backupKeep: keep,
  });
  open.push(b);
  return b;
}

function stop(b: Backend): void {
  b.close();
  open.splice(open.indexOf(b), 1);
}

async function call<T>(b: Backend, name: string, args: unknown[] = []): Promise<Envelope<T>> {
  return (await dispatch(b.handlers, name, args)) as Envelope<T>;
}

async function value<T>(b: Backend, name: string, args: unknown[] = []): Promise<T> {
  const r = await call<T>(b, name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function seed(b: Backend, count: number): Promise<PlanRecord[]> {
  const out: PlanRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rec = await value<PlanRecord>(b, 'createPlan', [{ templateId: 'langson-2021' }]);
    const plan = { ...rec.plan, summary: `Kế hoạch phổ biến, giáo dục pháp luật số ${i + 1}` };
    await value(b, 'savePlan', [rec.id, plan, { kind: 'save', baseRevision: rec.revision }]);
    out.push(rec);
  }
  return out;
}

/** Overwrite the first page of the revisions table's b-tree with garbage, as a bad sector would. */
function damageRevisionsPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").get() as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-workspace-'));
  clock = Date.parse('2026-12-01T08:00:00.000Z');
});
afterEach(() => {
  for (const b of open.splice(0)) b.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('backs up on the first edit, then at most hourly, and at every start of an existing workspace', async () => {
    const b = start();
    expect(await value<BackupInfo[]>(b, 'listBackups')).toEqual([]);
    const [rec] = await seed(b, 1);
    let backups = await value<BackupInfo[]>(b, 'listBackups');
    expect(backups.map((x) => x.reason)).toEqual(['hourly']);
    clock += 30 * 60 * 1000;
    const again = await value<PlanRecord>(b, 'getPlan', [rec!.id]);
    await value(b, 'savePlan', [
      rec!.id,
      { ...again.plan, summary: 'Sửa lần hai' },
      { kind: 'autosave', baseRevision: again.revision },
    ]);
    expect(await value<BackupInfo[]>(b, 'listBackups')).toHaveLength(1);
    clock += 31 * 60 * 1000;
    const third = await value<PlanRecord>(b, 'getPlan', [rec!.id]);
    await value(b, 'savePlan', [
      rec!.id,
      { ...third.plan, summary: 'Sửa lần ba' },
      { kind: 'autosave', baseRevision: third.revision },
    ]);
    expect(await value<BackupInfo[]>(b, 'listBackups')).toHaveLength(2);
    stop(b);
    clock += 1000;
    const b2 = start();
    backups = await value<BackupInfo[]>(b2, 'listBackups');
    expect(backups.map((x) => x.reason)).toEqual(['start', 'hourly', 'hourly']);
    // A backup is a whole SQLite database holding the plans.
    const copy = new Database(path.join(dir, BACKUPS_FOLDER, backups[0]!.id), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 1 });
    copy.close();
    const manual = await value<BackupInfo>(b2, 'createBackup');
    expect(manual.reason).toBe('manual');
    expect(fs.readdirSync(path.join(dir, BACKUPS_FOLDER)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the newest N plus the newest of each of the last 30 days', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.parse('2026-12-31T12:00:00.000Z');
    const backups: BackupInfo[] = [];
    // Four backups a day for 40 days.
    for (let d = 0; d < 40; d++)
      for (let h = 0; h < 4; h++) {
        const at = new Date(now - d * day - h * 3 * 60 * 60 * 1000).toISOString();
        backups.push({ id: at, createdAt: at, reason: 'hourly', sizeBytes: 1 });
      }
    const kept = backupsToKeep(backups, { keep: 10, days: 30 }, new Date(now).toISOString());
    const newest10 = backups.slice(0, 10).map((b) => b.id);
    for (const id of newest10) expect(kept.has(id)).toBe(true);
    const days = new Set([...kept].map((id) => id.slice(0, 10)));
    expect(days.size).toBe(31); // today … 30 days ago (the horizon falls inside day 30)
    expect(kept.size).toBeLessThan(10 + 31);
    expect([...kept].every((id) => now - Date.parse(id) <= 30 * day + day)).toBe(true);
  });

  it('prunes to the policy when backing up', async () => {
    const b = start(3);
    await seed(b, 1);
    for (let i = 0; i < 6; i++) {
      clock += 1000;
      await value(b, 'createBackup');
    }
    // Newest 3, the newest of the day is among them: 3 files.
    expect(await value<BackupInfo[]>(b, 'listBackups')).toHaveLength(3);
  });
});

describe('a damaged workspace is never opened as a new one', () => {
  it('one overwritten page: the error is bilingual, the newest good backup restores every plan', async () => {
    const b = start();
    const plans = await seed(b, 3);
    clock += 1000;
    await value(b, 'createBackup');
    stop(b);
    damageRevisionsPage(path.join(dir, DATABASE_FILE));

    const b2 = start();
    const listed = await call<PlanSummary[]>(b2, 'listPlans');
    expect(listed.ok).toBe(false);
    if (listed.ok) return;
    expect(listed.error.code).toBe('database_corrupt');
    expect(listed.error.message).toMatch(/bị hỏng/);
    expect(listed.error.messageEn).toMatch(/damaged/);
    const status = await value<WorkspaceStatus>(b2, 'workspaceStatus');
    expect(status.state).toBe('damaged');
    if (status.state === 'open') return;
    expect(status.newestGoodBackup?.reason).toBe('manual');
    // No backup of the damaged file is taken at start.
    expect((await value<BackupInfo[]>(b2, 'listBackups')).map((x) => x.reason)).not.toContain('start');

    const restored = await value<{ keptAside: string }>(b2, 'restoreBackup', [status.newestGoodBackup!.id]);
    expect(fs.existsSync(path.join(dir, restored.keptAside))).toBe(true);
    const back = await value<PlanSummary[]>(b2, 'listPlans');
    expect(back.map((p) => p.id).sort()).toEqual(plans.map((p) => p.id).sort());
    expect((await value<WorkspaceStatus>(b2, 'workspaceStatus')).state).toBe('open');
  });

  it('an empty (0-byte) file is refused; salvage keeps it aside and starts a fresh workspace', async () => {
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');
    const b = start();
    const listed = await call(b, 'listPlans');
    expect(!listed.ok && listed.error.code).toBe('database_empty');
    const status = await value<WorkspaceStatus>(b, 'workspaceStatus');
    expect(status.state === 'damaged' && status.newestGoodBackup).toBe(null);
    const salvage = await value<{ keptAside: string; salvaged: unknown[] }>(b, 'salvageWorkspace');
    expect(salvage.salvaged).toEqual([]);
    expect(fs.statSync(path.join(dir, salvage.keptAside)).size).toBe(0);
    expect(await value(b, 'listPlans')).toEqual([]);
  });

  it('a truncated file is refused as damaged', async () => {
    const b = start();
    await seed(b, 4);
    stop(b);
    const file = path.join(dir, DATABASE_FILE);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const b2 = start();
    const listed = await call(b2, 'listPlans');
    expect(!listed.ok && listed.error.code).toBe('database_corrupt');
  });

  it('salvage copies the readable plans of a damaged file into a fresh workspace', async () => {
    const b = start();
    await seed(b, 5);
    const db = b.context.db;
    // Damage a page of the plans table instead: every revision is still readable.
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'plans'").get() as {
      rootpage: number;
    };
    stop(b);
    const file = path.join(dir, DATABASE_FILE);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (rootpage - 1) * 4096);
    fs.closeSync(fd);
    const b2 = start();
    expect((await value<WorkspaceStatus>(b2, 'workspaceStatus')).state).toBe('damaged');
    const result = await value<{ keptAside: string; salvaged: Array<{ title: string }>; lost: number }>(
      b2,
      'salvageWorkspace',
    );
    expect(result.salvaged).toHaveLength(5);
    expect(result.lost).toBe(0);
    expect(result.salvaged.map((s) => s.title)).toContain('Kế hoạch phổ biến, giáo dục pháp luật số 3');
    expect(await value<PlanSummary[]>(b2, 'listPlans')).toHaveLength(5);
    expect(fs.existsSync(path.join(dir, result.keptAside))).toBe(true);
  });

  it('a database of a newer PlanDraft is refused with its own code', async () => {
    const b = start();
    await seed(b, 1);
    b.context.db.pragma('user_version = 99');
    stop(b);
    const b2 = start();
    const listed = await call(b2, 'listPlans');
    expect(!listed.ok && listed.error.code).toBe('database_too_new');
  });

  it('a data folder that is a file gives storage_unavailable, not a bare SQLite message', async () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const b = createBackend({ dataDir: file, resourcesDir: sourceResourcesDir(), host: 'web' });
    open.push(b);
    const listed = await call(b, 'listPlans');
    expect(!listed.ok && listed.error.code).toBe('storage_unavailable');
    const status = await value<WorkspaceStatus>(b, 'workspaceStatus');
    expect(status.state).toBe('unavailable');
  });

  it('a backup that is itself damaged is not restored', async () => {
    const b = start();
    await seed(b, 1);
    const backup = await value<BackupInfo>(b, 'createBackup');
    fs.writeFileSync(path.join(dir, BACKUPS_FOLDER, backup.id), 'not a database');
    const r = await call(b, 'restoreBackup', [backup.id]);
    expect(!r.ok && r.error.code).toBe('backup_damaged');
    const traversal = await call(b, 'restoreBackup', ['../plandraft.sqlite']);
    expect(!traversal.ok && traversal.error.code).toBe('invalid_arguments');
  });
});
