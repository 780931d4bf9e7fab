import { childElements, firstChild, type XmlElement } from './parseXml.ts';

/**
 * `w:rFonts` (§17.3.2.26): a run names up to four fonts, one per script slot, and Word picks the
 * slot by the character it draws. Vietnamese text uses two slots at once: the plain letters of
 * "Kế hoạch" (K, h, o, a, c) are ASCII and use `w:ascii`, while "ế", "ạ", "đ", "ư" lie in Latin-1
 * Supplement, Latin Extended-A/B or Latin Extended Additional (U+1E00–U+1EFF) and use `w:hAnsi`.
 * So a Vietnamese paragraph is in Times New Roman only when both slots say so; the checker and the
 * importer ask the slot of each character instead of preferring one attribute.
 */
export type FontSlotName = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';

/** One slot: an explicit face and/or a theme reference; the theme reference wins when both are given. */
export interface FontSlot {
  name?: string | undefined;
  theme?: string | undefined;
}

export interface FontSlots {
  ascii?: FontSlot | undefined;
  hAnsi?: FontSlot | undefined;
  eastAsia?: FontSlot | undefined;
  cs?: FontSlot | undefined;
  /** `w:hint="eastAsia"`: shared Latin/CJK characters are drawn with the East Asian font. */
  hint?: string | undefined;
}

/** The faces a theme's font scheme gives to its major (headings) and minor (body) fonts. */
export interface ThemeFonts {
  major: { latin?: string | undefined; ea?: string | undefined; cs?: string | undefined };
  minor: { latin?: string | undefined; ea?: string | undefined; cs?: string | undefined };
}

export const NO_THEME_FONTS: ThemeFonts = { major: {}, minor: {} };

const SLOT_ATTRS: Record<FontSlotName, [name: string, theme: string]> = {
  ascii: ['w:ascii', 'w:asciiTheme'],
  hAnsi: ['w:hAnsi', 'w:hAnsiTheme'],
  eastAsia: ['w:eastAsia', 'w:eastAsiaTheme'],
  // The theme attribute of the complex-script slot is spelled in lower case in the schema.
  cs: ['w:cs', 'w:cstheme'],
};
const SLOTS = Object.keys(SLOT_ATTRS) as FontSlotName[];

export function readFonts(rFonts: XmlElement | undefined): FontSlots | undefined {
  if (!rFonts) return undefined;
  const out: FontSlots = {};
  for (const slot of SLOTS) {
    const [nameAttr, themeAttr] = SLOT_ATTRS[slot];
    const name = rFonts.attrs[nameAttr] || undefined;
    const theme = rFonts.attrs[themeAttr] || undefined;
    if (name !== undefined || theme !== undefined) out[slot] = { name, theme };
  }
  const hint = rFonts.attrs['w:hint'];
  if (hint) out.hint = hint;
  return out;
}

/** Each slot is inherited on its own: a style that sets only `w:eastAsia` keeps the ASCII face below it. */
export function mergeFonts(base: FontSlots | undefined, over: FontSlots | undefined): FontSlots | undefined {
  if (!over) return base;
  if (!base) return over;
  const out: FontSlots = { ...base };
  for (const slot of SLOTS) if (over[slot]) out[slot] = over[slot];
  if (over.hint) out.hint = over.hint;
  return out;
}

/** `a:fontScheme` of word/theme/theme1.xml; empty faces (`typeface=""`) stay undefined. */
export function readThemeFonts(theme: XmlElement | null): ThemeFonts {
  if (!theme) return NO_THEME_FONTS;
  const elements = firstChild(theme, 'a:themeElements');
  const scheme = elements && firstChild(elements, 'a:fontScheme');
  if (!scheme) return NO_THEME_FONTS;
  const read = (name: string): ThemeFonts['major'] => {
    const el = firstChild(scheme, name);
    if (!el) return {};
    const face = (tag: string): string | undefined =>
      childElements(el, tag)[0]?.attrs['typeface'] || undefined;
    return { latin: face('a:latin'), ea: face('a:ea'), cs: face('a:cs') };
  };
  return { major: read('a:majorFont'), minor: read('a:minorFont') };
}

/** ST_Theme (§17.18.96): majorAscii, majorHAnsi → the major Latin face; …EastAsia → ea; …Bidi → cs. */
export function themeFace(theme: ThemeFonts, ref: string): string | undefined {
  const m = /^(major|minor)(Ascii|HAnsi|EastAsia|Bidi)$/u.exec(ref);
  if (!m) return undefined;
  const group = m[1] === 'major' ? theme.major : theme.minor;
  return m[2] === 'EastAsia' ? group.ea : m[2] === 'Bidi' ? group.cs : group.latin;
}

export function slotFace(
  fonts: FontSlots | undefined,
  slot: FontSlotName,
  theme: ThemeFonts,
): string | undefined {
  const s = fonts?.[slot];
  if (!s) return undefined;
  return (s.theme !== undefined ? themeFace(theme, s.theme) : undefined) ?? s.name;
}

/**
 * The slot Word uses for one character (§17.3.2.26 and Word's documented script ranges): ASCII
 * letters → ascii; Latin-1, Latin Extended, combining marks and Latin Extended Additional (all of
 * Vietnamese beyond ASCII) → hAnsi, or eastAsia under an eastAsia hint; Hebrew, Arabic, Syriac,
 * Thaana, Thai → cs; CJK, kana, Hangul and full-width forms → eastAsia. A run marked `w:cs`/`w:rtl`
 * draws everything with cs. What is not listed goes to hAnsi, Word's fallback.
 */
export function slotForChar(cp: number, fonts: FontSlots | undefined, complex = false): FontSlotName {
  if (complex) return 'cs';
  if (cp <= 0x7f) return 'ascii';
  if ((cp >= 0x0590 && cp <= 0x07bf) || (cp >= 0x0e00 && cp <= 0x0e7f) || (cp >= 0xfb1d && cp <= 0xfdff))
    return 'cs';
  if (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x20000
  )
    return 'eastAsia';
  return fonts?.hint === 'eastAsia' ? 'eastAsia' : 'hAnsi';
}

/** The faces that draw `text`, with how many characters each draws (undefined: nothing names a face). */
export function facesOfText(
  text: string,
  fonts: FontSlots | undefined,
  theme: ThemeFonts,
  complex = false,
): Map<string | undefined, number> {
  const out = new Map<string | undefined, number>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const face = slotFace(fonts, slotForChar(ch.codePointAt(0) ?? 0, fonts, complex), theme);
    out.set(face, (out.get(face) ?? 0) + 1);
  }
  return out;
}

/**
 * The face that draws the non-ASCII characters of `text` (the ASCII face when there are none): the
 * face a legacy Vietnamese encoding (.VnTime, VNI-Times) is recognised by, since those encodings put
 * their Vietnamese letters in the bytes above 0x7F.
 */
export function faceOfLetters(
  text: string,
  fonts: FontSlots | undefined,
  theme: ThemeFonts,
  complex = false,
): string | undefined {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x7f) return slotFace(fonts, slotForChar(cp, fonts, complex), theme);
  }
  return slotFace(fonts, complex ? 'cs' : 'ascii', theme) ?? slotFace(fonts, 'hAnsi', theme);
}
