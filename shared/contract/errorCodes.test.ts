import { describe, expect, it } from 'vitest';
import { AppError, errorInfo } from './appError.ts';
import { errorCodeMessages, errorCodes, isErrorCode } from './errorCodes.ts';

describe('error codes', () => {
  it('gives every code a Vietnamese and an English message, NFC, distinct', () => {
    expect(errorCodes.length).toBeGreaterThan(30);
    for (const code of errorCodes) {
      const { vi, en } = errorCodeMessages[code];
      expect(vi.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(vi, code).toBe(vi.normalize('NFC'));
      expect(vi, code).not.toBe(en);
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('falls back to the code table when an AppError carries no message of its own', () => {
    const e = new AppError('not_found');
    expect(e.toInfo()).toEqual({ code: 'not_found', message: 'Không tìm thấy.', messageEn: 'Not found.' });
    const specific = new AppError('conflict', 'Kế hoạch đã được lưu ở cửa sổ khác.', 'Saved elsewhere.');
    expect(errorInfo(specific).message).toBe('Kế hoạch đã được lưu ở cửa sổ khác.');
    expect(errorInfo(new Error('hỏng')).code).toBe('internal');
  });

  it('recognises only listed codes', () => {
    expect(isErrorCode('docx_bomb')).toBe(true);
    expect(isErrorCode('constructor')).toBe(false);
    expect(isErrorCode('lỗi_lạ')).toBe(false);
  });
});
