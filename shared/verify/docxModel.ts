import { readPackage, entryText, type OoxmlPackage } from '../ooxml/readPackage.ts';
import { facesOfText, faceOfLetters, readThemeFonts, type ThemeFonts } from '../ooxml/fonts.ts';
import {
  spaceAfterTwip,
  spaceBeforeTwip,
  type Alignment,
  type LineRule,
} from '../ooxml/paragraphProperties.ts';
import { childElements, descendants, firstChild, parseXml, type XmlElement } from '../ooxml/parseXml.ts';
import { effectiveSize } from '../ooxml/runProperties.ts';
import {
  paragraphStyleId,
  readStyleSheet,
  resolveParagraph,
  resolveRun,
  type StyleSheet,
} from '../ooxml/styleSheet.ts';
import { readOnOff } from '../ooxml/values.ts';

/**
 * A flat, read-only picture of a .docx for the verifier: paragraphs with their effective formatting
 * (document defaults → paragraph style chain → direct formatting), tables with their cell widths, and
 * sections. Built from any Word file; whatever is missing stays undefined instead of throwing.
 */
export interface RunInfo {
  text: string;
  sizePt: number | undefined;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The face of the run's letters beyond ASCII (of its ASCII letters when it has none). */
  font: string | undefined;
  /** Every face that draws the run, by Word's script slots, with how many characters each draws. */
  fonts: Array<{ name: string | undefined; chars: number }>;
  color: string | undefined;
}

export interface ParaInfo {
  text: string;
  runs: RunInfo[];
  align: Alignment | undefined;
  /** Negative for a hanging indent. */
  firstLineTwip: number;
  leftTwip: number;
  rightTwip: number;
  beforeTwip: number;
  afterTwip: number;
  line: number | undefined;
  lineRule: LineRule | undefined;
  bottomBorder: boolean;
  hasPageField: boolean;
  /** Size of the field runs (a page number has no text of its own until Word lays the page out). */
  fieldSizePt: number | undefined;
  /** Width of a drawn shape in the paragraph, mm (a line drawn as a shape instead of a border). */
  shapeWidthMm: number | undefined;
}

export interface CellInfo {
  widthTwip: number | undefined;
  marginLeftTwip: number;
  marginRightTwip: number;
  paragraphs: ParaInfo[];
}

export interface TableInfo {
  kind: 'table';
  rows: CellInfo[][];
  bordered: boolean;
}

export type BodyElement = { kind: 'paragraph'; paragraph: ParaInfo } | TableInfo;

export interface SectionInfo {
  widthTwip: number | undefined;
  heightTwip: number | undefined;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  titlePage: boolean;
  headers: { default?: ParaInfo[]; first?: ParaInfo[] };
}

export interface DocxModel {
  pkg: OoxmlPackage;
  body: BodyElement[] | null;
  sections: SectionInfo[];
  core: Record<string, string>;
  pages: number | undefined;
}

const W = (name: string): string => `w:${name}`;
const DEFAULT_CELL_MARGIN_TWIP = 108;
const EMU_PER_MM = 36000;

function val(el: XmlElement | undefined, attr = 'w:val'): string | undefined {
  return el?.attrs[attr];
}
function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

/** The theme part named by the main document's relationships (its fonts resolve `w:asciiTheme`). */
function readTheme(pkg: OoxmlPackage): ThemeFonts {
  const relsXml = entryText(pkg, 'word/_rels/document.xml.rels');
  const rel = relsXml
    ? descendants(parseXml(relsXml, 'word/_rels/document.xml.rels'), 'Relationship').find((r) =>
        /\/theme$/u.test(r.attrs.Type ?? ''),
      )
    : undefined;
  const name = rel?.attrs.Target ? partPath(rel.attrs.Target) : undefined;
  const xml = name ? entryText(pkg, name) : null;
  return readThemeFonts(xml ? parseXml(xml, name) : null);
}

function runText(r: XmlElement): string {
  let out = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') out += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:tab') out += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
    else if (c.name === 'w:noBreakHyphen') out += '-';
  }
  return out;
}

