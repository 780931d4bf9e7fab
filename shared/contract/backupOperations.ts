import { z } from 'zod';
import type { ErrorInfo } from './appError.ts';
import { op } from './operation.ts';

/** Why a backup was taken: at start, by the hourly rhythm while editing, by hand, before a restore. */
export type BackupReason = 'start' | 'hourly' | 'manual' | 'before-restore';

export interface BackupInfo {
  /** The backup's file name inside the workspace's backups folder (never a path). */
  id: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

/**
 * The workspace as the back end found it. `damaged` (corrupt, empty, written by a newer version)
 * offers a restore of the newest good backup and a salvage of the readable plans; `unavailable`
 * (read-only folder, full disk, locked) needs the user to fix the folder first.
 */
export type WorkspaceStatus =
  | { state: 'open' }
  | { state: 'damaged' | 'unavailable'; error: ErrorInfo; newestGoodBackup: BackupInfo | null };

export interface RestoreResult {
  restored: BackupInfo;
  /** The file kept aside instead of the one replaced (a backup id, or the damaged file's name). */
  keptAside: string | null;
}

export interface SalvageResult {
  /** The damaged file, renamed and kept beside the new workspace (never deleted). */
  keptAside: string;
  salvaged: Array<{ title: string; revision: number }>;
  /** Plans none of whose revisions could be read back. */
  lost: number;
}

/** plandraft-2026-12-01T10-17-07-123Z-manual.sqlite: the only names restoreBackup accepts. */
export const BACKUP_ID_PATTERN =
  /^plandraft-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(start|hourly|manual|before-restore)\.sqlite$/;

/** Backups of the workspace and recovery from a damaged one (issue 12). */
export const backupOperations = {
  workspaceStatus: op<WorkspaceStatus>()(z.tuple([])),
  /** Newest first. */
  listBackups: op<BackupInfo[]>()(z.tuple([])),
  createBackup: op<BackupInfo>()(z.tuple([])),
  /** Replace the workspace by a backup; the current file is backed up (or, if damaged, kept aside). */
  restoreBackup: op<RestoreResult>()(z.tuple([z.string().regex(BACKUP_ID_PATTERN)])),
  /** Move a damaged workspace aside and copy every plan still readable into a fresh one. */
  salvageWorkspace: op<SalvageResult>()(z.tuple([])),
};
