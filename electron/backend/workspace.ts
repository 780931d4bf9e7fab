import fs from 'node:fs';
import path from 'node:path';
import { AppError, errorInfo } from '../../shared/contract/appError.ts';
import type {
  BackupInfo,
  BackupReason,
  RestoreResult,
  SalvageResult,
  WorkspaceStatus,
} from '../../shared/contract/backupOperations.ts';
import {
  BACKUPS_FOLDER,
  createBackupFile,
  installBackup,
  isGoodBackup,
  listBackups,
  pruneBackups,
  setAside,
  type RetentionPolicy,
} from './backup/backupFiles.ts';
import { salvagePlans } from './backup/salvage.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { openDatabase, type Db } from './store/openDatabase.ts';
import { PlanStore } from './store/planStore.ts';
import { storageError } from './store/storageError.ts';

/** Failures a restore or a salvage can cure; the others (read-only, full, locked) need the user. */
const RECOVERABLE = new Set(['database_corrupt', 'database_empty', 'database_too_new']);

export interface WorkspaceOptions {
  dataDir: string;
  now: () => string;
  retention: RetentionPolicy;
  /** At most one automatic backup per interval while editing (default one hour). */
  intervalMs: number;
}

/**
 * The workspace database file, its backups and its recovery. It opens the database at start (which
 * runs the quick_check); when that fails, it keeps the bilingual reason instead of throwing, so the
 * host still starts and the user is offered a restore or a salvage rather than an empty library.
 */
export class Workspace {
  readonly file: string;
  readonly backupsDir: string;
  private db: Db | null = null;
  private failure: AppError | null = null;
  private lastBackupAt = 0;
  private readonly listeners: Array<(db: Db) => void> = [];

  constructor(private readonly options: WorkspaceOptions) {
    this.file = path.join(options.dataDir, DATABASE_FILE);
    this.backupsDir = path.join(options.dataDir, BACKUPS_FOLDER);
  }

  /** Called with the database each time it is (re)opened: the back end rebuilds its handlers. */
  onOpen(listener: (db: Db) => void): void {
    this.listeners.push(listener);
  }

  /** Open at start: quick_check, then a backup of the workspace as found (when it had content). */
  start(backup: boolean): void {
    const existed = (fs.statSync(this.file, { throwIfNoEntry: false })?.size ?? 0) > 0;
    this.open();
    if (this.db && existed && backup) this.tryBackup('start');
  }

  private open(): void {
    try {
      const db = openDatabase(this.file);
      this.db = db;
      this.failure = null;
      for (const l of this.listeners) l(db);
    } catch (e) {
      const known = storageError(e, this.file);
      if (!known) throw e;
      this.db = null;
      this.failure = known;
    }
  }

  /** The open database, or the reason it is not open (thrown as the operation's error). */
  database(): Db {
    if (this.db) return this.db;
    throw this.failure ?? new AppError('storage_unavailable', 'Dữ liệu chưa mở.', 'The data is not open.');
  }

  status(): WorkspaceStatus {
    if (this.db) return { state: 'open' };
    const error = errorInfo(this.failure);
    const state = RECOVERABLE.has(error.code) ? 'damaged' : 'unavailable';
    return { state, error, newestGoodBackup: this.newestGoodBackup() };
  }

  list(): BackupInfo[] {
    return listBackups(this.backupsDir);
  }

  private newestGoodBackup(): BackupInfo | null {
    return this.list().find((b) => isGoodBackup(path.join(this.backupsDir, b.id))) ?? null;
  }

  /** Back up now and apply the retention policy. */
  backup(reason: BackupReason): BackupInfo {
    const info = createBackupFile(this.database(), this.backupsDir, reason, this.options.now());
    this.lastBackupAt = Date.parse(info.createdAt);
    pruneBackups(this.backupsDir, this.options.retention, this.options.now());
    return info;
  }

  private tryBackup(reason: BackupReason): void {
    try {
      this.backup(reason);
    } catch (e) {
      // A failed automatic backup must not fail the edit that triggered it; it is retried next time.
      process.stderr.write(`Sao lưu thất bại / Backup failed: ${errorInfo(e).messageEn}\n`);
    }
  }

  /** After an edit: an hourly backup when the last one (this run or an earlier one) is older. */
  backupIfDue(): void {
    if (!this.db) return;
    const now = Date.parse(this.options.now());
    if (this.lastBackupAt === 0) {
      const newest = this.list()[0];
      this.lastBackupAt = newest ? Date.parse(newest.createdAt) : -Infinity;
    }
    if (now - this.lastBackupAt >= this.options.intervalMs) this.tryBackup('hourly');
  }

  restore(id: string): RestoreResult {
    const source = path.join(this.backupsDir, id);
    const restored = this.list().find((b) => b.id === id);
    if (!restored) {
      throw new AppError('backup_not_found', `Không có bản sao lưu ${id}.`, `There is no backup ${id}.`);
    }
    if (!isGoodBackup(source)) {
      throw new AppError(
        'backup_damaged',
        `Bản sao lưu ${id} cũng bị hỏng; hãy chọn một bản cũ hơn.`,
        `The backup ${id} is damaged too; choose an older one.`,
      );
    }
    let keptAside: string | null = null;
    if (this.db) {
      // The current workspace becomes a backup itself, so a restore can be undone.
      keptAside = this.backup('before-restore').id;
      this.db.close();
      this.db = null;
    } else if (fs.existsSync(this.file)) {
      keptAside = setAside(this.file, this.options.now());
    }
    installBackup(source, this.file);
    this.open();
    this.database();
    return { restored, keptAside };
  }

  /** Move the damaged file aside (never deleted) and copy its readable plans into a fresh workspace. */
  salvage(): SalvageResult {
    if (this.db) {
      throw new AppError(
        'invalid_arguments',
        'Dữ liệu không bị hỏng; không cần cứu.',
        'The data is not damaged; there is nothing to salvage.',
      );
    }
    const keptAside = setAside(this.file, this.options.now());
    this.open();
    const result = salvagePlans(
      path.join(this.options.dataDir, keptAside),
      new PlanStore(this.database(), this.options.now),
    );
    this.tryBackup('manual');
    return { keptAside, ...result };
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
