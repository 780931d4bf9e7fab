import { describe, expect, it } from 'vitest';
import { splitBilingual } from './splitBilingual.ts';

describe('splitBilingual', () => {
  it('splits at the last " / ", so a Vietnamese part may hold a slash of its own', () => {
    expect(splitBilingual('Không tìm thấy Nơi nhận / recipients (Nơi nhận) not found')).toEqual({
      vi: 'Không tìm thấy Nơi nhận',
      en: 'recipients (Nơi nhận) not found',
    });
    expect(splitBilingual('Mốc "2017 / 2021" chưa chuyển / a range bound; not moved')).toEqual({
      vi: 'Mốc "2017 / 2021" chưa chuyển',
      en: 'a range bound; not moved',
    });
    expect(splitBilingual('Chỉ tiếng Việt')).toEqual({ vi: 'Chỉ tiếng Việt', en: 'Chỉ tiếng Việt' });
  });
});
