import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faceOfLetters, facesOfText, readThemeFonts, slotForChar } from './fonts.ts';
import { spaceAfterTwip, spaceBeforeTwip } from './paragraphProperties.ts';
import { descendants, firstChild, parseXml, textContent, type XmlElement } from './parseXml.ts';
import {
  readStyleSheet,
  resolveParagraph,
  resolveRun,
  paragraphStyleId,
  type StyleSheet,
} from './styleSheet.ts';
import { readOnOff } from './values.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const fixture = (name: string): XmlElement =>
  parseXml(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'), name);

/** Paragraph text → the effective run properties of its first run, as Word would draw it. */
function runsOf(doc: XmlElement, sheet: StyleSheet): Map<string, ReturnType<typeof resolveRun>> {
  const out = new Map<string, ReturnType<typeof resolveRun>>();
  for (const p of descendants(doc, 'w:p')) {
    const pPr = firstChild(p, 'w:pPr');
    for (const r of descendants(p, 'w:r')) {
      out.set(textContent(r), resolveRun(sheet, paragraphStyleId(sheet, pPr), firstChild(r, 'w:rPr')));
    }
  }
  return out;
}

describe('on/off values (ST_OnOff)', () => {
  const el = (xml: string): XmlElement => parseXml(`<w:b ${W} ${xml}/>`);
  it.each([
    ['', true],
    ['w:val="true"', true],
    ['w:val="1"', true],
    ['w:val="on"', true],
    ['w:val="false"', false],
    ['w:val="0"', false],
    ['w:val="off"', false],
  ])('<w:b %s/> is %s', (attr, expected) => {
    expect(readOnOff(el(attr))).toBe(expected);
  });
  it('a value outside the schema ("none" belongs to w:u only) is ignored, not read as off', () => {
    expect(readOnOff(el('w:val="none"'))).toBeUndefined();
  });
});

describe('a Word file’s styles (python-docx txt-font-props.docx)', () => {
  const theme = readThemeFonts(fixture('python-docx.txt-font-props.theme1.xml'));
  const sheet = readStyleSheet(fixture('python-docx.txt-font-props.styles.xml'), theme);
  const runs = runsOf(fixture('python-docx.txt-font-props.document.xml'), sheet);

  it('reads the theme’s font scheme', () => {
    expect(theme.major.latin).toBe('Calibri');
    expect(theme.minor.latin).toBe('Cambria');
    expect(theme.minor.ea).toBeUndefined();
  });
  it('document defaults: 12 pt in the minor theme face', () => {
    const r = runs.get('Text having some ');
    expect(r?.sizePt).toBe(12);
    expect(faceOfLetters('Text', r?.fonts, theme)).toBe('Cambria');
  });
  it('a paragraph style’s explicit faces replace the theme faces; its size replaces the default', () => {
    const r = runs.get('A paragraph in ‘Having Typeface’ style.');
    expect(r?.sizePt).toBe(14);
    expect([...facesOfText('A paragraph ‘x’', r?.fonts, theme).keys()]).toEqual(['Avenir Black']);
    expect(runs.get('Paragraph in ‘Large Size’ style.')?.sizePt).toBe(18);
  });
  it('w:u val="none" in a derived style removes the underline it inherits, but keeps its italic', () => {
    expect(runs.get('Paragraph in ‘Underlined’ style.')?.underline).toBe(true);
    expect(runs.get('Paragraph in ‘Double Underlined’ style.')).toMatchObject({
      underline: true,
      italic: true,
    });
    expect(runs.get('Paragraph in ‘None Underlined’ style.')).toMatchObject({
      underline: false,
      italic: true,
    });
  });
});

describe('underline on runs (python-docx run-enumerated-props.docx)', () => {
  const sheet = readStyleSheet(null);
  const runs = runsOf(fixture('python-docx.run-enumerated-props.document.xml'), sheet);
  it.each([
    ['Inherited underline,', undefined],
    ['no underline,', false],
    ['single underline,', true],
    ['double underline.', true],
  ])('%s → %s', (text, expected) => {
    expect(runs.get(text)?.underline).toBe(expected);
  });
});

describe('alignment (python-docx par-alignment.docx)', () => {
  it('maps w:jc and inherits when absent', () => {
    const sheet = readStyleSheet(null);
    const aligns = descendants(fixture('python-docx.par-alignment.document.xml'), 'w:p').map(
      (p) => resolveParagraph(sheet, firstChild(p, 'w:pPr')).align,
    );
    expect(aligns).toEqual([undefined, 'left', 'center', 'right', 'both']);
  });
  it.each([
    ['start', 'left'],
    ['end', 'right'],
    ['distribute', 'both'],
    ['thaiDistribute', 'both'],
    ['bogus', undefined],
  ])('w:jc="%s" → %s', (jc, expected) => {
    const pPr = parseXml(`<w:pPr ${W}><w:jc w:val="${jc}"/></w:pPr>`);
    expect(resolveParagraph(readStyleSheet(null), pPr).align).toBe(expected);
  });
});

describe('style inheritance (python-docx par-known-paragraphs.docx)', () => {
  const theme = readThemeFonts(fixture('python-docx.txt-font-props.theme1.xml'));
  const sheet = readStyleSheet(fixture('python-docx.par-known-paragraphs.styles.xml'), theme);
  const doc = fixture('python-docx.par-known-paragraphs.document.xml');
  const [heading, normal] = descendants(doc, 'w:p');
  it('Heading 1: spacing from the style, bold and 14 pt in the major theme face', () => {
    const pPr = heading && firstChild(heading, 'w:pPr');
    const para = resolveParagraph(sheet, pPr);
    expect(spaceBeforeTwip(para.spacing)).toBe(480);
    expect(spaceAfterTwip(para.spacing)).toBe(0);
    const run = resolveRun(sheet, paragraphStyleId(sheet, pPr), undefined);
    expect(run).toMatchObject({ bold: true, sizePt: 14 });
    expect(faceOfLetters('Heading', run.fonts, theme)).toBe('Calibri');
  });
  it('a normal paragraph falls back to the default paragraph style and the defaults', () => {
    const pPr = normal && firstChild(normal, 'w:pPr');
    expect(paragraphStyleId(sheet, pPr)).toBe('Normal');
    expect(resolveRun(sheet, 'Normal', undefined).bold).toBeUndefined();
  });
  it('toggles: the bold character style on a run of a bold paragraph style turns bold off (§17.7.3)', () => {
    const rPr = parseXml(`<w:rPr ${W}><w:rStyle w:val="Heading1Char"/></w:rPr>`);
    expect(resolveRun(sheet, 'Heading1', rPr).bold).toBe(false);
    const direct = parseXml(`<w:rPr ${W}><w:rStyle w:val="Heading1Char"/><w:b/></w:rPr>`);
    expect(resolveRun(sheet, 'Heading1', direct).bold).toBe(true);
    expect(resolveRun(sheet, 'Normal', rPr).bold).toBe(true);
  });
  it('the Title style’s bottom border and exact spacing', () => {
    const pPr = parseXml(`<w:pPr ${W}><w:pStyle w:val="Title"/><w:spacing w:before="120"/></w:pPr>`);
    const para = resolveParagraph(sheet, pPr);
    expect(para.bottomBorder).toBe(true);
    // Spacing is inherited attribute by attribute: the direct before keeps the style's after and line.
    expect(para.spacing).toMatchObject({ before: 120, after: 300, line: 240, lineRule: 'auto' });
  });
});

describe('Vietnamese text and the font slots (constructed from the rFonts Word writes)', () => {
  const sheet = readStyleSheet(
    parseXml(
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Arial"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
    ),
  );
  const fonts = resolveRun(sheet, undefined, undefined).fonts;
  it('ASCII letters use w:ascii, every Vietnamese letter beyond ASCII uses w:hAnsi', () => {
    expect(slotForChar('K'.codePointAt(0) ?? 0, fonts)).toBe('ascii');
    for (const ch of ['à', 'đ', 'ư', 'ế', 'ạ'])
      expect(slotForChar(ch.codePointAt(0) ?? 0, fonts)).toBe('hAnsi');
    expect(Object.fromEntries(facesOfText('Kế hoạch', fonts, readThemeFonts(null)))).toEqual({
      'Times New Roman': 5,
      Arial: 2,
    });
  });
  it('the face of a legacy-encoded run is the one of its bytes above 0x7F', () => {
    const legacy = parseXml(`<w:rPr ${W}><w:rFonts w:ascii="Times New Roman" w:hAnsi=".VnTime"/></w:rPr>`);
    const run = resolveRun(sheet, undefined, legacy);
    expect(faceOfLetters('KÕ ho¹ch', run.fonts, readThemeFonts(null))).toBe('.VnTime');
    expect(faceOfLetters('Ke hoach', run.fonts, readThemeFonts(null))).toBe('Times New Roman');
  });
  it('a complex-script run uses w:cs and w:szCs', () => {
    const rPr = parseXml(
      `<w:rPr ${W}><w:rFonts w:cs="Tahoma"/><w:rtl/><w:sz w:val="28"/><w:szCs w:val="20"/></w:rPr>`,
    );
    const run = resolveRun(sheet, undefined, rPr);
    expect(run.complex).toBe(true);
    expect(faceOfLetters('abc', run.fonts, readThemeFonts(null), run.complex)).toBe('Tahoma');
  });
  it('indentation: hanging wins over firstLine; w:start is w:left', () => {
    const pPr = parseXml(`<w:pPr ${W}><w:ind w:start="720" w:firstLine="567" w:hanging="360"/></w:pPr>`);
    expect(resolveParagraph(sheet, pPr).indent).toEqual({ left: 720, firstLine: -360 });
  });
  it('spacing in lines and auto spacing replace the twips', () => {
    const pPr = parseXml(
      `<w:pPr ${W}><w:spacing w:before="60" w:beforeLines="50" w:after="60" w:afterAutospacing="1"/></w:pPr>`,
    );
    const sp = resolveParagraph(sheet, pPr).spacing;
    expect(spaceBeforeTwip(sp)).toBe(120);
    expect(spaceAfterTwip(sp)).toBe(280);
  });
});
