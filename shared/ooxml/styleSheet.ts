import { NO_THEME_FONTS, type ThemeFonts } from './fonts.ts';
import {
  overrideParagraph,
  readParagraphProperties,
  type ParagraphProperties,
} from './paragraphProperties.ts';
import { childElements, firstChild, type XmlElement } from './parseXml.ts';
import { TOGGLE_PROPERTIES, overrideRun, readRunProperties, type RunProperties } from './runProperties.ts';
import { onOffValue, readString } from './values.ts';

/**
 * Word's style hierarchy (§17.7.2): document defaults ← paragraph style (its basedOn chain) ←
 * character style (its chain) ← direct formatting. Numbering and table styles are not applied:
 * plans put neither bold nor fonts there, and the rules that read them do not need them.
 */
export interface StyleDef {
  type: string;
  basedOn: string | undefined;
  run: RunProperties;
  para: ParagraphProperties;
}

export interface StyleSheet {
  defaultRun: RunProperties;
  defaultPara: ParagraphProperties;
  defaultParagraphStyle: string | undefined;
  styles: Map<string, StyleDef>;
  theme: ThemeFonts;
}

/** A chain longer than this is a broken (or hostile) file: the rest is cut. */
const MAX_CHAIN = 32;

export function readStyleSheet(root: XmlElement | null, theme: ThemeFonts = NO_THEME_FONTS): StyleSheet {
  const sheet: StyleSheet = {
    defaultRun: {},
    defaultPara: { spacing: {}, indent: {} },
    defaultParagraphStyle: undefined,
    styles: new Map(),
    theme,
  };
  if (!root) return sheet;
  const defaults = firstChild(root, 'w:docDefaults');
  const rDef = defaults && firstChild(defaults, 'w:rPrDefault');
  const pDef = defaults && firstChild(defaults, 'w:pPrDefault');
  sheet.defaultRun = readRunProperties(rDef && firstChild(rDef, 'w:rPr'));
  sheet.defaultPara = readParagraphProperties(pDef && firstChild(pDef, 'w:pPr'));
  for (const s of childElements(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const type = s.attrs['w:type'] ?? 'paragraph';
    if (type === 'paragraph' && onOffValue(s.attrs['w:default']) === true) {
      sheet.defaultParagraphStyle ??= id;
    }
    sheet.styles.set(id, {
      type,
      basedOn: readString(firstChild(s, 'w:basedOn')),
      run: readRunProperties(firstChild(s, 'w:rPr')),
      para: readParagraphProperties(firstChild(s, 'w:pPr')),
    });
  }
  return sheet;
}

function chainOf(sheet: StyleSheet, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let cur = id;
  while (cur !== undefined && !seen.has(cur) && chain.length < MAX_CHAIN) {
    seen.add(cur);
    const def = sheet.styles.get(cur);
    if (!def) break;
    chain.unshift(def);
    cur = def.basedOn;
  }
  return chain;
}

/** A style's own properties with its basedOn chain applied (nearer styles override). */
export function styleRun(sheet: StyleSheet, id: string | undefined): RunProperties {
  return chainOf(sheet, id).reduce<RunProperties>((acc, d) => overrideRun(acc, d.run), {});
}
export function styleParagraph(sheet: StyleSheet, id: string | undefined): ParagraphProperties {
  return chainOf(sheet, id).reduce<ParagraphProperties>((acc, d) => overrideParagraph(acc, d.para), {
    spacing: {},
    indent: {},
  });
}

/** The paragraph style that applies: the named one if it exists, the default paragraph style otherwise. */
export function paragraphStyleId(sheet: StyleSheet, pPr: XmlElement | undefined): string | undefined {
  const named = readString(pPr && firstChild(pPr, 'w:pStyle'));
  return named !== undefined && sheet.styles.has(named) ? named : sheet.defaultParagraphStyle;
}

export function runStyleId(rPr: XmlElement | undefined): string | undefined {
  return readString(rPr && firstChild(rPr, 'w:rStyle'));
}

/** Effective paragraph properties: defaults ← paragraph style chain ← direct `w:pPr`. */
export function resolveParagraph(sheet: StyleSheet, pPr: XmlElement | undefined): ParagraphProperties {
  const style = styleParagraph(sheet, paragraphStyleId(sheet, pPr));
  return overrideParagraph(overrideParagraph(sheet.defaultPara, style), readParagraphProperties(pPr));
}

/**
 * Effective run properties. Non-toggle properties simply override level by level. Toggle properties
 * (bold, italic, caps, vanish) follow §17.7.3: direct formatting sets them outright; otherwise the
 * paragraph style's and the character style's values combine by exclusive or (a bold "Strong" run
 * in a bold heading is not bold); with neither style saying anything, the document default applies.
 */
export function resolveRun(
  sheet: StyleSheet,
  paraStyle: string | undefined,
  rPr: XmlElement | undefined,
): RunProperties {
  const pRun = styleRun(sheet, paraStyle);
  const cRun = styleRun(sheet, runStyleId(rPr));
  const direct = readRunProperties(rPr);
  const out = overrideRun(overrideRun(overrideRun(sheet.defaultRun, pRun), cRun), direct);
  for (const k of TOGGLE_PROPERTIES) {
    if (direct[k] !== undefined) continue;
    if (pRun[k] === undefined && cRun[k] === undefined) out[k] = sheet.defaultRun[k];
    else out[k] = (pRun[k] ?? false) !== (cRun[k] ?? false);
  }
  return out;
}
