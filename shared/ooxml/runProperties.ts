import { mergeFonts, readFonts, type FontSlots } from './fonts.ts';
import { firstChild, type XmlElement } from './parseXml.ts';
import { readNumber, readOnOff, readString } from './values.ts';

/**
 * Run properties (`w:rPr`, §17.3.2) as one level of Word's hierarchy states them: undefined means
 * "not said here, inherit". Toggle properties are kept apart because styles combine them by
 * exclusive or instead of overriding (see styleSheet.ts).
 */
export interface RunProperties {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  caps?: boolean | undefined;
  vanish?: boolean | undefined;
  /** `w:u`: any underline but `none`; `<w:u/>` without a value counts as underlined. */
  underline?: boolean | undefined;
  /** `w:sz`, converted from half-points: the size of Latin and East Asian text. */
  sizePt?: number | undefined;
  /** `w:szCs`: the size of complex-script text only (Vietnamese is not complex script). */
  sizeCsPt?: number | undefined;
  fonts?: FontSlots | undefined;
  /** `w:color` as written (hex or `auto`). */
  color?: string | undefined;
  /** `w:cs` / `w:rtl`: the run is drawn as complex script whatever its characters. */
  complex?: boolean | undefined;
}

/** The properties whose value in a style toggles the one inherited (§17.7.3). */
export const TOGGLE_PROPERTIES = ['bold', 'italic', 'caps', 'vanish'] as const;
export type ToggleProperty = (typeof TOGGLE_PROPERTIES)[number];

export function readBold(rPr: XmlElement): boolean | undefined {
  return readOnOff(firstChild(rPr, 'w:b'));
}
export function readItalic(rPr: XmlElement): boolean | undefined {
  return readOnOff(firstChild(rPr, 'w:i'));
}

/** ST_Underline (§17.18.99): `none` is the only value without a line. */
export function readUnderline(rPr: XmlElement): boolean | undefined {
  const u = firstChild(rPr, 'w:u');
  if (!u) return undefined;
  return (u.attrs['w:val'] ?? 'single') !== 'none';
}

/** ST_HpsMeasure: half-points. A negative or zero size is not a size. */
function halfPoints(el: XmlElement | undefined): number | undefined {
  const n = readNumber(el);
  return n === undefined || n <= 0 ? undefined : n / 2;
}
export function readSize(rPr: XmlElement): number | undefined {
  return halfPoints(firstChild(rPr, 'w:sz'));
}
export function readSizeCs(rPr: XmlElement): number | undefined {
  return halfPoints(firstChild(rPr, 'w:szCs'));
}

export function readRunProperties(rPr: XmlElement | undefined): RunProperties {
  if (!rPr) return {};
  const cs = readOnOff(firstChild(rPr, 'w:cs'));
  const rtl = readOnOff(firstChild(rPr, 'w:rtl'));
  return {
    bold: readBold(rPr),
    italic: readItalic(rPr),
    caps: readOnOff(firstChild(rPr, 'w:caps')),
    vanish: readOnOff(firstChild(rPr, 'w:vanish')),
    underline: readUnderline(rPr),
    sizePt: readSize(rPr),
    sizeCsPt: readSizeCs(rPr),
    fonts: readFonts(firstChild(rPr, 'w:rFonts')),
    color: readString(firstChild(rPr, 'w:color')),
    complex: cs === undefined && rtl === undefined ? undefined : cs === true || rtl === true,
  };
}

/** `over` on top of `base`, property by property (font slots each on their own). */
export function overrideRun(base: RunProperties, over: RunProperties): RunProperties {
  const out: RunProperties = { ...base };
  for (const [k, v] of Object.entries(over) as Array<[keyof RunProperties, unknown]>) {
    if (v === undefined || k === 'fonts') continue;
    (out as Record<string, unknown>)[k] = v;
  }
  out.fonts = mergeFonts(base.fonts, over.fonts);
  return out;
}

/** The size that applies to a run: `w:szCs` for complex script, `w:sz` otherwise. */
export function effectiveSize(run: RunProperties): number | undefined {
  return run.complex ? (run.sizeCsPt ?? run.sizePt) : run.sizePt;
}