function readParagraph(p: XmlElement, sheet: StyleSheet): ParaInfo {
  const pPr = firstChild(p, W('pPr'));
  const styleId = paragraphStyleId(sheet, pPr);
  const pp = resolveParagraph(sheet, pPr);
  const baseR = resolveRun(sheet, styleId, undefined);
  const runs: RunInfo[] = [];
  let fieldSize: number | undefined;
  // Runs directly in the paragraph and inside hyperlinks, smart tags, inserted text, fields.
  const runEls = descendants(p, W('r')).filter((r) => !descendants(r, W('txbxContent')).length);
  for (const r of runEls) {
    const rp = resolveRun(sheet, styleId, firstChild(r, W('rPr')));
    const text = runText(r);
    if (text === '') {
      if (firstChild(r, W('instrText')) || firstChild(r, W('fldChar'))) fieldSize ??= effectiveSize(rp);
      continue;
    }
    runs.push({
      text,
      sizePt: effectiveSize(rp),
      bold: rp.bold ?? false,
      italic: rp.italic ?? false,
      underline: rp.underline ?? false,
      font: faceOfLetters(text, rp.fonts, sheet.theme, rp.complex),
      fonts: [...facesOfText(text, rp.fonts, sheet.theme, rp.complex)].map(([name, chars]) => ({
        name,
        chars,
      })),
      color: rp.color,
    });
  }
  const instr = [
    ...descendants(p, W('instrText')).map((e) => e.children.join('')),
    ...descendants(p, W('fldSimple')).map((e) => e.attrs['w:instr'] ?? ''),
  ].join(' ');
  const extent = descendants(p, 'wp:extent')[0];
  const cx = num(extent?.attrs.cx);
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    align: pp.align,
    firstLineTwip: pp.indent.firstLine ?? 0,
    leftTwip: pp.indent.left ?? 0,
    rightTwip: pp.indent.right ?? 0,
    beforeTwip: spaceBeforeTwip(pp.spacing),
    afterTwip: spaceAfterTwip(pp.spacing),
    line: pp.spacing.line,
    lineRule: pp.spacing.lineRule,
    bottomBorder: pp.bottomBorder ?? false,
    hasPageField: /\bPAGE\b/u.test(instr),
    fieldSizePt: fieldSize ?? effectiveSize(baseR),
    shapeWidthMm: cx !== undefined ? cx / EMU_PER_MM : undefined,
  };
}

function tableCellMargins(tblPr: XmlElement | undefined): { left: number; right: number } {
  const mar = tblPr ? firstChild(tblPr, W('tblCellMar')) : undefined;
  const side = (...names: string[]): number => {
    for (const n of names) {
      const el = mar ? firstChild(mar, W(n)) : undefined;
      const w = num(val(el, 'w:w'));
      if (w !== undefined) return w;
    }
    return DEFAULT_CELL_MARGIN_TWIP;
  };
  return { left: side('left', 'start'), right: side('right', 'end') };
}

function readTable(tbl: XmlElement, sheet: StyleSheet): TableInfo {
  const tblPr = firstChild(tbl, W('tblPr'));
  const margins = tableCellMargins(tblPr);
  const grid = firstChild(tbl, W('tblGrid'));
  const cols = grid ? childElements(grid, W('gridCol')).map((g) => num(val(g, 'w:w'))) : [];
  const borders = tblPr ? firstChild(tblPr, W('tblBorders')) : undefined;
  const bordered =
    borders !== undefined && childElements(borders).some((b) => !['none', 'nil'].includes(val(b) ?? 'none'));
  const rows = childElements(tbl, W('tr')).map((tr) => {
    let col = 0;
    return childElements(tr, W('tc')).map((tc) => {
      const tcPr = firstChild(tc, W('tcPr'));
      const span = num(val(tcPr ? firstChild(tcPr, W('gridSpan')) : undefined)) ?? 1;
      const tcW = tcPr ? firstChild(tcPr, W('tcW')) : undefined;
      const fromGrid = cols
        .slice(col, col + span)
        .reduce<number | undefined>((a, b) => (b === undefined ? a : (a ?? 0) + b), undefined);
      col += span;
      const own = tcW && (tcW.attrs['w:type'] ?? 'dxa') === 'dxa' ? num(tcW.attrs['w:w']) : undefined;
      return {
        widthTwip: own ?? fromGrid,
        marginLeftTwip: margins.left,
        marginRightTwip: margins.right,
        paragraphs: descendants(tc, W('p')).map((p) => readParagraph(p, sheet)),
      };
    });
  });
  return { kind: 'table', rows, bordered };
}

