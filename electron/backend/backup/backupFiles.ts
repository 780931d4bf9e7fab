import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_ID_PATTERN,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/contract/backupOperations.ts';
import { migrations } from '../store/migrations.ts';
import type { Db } from '../store/openDatabase.ts';
import { fsyncDir } from '../fsyncDir.ts';

/** Backups live beside the workspace, in <dataDir>/backups. */
export const BACKUPS_FOLDER = 'backups';

export interface RetentionPolicy {
  /** The newest `keep` backups are always kept (default 10, PLANDRAFT_BACKUP_KEEP). */
  keep: number;
  /** And the newest backup of each of the last `days` days (default 30). */
  days: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function fileNameOf(at: string, reason: BackupReason): string {
  return `plandraft-${at.replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

/** 2026-12-01T10-17-07-123Z → 2026-12-01T10:17:07.123Z */
function parseId(id: string): { createdAt: string; reason: BackupReason } | null {
  if (!BACKUP_ID_PATTERN.test(id)) return null;
  const m = /^plandraft-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/.exec(id)!;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupReason };
}

export { fsyncDir } from '../fsyncDir.ts';

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every backup in `dir`, newest first. Files that are not backups (or half-written ones) are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const id of names) {
    const parsed = parseId(id);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(dir, id), { throwIfNoEntry: false });
    if (stat?.isFile()) out.push({ id, ...parsed, sizeBytes: stat.size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * Write a consistent copy of the open database with `VACUUM INTO` (it reads one snapshot, so saves
 * may go on) into a hidden temporary file, fsync it, then rename it into place: a backup that exists
 * under its final name is always complete.
 */
export function createBackupFile(db: Db, dir: string, reason: BackupReason, at: string): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const id = fileNameOf(at, reason);
  const final = path.join(dir, id);
  const tmp = path.join(dir, `.${id}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    fs.renameSync(tmp, final);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(dir);
  return { id, createdAt: parseId(id)!.createdAt, reason, sizeBytes: fs.statSync(final).size };
}

/**
 * Which backups the retention policy keeps: the newest `keep`, plus the newest of each UTC day of the
 * last `days` days. Everything else is deleted by pruneBackups.
 */
export function backupsToKeep(backups: BackupInfo[], policy: RetentionPolicy, now: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, Math.max(1, policy.keep)).map((b) => b.id));
  const horizon = Date.parse(now) - policy.days * DAY_MS;
  const days = new Set<string>();
  for (const b of newestFirst) {
    const day = b.createdAt.slice(0, 10);
    if (Date.parse(b.createdAt) < horizon || days.has(day)) continue;
    days.add(day);
    keep.add(b.id);
  }
  return keep;
}

/** Apply the retention policy; also clears temporary files left by a crash over an hour ago. */
export function pruneBackups(dir: string, policy: RetentionPolicy, now: string): string[] {
  const keep = backupsToKeep(listBackups(dir), policy, now);
  const removed: string[] = [];
  for (const b of listBackups(dir)) {
    if (keep.has(b.id)) continue;
    fs.rmSync(path.join(dir, b.id), { force: true });
    removed.push(b.id);
  }
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.tmp')) continue;
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (stat && Date.parse(now) - stat.mtimeMs > 60 * 60 * 1000)
      fs.rmSync(path.join(dir, name), { force: true });
  }
  return removed;
}

/** A backup is good when SQLite opens it, its quick_check is ok, and this build knows its schema. */
export function isGoodBackup(file: string): boolean {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check(1)') as Array<{ quick_check: string }>;
    const version = db.pragma('user_version', { simple: true }) as number;
    return rows[0]?.quick_check === 'ok' && version > 0 && version <= migrations.length;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Put a backup in place of the (closed) workspace file: copied to a temporary file beside it, fsynced,
 * then renamed over it, so that a crash leaves either the old file or the whole backup. The old
 * file's WAL and shared-memory files are removed first: replayed over the backup they would damage it.
 */
export function installBackup(backupFile: string, dbFile: string): void {
  const tmp = `${dbFile}.restore.tmp`;
  fs.copyFileSync(backupFile, tmp);
  try {
    fsyncFile(tmp);
    fs.rmSync(`${dbFile}-wal`, { force: true });
    fs.rmSync(`${dbFile}-shm`, { force: true });
    fs.renameSync(tmp, dbFile);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(path.dirname(dbFile));
}

/**
 * Rename a damaged workspace file (with its WAL and shared memory, which belong to it) out of the
 * way, never deleting it: plandraft.sqlite → plandraft-damaged-<time>.sqlite. Returns the new name.
 */
export function setAside(dbFile: string, at: string): string {
  const dir = path.dirname(dbFile);
  const name = `plandraft-damaged-${at.replace(/[:.]/g, '-')}.sqlite`;
  const aside = path.join(dir, name);
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(`${dbFile}${suffix}`)) fs.renameSync(`${dbFile}${suffix}`, `${aside}${suffix}`);
  }
  fsyncDir(dir);
  return name;
}
