import { AppError } from '../../../shared/contract/appError.ts';

/** A plan that is not in the library (or a revision of it that is not stored). */
export function notFound(id: string): AppError {
  return new AppError(
    'not_found',
    'Không tìm thấy kế hoạch này (có thể đã bị xóa hẳn khỏi thùng rác).',
    'This plan cannot be found (it may have been removed from the bin for good).',
    `plan ${id}`,
  );
}

/** Saving, restoring an old revision or changing the status of an issued plan is refused (issue 9 §4). */
export function issuedLock(title: string): AppError {
  const name = title.trim() === '' ? 'Kế hoạch' : `Kế hoạch "${title.trim()}"`;
  const nameEn = title.trim() === '' ? 'The plan' : `The plan "${title.trim()}"`;
  return new AppError(
    'plan_issued',
    `${name} đã ban hành nên không sửa được; hãy dùng "Tạo bản sửa đổi" để soạn bản mới.`,
    `${nameEn} has been issued and cannot be changed; use "Create amendment" to draft a new version.`,
  );
}

/** A save based on an older revision than the head: another window saved meanwhile. */
export function savedElsewhere(head: number): AppError {
  return new AppError(
    'conflict',
    `Kế hoạch đã được lưu ở nơi khác (phiên bản ${head}); hãy mở lại để không ghi đè.`,
    `The plan was saved elsewhere (revision ${head}); reopen it to avoid overwriting.`,
  );
}
