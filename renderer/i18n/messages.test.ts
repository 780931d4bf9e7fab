import { describe, expect, it } from 'vitest';
import { en, translate, vi } from './messages.ts';

describe('messages', () => {
  it('has a non-empty text for every key in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and keeps Vietnamese as the first language', () => {
    expect(translate('vi', 'exported', { file: 'Kế hoạch.docx' })).toBe('Đã xuất Kế hoạch.docx');
    expect(translate('en', 'exported', { file: 'x.docx' })).toBe('Exported x.docx');
    expect(translate('vi', 'newPlan')).toBe('Tạo kế hoạch mới');
    expect(translate('vi', 'confirmRemoveItem')).toContain('{label}');
  });

  it('keeps placeholders the same in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(vi) as Array<keyof typeof vi>)
      expect(holes(en[key]), key).toEqual(holes(vi[key]));
  });
});
