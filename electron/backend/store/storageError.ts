import { AppError } from '../../../shared/contract/appError.ts';
import type { StorageErrorCode } from '../../../shared/contract/storageErrorCodes.ts';

function storage(code: StorageErrorCode, vi: string, en: string): AppError {
  return new AppError(code, vi, en);
}

/** SQLite's extended result codes arrive as e.g. SQLITE_IOERR_WRITE; the primary code decides. */
function primary(code: string): string {
  const m = /^SQLITE_[A-Z]+/.exec(code);
  return m ? m[0] : code;
}

/**
 * Translate a SQLite (better-sqlite3 SqliteError) or file-system failure of the workspace into one
 * bilingual AppError naming what happened and what to do; null when `e` is neither (a programming
 * error stays "internal"). `where` is the database file or data folder, shown to the user.
 */
export function storageError(e: unknown, where: string): AppError | null {
  if (e instanceof AppError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  switch (primary(code)) {
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return storage(
        'database_corrupt',
        `Tệp dữ liệu bị hỏng (${where}). Hãy khôi phục từ bản sao lưu mới nhất hoặc cứu các kế hoạch còn đọc được; tệp hỏng được giữ lại, không bị xóa.`,
        `The data file is damaged (${where}). Restore the newest backup or salvage the readable plans; the damaged file is kept, never deleted.`,
      );
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return storage(
        'storage_full',
        `Ổ đĩa đã đầy, không ghi được dữ liệu (${where}). Hãy giải phóng dung lượng rồi thử lại; thay đổi chưa lưu vẫn còn trong cửa sổ.`,
        `The disk is full; the data could not be written (${where}). Free some space and try again; unsaved changes are still in the window.`,
      );
    case 'SQLITE_READONLY':
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return storage(
        'storage_read_only',
        `Không có quyền ghi vào thư mục dữ liệu (${where}). Hãy cấp quyền ghi hoặc đặt PLANDRAFT_HOME sang thư mục khác.`,
        `The data folder cannot be written (${where}). Grant write access or set PLANDRAFT_HOME to another folder.`,
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return storage(
        'database_locked',
        `Dữ liệu đang bị một chương trình khác khóa (${where}). Hãy đóng cửa sổ PlanDraft khác (hoặc lệnh đang chạy) rồi thử lại.`,
        `The data is locked by another program (${where}). Close the other PlanDraft window (or running command) and try again.`,
      );
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_IOERR':
    case 'SQLITE_PERM':
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
    case 'EIO':
      return storage(
        'storage_unavailable',
        `Không mở được thư mục dữ liệu (${where}): ${code}. Hãy kiểm tra đó là một thư mục ghi được (PLANDRAFT_HOME không được là một tệp).`,
        `The data folder cannot be used (${where}): ${code}. Check that it is a writable folder (PLANDRAFT_HOME must not be a file).`,
      );
    default:
      return null;
  }
}

/** `storageError` or the error itself: for catch blocks that must rethrow something. */
export function asStorageError(e: unknown, where: string): unknown {
  return storageError(e, where) ?? e;
}
