/**
 * Error codes of the workspace's storage (issue 12): every SQLite or file-system failure of the
 * workspace reaches the user as one of these, with a Vietnamese and an English message. Listed here
 * so that the contract's error-code union can include them by name.
 */
export const storageErrorCodes = [
  /** The database file fails SQLite's quick_check or is not a database at all. */
  'database_corrupt',
  /** The database file exists but is empty (0 bytes): never silently an empty library. */
  'database_empty',
  /** Written by a newer PlanDraft (schema version above what this build knows). */
  'database_too_new',
  /** Another process holds the database (SQLITE_BUSY / SQLITE_LOCKED past the busy timeout). */
  'database_locked',
  /** The data folder or the database file cannot be written. */
  'storage_read_only',
  /** The disk (or quota) is full. */
  'storage_full',
  /** The data folder cannot be used at all (it is a file, it cannot be created, an I/O error). */
  'storage_unavailable',
  /** A backup named by the user does not exist, or is itself damaged. */
  'backup_not_found',
  'backup_damaged',
] as const;

export type StorageErrorCode = (typeof storageErrorCodes)[number];
