import { describe, expect, it } from 'vitest';
import { backupMessages } from '../backup/backupText.ts';
import { checksMessages } from '../checks/checksText.ts';
import { registryMessages } from '../registry/registryText.ts';
import { reuseMessages } from '../reuse/reuseText.ts';
import { windowMessages } from '../editor/window/windowText.ts';
import {
  appMessages,
  defineMessages,
  en,
  fillPlaceholders,
  translate,
  vi,
  type Messages,
} from './messages.ts';

/** Every dictionary of the renderer: a new one is added here so that it is checked like the others. */
const all: Record<string, Messages<string>> = {
  app: appMessages,
  registry: registryMessages,
  reuse: reuseMessages,
  checks: checksMessages,
  backup: backupMessages,
  window: windowMessages,
};

const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('messages', () => {
  it('has a non-empty NFC text for every key in both languages, in every dictionary', () => {
    for (const [name, messages] of Object.entries(all)) {
      expect(Object.keys(messages.en).sort(), name).toEqual(Object.keys(messages.vi).sort());
      for (const [key, text] of [...Object.entries(messages.vi), ...Object.entries(messages.en)]) {
        expect(text.trim(), `${name}.${key}`).not.toBe('');
        expect(text, `${name}.${key}`).toBe(text.normalize('NFC'));
      }
    }
  });

  it('keeps placeholders the same in both languages', () => {
    for (const [name, messages] of Object.entries(all))
      for (const key of Object.keys(messages.vi))
        expect(holes(messages.en[key]!), `${name}.${key}`).toEqual(holes(messages.vi[key]!));
  });

  it('fills placeholders and keeps Vietnamese as the first language', () => {
    expect(translate('vi', 'exported', { file: 'Kế hoạch.docx' })).toBe('Đã xuất Kế hoạch.docx');
    expect(translate('en', 'exported', { file: 'x.docx' })).toBe('Exported x.docx');
    expect(translate('vi', 'newPlan')).toBe('Tạo kế hoạch mới');
    expect(translate('vi', 'confirmRemoveItem')).toContain('{label}');
    expect(fillPlaceholders(reuseMessages.vi.compareCounts, { changed: 3, added: 1, removed: 0 })).toBe(
      '3 đoạn sửa, 1 đoạn thêm, 0 đoạn bỏ.',
    );
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('types English against Vietnamese', () => {
    const m = defineMessages({ vi: { a: 'Kế hoạch' }, en: { a: 'Plan' } });
    expect(m.vi.a).toBe('Kế hoạch');
    // @ts-expect-error English misses key b
    defineMessages({ vi: { a: 'Kế hoạch', b: 'Năm' }, en: { a: 'Plan' } });
  });
});
