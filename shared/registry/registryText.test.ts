import { describe, expect, it } from 'vitest';
import { parseDocDate } from './docDate.ts';
import { foldText } from './fold.ts';
import {
  canonicalNumberSymbol,
  joinNumberSymbol,
  numberSymbolKey,
  splitNumberSymbol,
} from './numberSymbol.ts';
import { nameKey } from './registryMatch.ts';

describe('foldText', () => {
  it('drops diacritics, đ included, and case', () => {
    expect(foldText('Luật Phổ biến, giáo dục pháp luật')).toBe('luat pho bien, giao duc phap luat');
    expect(foldText('ĐIỀU  lệ\nđảng')).toBe('dieu le dang');
  });
  it('folds NFD input the same as NFC', () => {
    const nfd = 'Hòa giải ở cơ sở'.normalize('NFD');
    expect(foldText(nfd)).toBe(foldText('Hòa giải ở cơ sở'));
    expect(foldText(nfd)).toBe('hoa giai o co so');
  });
});

describe('number and symbol', () => {
  it('canonicalises spaces and dash look-alikes but keeps case', () => {
    expect(canonicalNumberSymbol(' 30/2020/NĐ- CP ')).toBe('30/2020/NĐ-CP');
    expect(canonicalNumberSymbol('Số: 705/QĐ\u2013TTg')).toBe('705/QĐ-TTg');
  });
  it('gives one key to spellings of one identifier', () => {
    const key = numberSymbolKey('705/QĐ-TTg');
    expect(numberSymbolKey('705/QĐ-TTG')).toBe(key);
    expect(numberSymbolKey('705 / QD - TTg')).toBe(key);
    expect(numberSymbolKey('705/QĐ-TTg'.normalize('NFD'))).toBe(key);
    expect(numberSymbolKey('05/KH-UBND')).toBe(numberSymbolKey('5/KH-UBND'));
    expect(numberSymbolKey('705/QĐ-UBND')).not.toBe(key);
  });
  it('splits and joins the three shapes', () => {
    expect(splitNumberSymbol('30/2020/NĐ-CP')).toEqual({ number: '30', year: 2020, symbol: 'NĐ-CP' });
    expect(splitNumberSymbol('113/KH-UBND')).toEqual({ number: '113', year: null, symbol: 'KH-UBND' });
    expect(splitNumberSymbol('32-CT/TW')).toEqual({ number: '32', year: null, symbol: 'CT/TW' });
    expect(splitNumberSymbol('Luật PBGDPL')).toBeNull();
    for (const s of ['30/2020/NĐ-CP', '113/KH-UBND', '32-CT/TW', '14/2012/QH13']) {
      expect(joinNumberSymbol(splitNumberSymbol(s)!)).toBe(s);
    }
  });
});

describe('parseDocDate', () => {
  it('reads the forms drafters type', () => {
    expect(parseDocDate('25/5/2017')).toEqual({ ok: true, iso: '2017-05-25' });
    expect(parseDocDate('2020-03-05')).toEqual({ ok: true, iso: '2020-03-05' });
    expect(parseDocDate('ngày 05 tháng 3 năm 2020')).toEqual({ ok: true, iso: '2020-03-05' });
    expect(parseDocDate('')).toEqual({ ok: true, iso: null });
  });
  it('refuses dates that do not exist', () => {
    expect(parseDocDate('31/02/2020').ok).toBe(false);
    expect(parseDocDate('29/02/2021').ok).toBe(false);
    expect(parseDocDate('29/02/2020')).toEqual({ ok: true, iso: '2020-02-29' });
    expect(parseDocDate('tháng 5').ok).toBe(false);
  });
});

describe('nameKey', () => {
  it('matches a law by name with or without its year and punctuation', () => {
    const a = nameKey('Luật Phổ biến, giáo dục pháp luật năm 2012');
    const b = nameKey('Luật phổ biến giáo dục pháp luật');
    expect(a.key).toBe(b.key);
    expect(a.year).toBe(2012);
    expect(b.year).toBeNull();
  });
});
