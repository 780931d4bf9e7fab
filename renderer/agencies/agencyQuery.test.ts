import { describe, expect, it } from 'vitest';
import { TEST_AGENCIES } from '../../shared/checks/ruleExamples.testkit.ts';
import { applyCompletion, completeAt, fieldNames } from './agencyQuery.ts';

describe('completing the agency being typed', () => {
  it('completes the last segment of a lead field', () => {
    const text = 'Sở Tư pháp; Công an t';
    const c = completeAt(text, text.length, TEST_AGENCIES, '2021-01-05');
    expect(c?.start).toBe(12);
    expect(c?.suggestions[0]?.text).toBe('Công an tỉnh Lạng Sơn');
    expect(applyCompletion(text, c!, 'Công an tỉnh').text).toBe('Sở Tư pháp; Công an tỉnh');
  });

  it('completes the agency at the end of an upper-case signature line, in upper case', () => {
    const text = 'PHÓ GIÁM ĐỐC SỞ TƯ';
    const c = completeAt(text, text.length, TEST_AGENCIES, '2027-01-01');
    expect(text.slice(c!.start, c!.end)).toBe('SỞ TƯ');
    expect(applyCompletion(text, c!, c!.suggestions[0]!.text)).toEqual({
      text: 'PHÓ GIÁM ĐỐC SỞ TƯ PHÁP',
      caret: 'PHÓ GIÁM ĐỐC SỞ TƯ PHÁP'.length,
    });
  });

  it('offers nothing for one letter or for text the directory does not know', () => {
    expect(completeAt('S', 1, TEST_AGENCIES, null)).toBeNull();
    expect(completeAt('các cơ quan, đơn vị có liên quan', 33, TEST_AGENCIES, null)).toBeNull();
  });

  it('reads the names of a field for learning', () => {
    expect(fieldNames('Sở Tư pháp; Ban Quản lý Khu kinh tế, các cơ quan có liên quan.')).toEqual([
      'Sở Tư pháp',
      'Ban Quản lý Khu kinh tế',
    ]);
  });
});
