import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/appError.ts';
import { migrations as allMigrations, type Migration } from './migrations.ts';

export type Db = Database.Database;

/**
 * Open (and create) the workspace database: WAL, synchronous=FULL so an autosave that returned is on
 * disk, foreign keys on, and every pending migration applied in one transaction. A database written
 * by a newer PlanDraft is refused rather than misread.
 */
export function openDatabase(file: string, migrations: Migration[] = allMigrations): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Open an existing workspace database read-only (CLI commands that must never create or change the
 * workspace). Returns null when there is none.
 */
export function openDatabaseReadOnly(file: string): Db | null {
  if (!fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > allMigrations.length) {
    db.close();
    throw newerDatabase(version, allMigrations.length);
  }
  return db;
}

function newerDatabase(found: number, known: number): AppError {
  return new AppError(
    'database_too_new',
    `Dữ liệu được tạo bởi phiên bản PlanDraft mới hơn (lược đồ ${found} > ${known}); hãy cập nhật ứng dụng.`,
    `The data was written by a newer PlanDraft (schema ${found} > ${known}); please update the application.`,
  );
}

export function migrate(db: Db, migrations: Migration[]): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) throw newerDatabase(version, migrations.length);
  if (version === migrations.length) return;
  db.transaction(() => {
    for (let i = version; i < migrations.length; i++) db.exec(migrations[i]!.sql);
    // user_version cannot be bound as a parameter; the value is an integer we computed.
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
