import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/appError.ts';
import { migrations as allMigrations, type Migration } from './migrations.ts';
import { asStorageError, storageError } from './storageError.ts';

export type Db = Database.Database;

/**
 * Open (and create) the workspace database: WAL, synchronous=FULL so an autosave that returned is on
 * disk, foreign keys on, and every pending migration applied in one transaction. A database written
 * by a newer PlanDraft is refused rather than misread; so is an existing file that is empty or fails
 * SQLite's quick_check — a damaged workspace is never opened as a new one (issue 12). Every failure
 * is a bilingual AppError (storageError).
 */
export function openDatabase(file: string, migrations: Migration[] = allMigrations): Db {
  let db: Db;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    refuseEmpty(file);
    db = new Database(file);
  } catch (e) {
    throw asStorageError(e, file);
  }
  try {
    db.pragma('busy_timeout = 5000');
    quickCheck(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw asStorageError(e, file);
  }
}

/**
 * SQLite opens a 0-byte file as a new, empty database; for an existing workspace that would mean an
 * empty library with every plan silently gone, so the file is refused instead.
 */
function refuseEmpty(file: string): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile() && stat.size === 0) {
    throw new AppError(
      'database_empty',
      'Tệp dữ liệu rỗng (0 byte) nên không được mở như một thư viện mới; hãy khôi phục bản sao lưu mới nhất.',
      'The data file is empty (0 bytes), so it is not opened as a new library; restore the newest backup.',
      file,
    );
  }
}

/** SQLite's quick_check (O(N), skips the index/table cross-checks): 'ok' or the first problems. */
export function quickCheck(db: Db, file: string): void {
  const rows = db.pragma('quick_check(3)') as Array<{ quick_check: string }>;
  if (rows.length === 1 && rows[0]!.quick_check === 'ok') return;
  throw storageError({ code: 'SQLITE_CORRUPT' }, file)!;
}

/**
 * Open an existing workspace database read-only (CLI commands that must never create or change the
 * workspace). Returns null when there is none.
 */
export function openDatabaseReadOnly(file: string): Db | null {
  if (!fs.existsSync(file)) return null;
  let db: Db | null = null;
  let version: number;
  try {
    refuseEmpty(file);
    db = new Database(file, { readonly: true, fileMustExist: true });
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    db?.close();
    throw asStorageError(e, file);
  }
  if (version > allMigrations.length) {
    db.close();
    throw newerDatabase(version, allMigrations.length);
  }
  return db;
}

function newerDatabase(found: number, known: number): AppError {
  return new AppError(
    'database_too_new',
    'Dữ liệu được tạo bởi phiên bản PlanDraft mới hơn; hãy cập nhật ứng dụng.',
    'The data was written by a newer PlanDraft; please update the application.',
    `schema ${found} > ${known}`,
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
