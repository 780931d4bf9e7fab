import { describe, expect, it } from 'vitest';
import { newTonePlacement } from './tonePlacement.ts';

// Words from the real corpus (test/fixtures/real): the Văn phòng Bộ Tư pháp's motto "CỘNG HOÀ",
// "Uỷ ban nhân dân" in the Sở Nội vụ's Tờ trình, "Đảng khoá XIII" in a Phú Thọ plan; and the place
// names the corpus writes the new way ("Hòa Bình", "Thanh Hóa") as offices also write them.

describe('newTonePlacement', () => {
  it('writes the old placement of the open rhymes oa, oe, uy the new way, in any case', () => {
    expect(newTonePlacement('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(newTonePlacement('ngang bộ, Uỷ ban nhân dân tỉnh')).toBe('ngang bộ, Ủy ban nhân dân tỉnh');
    expect(newTonePlacement('tỉnh Hoà Bình, tỉnh Thanh Hoá')).toBe('tỉnh Hòa Bình, tỉnh Thanh Hóa');
    expect(newTonePlacement('Ban Chấp hành Trung ương Đảng khoá XIII')).toBe(
      'Ban Chấp hành Trung ương Đảng khóa XIII',
    );
    expect(newTonePlacement('sức khoẻ, thuỷ lợi, hoạ sĩ')).toBe('sức khỏe, thủy lợi, họa sĩ');
    expect(newTonePlacement('UỶ BAN NHÂN DÂN TỈNH THANH HOÁ')).toBe('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
  });

  it('leaves the rhymes with a final letter, "qu" and the new placement as they are', () => {
    for (const word of [
      'hoàn thành',
      'toán',
      'khuyến khích',
      'ngoài',
      'quý II',
      'quỳ',
      'CỘNG HÒA',
      'thủy',
      'khỏe',
      'hoa',
    ])
      expect(newTonePlacement(word)).toBe(word);
  });

  it('returns NFC whatever it was given', () => {
    expect(newTonePlacement('Hoà'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'));
  });
});
