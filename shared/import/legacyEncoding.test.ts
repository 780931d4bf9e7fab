import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  legacyEncodingOfFont,
  tcvn3ToUnicode,
  vniToUnicode,
} from './legacyEncoding.ts';

describe('TCVN3 (ABC, .VnTime) → Unicode', () => {
  it('converts a preamble sentence typed in .VnTime', () => {
    // Bytes as Word stores them for a .VnTime run (U+00AD is the ABC code of "ư").
    const tcvn = 'Thùc hiÖn KÕ ho¹ch sè 113/KH-UBND ngµy 20/6/2017 cña UBND tØnh, Ban ChØ ®¹o §Ò ¸n';
    expect(tcvn3ToUnicode(tcvn)).toBe(
      'Thực hiện Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh, Ban Chỉ đạo Đề án',
    );
    expect(tcvn3ToUnicode('Së T\u00ad ph¸p; M\u00adêng Kh\u00ad\u00acng; B¶o Th¾ng')).toBe(
      'Sở Tư pháp; Mường Khương; Bảo Thắng',
    );
  });
  it('draws .VnTimeH text in capitals', () => {
    expect(tcvn3ToUnicode('kÕ ho¹ch', true)).toBe('KẾ HOẠCH');
    expect(legacyEncodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyEncodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyEncodingOfFont('Times New Roman')).toBeNull();
  });
});

describe('VNI → Unicode', () => {
  it('converts lower-case and capital VNI text', () => {
    expect(vniToUnicode('Keá hoaïch trieån khai coâng taùc phoå bieán, giaùo duïc phaùp luaät')).toBe(
      'Kế hoạch triển khai công tác phổ biến, giáo dục pháp luật',
    );
    expect(vniToUnicode('Sôû Tö phaùp tænh Laïng Sôn')).toBe('Sở Tư pháp tỉnh Lạng Sơn');
    expect(vniToUnicode('UÛY BAN NHAÂN DAÂN TÆNH')).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(vniToUnicode('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('naêm 2021, thöôøng xuyeân, ñaëc bieät, tuyeân truyeàn, hoäi nghò')).toBe(
      'năm 2021, thường xuyên, đặc biệt, tuyên truyền, hội nghị',
    );
    expect(legacyEncodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises legacy text and leaves Unicode alone', () => {
    expect(detectLegacyEncoding('Thùc hiÖn KÕ ho¹ch sè 113/KH-UBND ngµy 20/6/2017 cña UBND tØnh')).toBe(
      'tcvn3',
    );
    expect(detectLegacyEncoding('Keá hoaïch trieån khai coâng taùc phoå bieán, giaùo duïc phaùp luaät')).toBe(
      'vni',
    );
    expect(
      detectLegacyEncoding('Kế hoạch triển khai công tác phổ biến, giáo dục pháp luật năm 2021'),
    ).toBeNull();
    expect(detectLegacyEncoding('Plain ASCII text without any accents at all')).toBeNull();
  });
});
