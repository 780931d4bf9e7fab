import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../contract/appError.ts';
import { parsePlan } from '../model/parsePlan.ts';
import { importText } from './importText.ts';

// Lines real plans are made of, shuffled: the recogniser must place or report every one of them.
const LINES = [
  'UBND TỈNH LẠNG SƠN',
  'SỞ TƯ PHÁP',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 05/KH-STP',
  'Lạng Sơn, ngày 05 tháng 01 năm 2021',
  'KẾ HOẠCH',
  'Tuyên truyền pháp luật năm 2021',
  'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
  'Thực hiện Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh,',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NỘI DUNG THỰC HIỆN',
  'III. KINH PHÍ',
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Mục đích',
  '1.1. Ban hành văn bản',
  'a) Tổ chức hội nghị',
  '- Cơ quan chủ trì: Sở Tư pháp.',
  '- Thời gian thực hiện: Năm 2021.',
  '- Kết quả sản phẩm: Báo cáo.',
  '+ Phối hợp: Công an tỉnh.',
  'thôn, khu phố của các xã',
  'Nâng cao nhận thức pháp luật cho nhân dân.',
  'Trong quá trình triển khai thực hiện, nếu có vướng mắc./.',
  'Nơi nhận:',
  '- TT. Tỉnh ủy;',
  '- Lưu: VT, PBGDPL.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  '(Đã ký)',
  'Nguyễn Văn An',
  'PHỤ LỤC',
  '-----',
  '',
  '   ',
];

describe('recogniser invariants', () => {
  it('every non-empty line is placed or reported, and the plan is valid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 80 }), (lines) => {
        const text = lines.join('\n');
        let result: ReturnType<typeof importText>;
        try {
          result = importText(text);
        } catch (e) {
          // Only the size limits may refuse a document; never an internal error.
          expect(isAppError(e) && e.code).toBe('import_too_large');
          return;
        }
        const { report, plan } = result;
        expect(report.sourceParagraphs).toBe(lines.filter((l) => l.trim() !== '').length);
        // (An internal "paragraph not placed" error would have failed above.)
        if (report.unplaced.length === 0) expect(report.placedParagraphs).toBe(report.sourceParagraphs);
        else expect(report.placedParagraphs).toBeLessThan(report.sourceParagraphs);
        expect(parsePlan(plan).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
