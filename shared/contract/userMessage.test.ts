import { describe, expect, it } from 'vitest';
import { AppError, errorInfo } from './appError.ts';
import { errorCodeMessages, errorCodes } from './errorCodes.ts';
import { looksTechnical, userMessage } from './userMessage.ts';

describe('userMessage', () => {
  it('recognises what only a developer reads', () => {
    for (const t of [
      'Không đọc được /tmp/plandraft-e2e-x/plans.db',
      'Nguồn: test/fixtures/seed-plan-langson-2021.txt',
      'Nội dung word/document.xml bị hỏng',
      'Văn bản không hợp lệ (invalid_registry_doc)',
      'Quy tắc internal.rule-failed không chạy',
      'Dữ liệu gửi lên không hợp lệ (savePlan): 1.header.issueDate: Invalid',
      'sections[2].title quá dài',
      "TypeError: Cannot read properties of undefined (reading 'x')\n    at run (file.ts:3:4)",
      'C:\\Users\\van\\plan.docx',
      'SQLITE_BUSY: database is locked',
    ])
      expect(looksTechnical(t), t).toBe(true);
    for (const t of [
      'Cơ quan ban hành: dài 2.200 ký tự, quá giới hạn 2.000.',
      'Mục II, 1.2, Cơ quan chủ trì',
      'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ',
      'Kế hoạch số 113/KH-UBND',
      'Không nhập được Kế hoạch 2021.docx: chỉ nhận tệp Word (.docx, .doc) hoặc văn bản (.txt).',
      'Ngày 31/2/2021 không có trong lịch: tháng 2 năm 2021 chỉ có 28 ngày.',
    ])
      expect(looksTechnical(t), t).toBe(false);
  });

  it('every general message of an error code is plain, in its own language', () => {
    for (const code of errorCodes) {
      const { vi, en } = errorCodeMessages[code];
      expect(looksTechnical(vi), code).toBe(false);
      expect(looksTechnical(en), code).toBe(false);
      expect(en, code).not.toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
    }
  });

  it('keeps a plain message, and moves a technical one to the details behind the code sentence', () => {
    const plain = new AppError('plan_issued').toInfo();
    expect(userMessage(plain, 'vi')).toEqual({
      text: errorCodeMessages.plan_issued.vi,
      technical: 'plan_issued',
    });
    const zod = new AppError(
      'invalid_arguments',
      'Dữ liệu gửi lên không hợp lệ (savePlan): 1.header.issueDate: Invalid input',
      'Invalid arguments for savePlan: 1.header.issueDate: Invalid input',
    ).toInfo();
    const en = userMessage(zod, 'en');
    expect(en.text).toBe(errorCodeMessages.invalid_arguments.en);
    expect(en.technical).toContain('1.header.issueDate');
    expect(userMessage(zod, 'vi').text).toBe(errorCodeMessages.invalid_arguments.vi);
  });

  it('shows an unforeseen exception as the general sentence, its text only in the details', () => {
    const info = errorInfo(new TypeError("Cannot read properties of undefined (reading 'id')"));
    const m = userMessage(info, 'vi');
    expect(m.text).toBe(errorCodeMessages.internal.vi);
    expect(m.technical).toMatch(/^internal\nTypeError: Cannot read properties/);
  });
});
