import path from 'node:path';
import { createAgencyIndex, type AgencyIndex } from '../../../shared/agencies/agencyIndex.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { openDatabaseReadOnly, type Db } from '../store/openDatabase.ts';
import { AgencyStore } from './agencyStore.ts';
import { loadBuiltinAgencies, type BuiltinAgencies } from './builtinAgencies.ts';

/** True when the workspace has the directory tables (a database from before them has not). */
export function hasAgencyTables(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'agencies'").get() !== undefined
  );
}

/**
 * The directory the checks and the rollover read: the workspace's entries for its province. Reads
 * only, so it serves a read-only database (the check worker, `plandraft check`); a workspace from
 * before the directory falls back to the built-in entries when they are given, else to none.
 */
export function workspaceAgencyIndex(db: Db | null, builtin?: BuiltinAgencies): AgencyIndex | null {
  if (db && hasAgencyTables(db)) {
    const store = new AgencyStore(db);
    const entries = store.entries();
    if (entries.length > 0 || !builtin) return createAgencyIndex(entries, store.province());
  }
  return builtin ? createAgencyIndex(builtin.entries, 'lang-son') : null;
}

/**
 * For commands that must never create or change the workspace (`plandraft check`, `rollover`): the
 * workspace's directory opened read-only when it exists, else the built-in one. The index is in
 * memory, so the database is closed at once.
 */
export function readOnlyAgencyIndex(options: { dataDir: string; resourcesDir: string }): AgencyIndex | null {
  const builtin = loadBuiltinAgencies(options.resourcesDir);
  const db = openDatabaseReadOnly(path.join(options.dataDir, DATABASE_FILE));
  try {
    return workspaceAgencyIndex(db, builtin);
  } finally {
    db?.close();
  }
}
