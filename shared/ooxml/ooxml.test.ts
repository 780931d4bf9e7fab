import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackage, entryText } from './readPackage.ts';
import { descendants, parseXml, textContent } from './parseXml.ts';
import type { AppError } from '../contract/appError.ts';

describe('readPackage', () => {
  it('reads entries of a zip', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document>Kế hoạch</w:document>') });
    const pkg = readPackage(zip);
    expect(entryText(pkg, 'word/document.xml')).toContain('Kế hoạch');
  });
  it('refuses what is not a zip with a bilingual message', () => {
    expect(() => readPackage(strToU8('Đây không phải tệp Word'))).toThrow(/không phải tài liệu Word/);
  });
  it('refuses a zip bomb before inflating it', () => {
    const zeros = new Uint8Array(80 * 1024 * 1024);
    const zip = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    expect(() => readPackage(zip)).toThrow(/zip bomb/);
  });
});

describe('parseXml', () => {
  it('parses elements, attributes and text', () => {
    const el = parseXml('<w:p xmlns:w="x"><w:r><w:t xml:space="preserve">Lạng Sơn</w:t></w:r></w:p>');
    expect(descendants(el, 'w:t').map(textContent)).toEqual(['Lạng Sơn']);
  });
  it('refuses DOCTYPE (entity expansion, external entities)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>';
    expect(() => parseXml(bomb)).toThrow(/DOCTYPE/);
  });
  // The user reads what to do; the part's name is for support (detail), issue 9 point 10.
  it('reports malformed XML clearly', () => {
    expect(() => parseXml('<a><b></a>', 'word/document.xml')).toThrow(/bị hỏng, không đọc được/);
    try {
      parseXml('<a><b></a>', 'word/document.xml');
    } catch (e) {
      expect((e as AppError).detail).toMatch(/^word\/document.xml: /);
      expect((e as AppError).message).not.toContain('word/document.xml');
    }
  });
});

describe('parseXml against hostile nesting', () => {
  it('refuses 100 000 nested elements with a clear message, quickly', () => {
    const depth = 100_000;
    const xml = `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    const started = performance.now();
    expect(() => parseXml(xml, 'word/document.xml')).toThrow(/lồng nhau quá sâu/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
  it('accepts the nesting real documents have', () => {
    const xml = `${'<w:tbl><w:tr><w:tc>'.repeat(20)}x${'</w:tc></w:tr></w:tbl>'.repeat(20)}`;
    expect(textContent(parseXml(xml))).toBe('x');
  });
});
