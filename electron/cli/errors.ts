import { isAppError } from '../../shared/contract/appError.ts';
import { UsageError, type CliIo } from './command.ts';

/** Print any failure bilingually and return the exit code it deserves (2: unusable input). */
export function reportFailure(e: unknown, io: CliIo, usage?: string): number {
  if (e instanceof UsageError) {
    io.stderr(`Lỗi: ${e.message}\nError: ${e.messageEn}\n${usage ? `\n${usage}\n` : ''}`);
    return 2;
  }
  if (isAppError(e)) {
    io.stderr(
      `Lỗi: ${e.message}\nError: ${e.messageEn}\n${e.detail ? `Chi tiết / Detail: ${e.detail}\n` : ''}`,
    );
    return 2;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') {
    io.stderr(`Lỗi: không tìm thấy tệp ${err.path ?? ''}\nError: file not found ${err.path ?? ''}\n`);
    return 2;
  }
  if (err?.code === 'EISDIR' || err?.code === 'EACCES') {
    io.stderr(
      `Lỗi: không đọc/ghi được ${err.path ?? ''} (${err.code})\nError: cannot read/write ${err.path ?? ''} (${err.code})\n`,
    );
    return 2;
  }
  io.stderr(
    `Lỗi không mong đợi: ${err?.message ?? String(e)}\nUnexpected error: ${err?.message ?? String(e)}\n`,
  );
  return 2;
}
