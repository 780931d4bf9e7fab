import { describe, expect, it } from 'vitest';
import { insertIntoLine } from './insertIntoLine.ts';

const LUAT = 'Luật Phổ biến, giáo dục pháp luật năm 2012';

describe('insertIntoLine', () => {
  it('fills an empty Căn cứ line with the citation alone', () => {
    expect(insertIntoLine('', 0, LUAT)).toEqual({ value: LUAT, caret: LUAT.length });
  });

  it('puts no space before the line’s own semicolon, and one after the words before it', () => {
    const line = 'Quyết định số 705/QĐ-TTg;';
    const at = line.length - 1;
    const out = insertIntoLine(line, at, 'và Luật Hòa giải ở cơ sở năm 2013');
    expect(out.value).toBe('Quyết định số 705/QĐ-TTg và Luật Hòa giải ở cơ sở năm 2013;');
    expect(out.value.slice(out.caret)).toBe(';');
  });

  it('leaves one space before a word that follows, none inside brackets or quotes', () => {
    expect(insertIntoLine('Thực hiện theo', 10, LUAT).value).toBe(`Thực hiện ${LUAT} theo`);
    expect(insertIntoLine('()', 1, LUAT).value).toBe(`(${LUAT})`);
    expect(insertIntoLine('x', 99, ' Luật ').value).toBe('x Luật');
  });
});