function partPath(target: string): string {
  const t = target.replace(/^\//u, '');
  return t.startsWith('word/') ? t : `word/${t}`;
}

function readSection(
  sect: XmlElement,
  rels: Map<string, string>,
  pkg: OoxmlPackage,
  sheet: StyleSheet,
): SectionInfo {
  const pgSz = firstChild(sect, W('pgSz'));
  const pgMar = firstChild(sect, W('pgMar'));
  const m = (k: string): number | undefined => num(pgMar?.attrs[`w:${k}`]);
  const margins: SectionInfo['margins'] = {};
  for (const k of ['top', 'bottom', 'left', 'right'] as const) {
    const v = m(k);
    if (v !== undefined) margins[k] = Math.abs(v);
  }
  const headers: SectionInfo['headers'] = {};
  for (const ref of childElements(sect, W('headerReference'))) {
    const type = ref.attrs['w:type'];
    const target = rels.get(ref.attrs['r:id'] ?? '');
    if ((type !== 'default' && type !== 'first') || !target) continue;
    const xml = entryText(pkg, partPath(target));
    if (!xml) continue;
    headers[type] = descendants(parseXml(xml, partPath(target)), W('p')).map((p) => readParagraph(p, sheet));
  }
  return {
    widthTwip: num(pgSz?.attrs['w:w']),
    heightTwip: num(pgSz?.attrs['w:h']),
    margins,
    titlePage: readOnOff(firstChild(sect, W('titlePg'))) ?? false,
    headers,
  };
}

function readRels(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const r of descendants(parseXml(xml, 'word/_rels/document.xml.rels'), 'Relationship')) {
    if (r.attrs.Id && r.attrs.Target) out.set(r.attrs.Id, r.attrs.Target);
  }
  return out;
}

function readCore(xml: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!xml) return out;
  for (const el of childElements(parseXml(xml, 'docProps/core.xml'))) {
    out[el.name.replace(/^.*:/u, '')] = el.children
      .filter((c): c is string => typeof c === 'string')
      .join('')
      .trim();
  }
  return out;
}

/** Reads a .docx; throws AppError only when the bytes are not a readable package at all. */
export function readDocxModel(bytes: Uint8Array): DocxModel {
  const pkg = readPackage(bytes);
  const stylesXml = entryText(pkg, 'word/styles.xml');
  const sheet = readStyleSheet(stylesXml ? parseXml(stylesXml, 'word/styles.xml') : null, readTheme(pkg));
  const docXml = entryText(pkg, 'word/document.xml');
  const appXml = entryText(pkg, 'docProps/app.xml');
  const pagesMatch = appXml ? /<Pages>(\d+)<\/Pages>/u.exec(appXml) : null;
  const model: DocxModel = {
    pkg,
    body: null,
    sections: [],
    core: readCore(entryText(pkg, 'docProps/core.xml')),
    pages: pagesMatch ? Number(pagesMatch[1]) : undefined,
  };
  if (!docXml) return model;
  const root = parseXml(docXml, 'word/document.xml');
  const body = firstChild(root, W('body'));
  if (!body) return model;
  const rels = readRels(entryText(pkg, 'word/_rels/document.xml.rels'));
  model.body = [];
  for (const el of childElements(body)) {
    if (el.name === W('p')) {
      model.body.push({ kind: 'paragraph', paragraph: readParagraph(el, sheet) });
      const pPr = firstChild(el, W('pPr'));
      const sect = pPr ? firstChild(pPr, W('sectPr')) : undefined;
      if (sect) model.sections.push(readSection(sect, rels, pkg, sheet));
    } else if (el.name === W('tbl')) {
      model.body.push(readTable(el, sheet));
    } else if (el.name === W('sectPr')) {
      model.sections.push(readSection(el, rels, pkg, sheet));
    }
  }
  return model;
}
