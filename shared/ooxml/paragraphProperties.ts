import { firstChild, type XmlElement } from './parseXml.ts';
import { onOffValue, readNumber, readOnOff, readString } from './values.ts';

/**
 * Paragraph properties (`w:pPr`, §17.3.1) as one level of the hierarchy states them. Spacing and
 * indentation are inherited attribute by attribute: a style's `w:after` survives a direct
 * `<w:spacing w:before="120"/>`.
 */
export type Alignment = 'left' | 'center' | 'right' | 'both';
export type LineRule = 'auto' | 'exact' | 'atLeast';

export interface Spacing {
  /** Twips. */
  before?: number | undefined;
  after?: number | undefined;
  /** Hundredths of a line; when given they replace before/after. */
  beforeLines?: number | undefined;
  afterLines?: number | undefined;
  /** HTML-style automatic spacing: Word then ignores before/after and uses 14 pt. */
  beforeAutospacing?: boolean | undefined;
  afterAutospacing?: boolean | undefined;
  /** 240ths of a line with lineRule auto, twips otherwise. */
  line?: number | undefined;
  lineRule?: LineRule | undefined;
}

export interface Indentation {
  /** Twips; `w:start` (strict) or `w:left` (transitional). */
  left?: number | undefined;
  right?: number | undefined;
  /** Twips, negative for a hanging indent (`w:hanging` wins over `w:firstLine`, §17.3.1.12). */
  firstLine?: number | undefined;
}

export interface ParagraphProperties {
  align?: Alignment | undefined;
  spacing: Spacing;
  indent: Indentation;
  numId?: string | undefined;
  ilvl?: number | undefined;
  pageBreakBefore?: boolean | undefined;
  bottomBorder?: boolean | undefined;
}

/** Word's automatic spacing before/after (Format ▸ Paragraph ▸ Auto), twips. */
export const AUTO_SPACING_TWIP = 280;
/** One "line" of beforeLines/afterLines for a document without a line grid, twips (12 pt). */
export const LINE_UNIT_TWIP = 240;

/**
 * ST_Jc (§17.18.44): start/left, end/right, center; both, distribute, the kashida variants and
 * thaiDistribute all justify. Left-to-right text is assumed (start = left): plans are Vietnamese.
 */
export function readAlignment(pPr: XmlElement): Alignment | undefined {
  const v = readString(firstChild(pPr, 'w:jc'));
  switch (v) {
    case 'left':
    case 'start':
      return 'left';
    case 'right':
    case 'end':
      return 'right';
    case 'center':
      return 'center';
    case 'both':
    case 'distribute':
    case 'highKashida':
    case 'mediumKashida':
    case 'lowKashida':
    case 'thaiDistribute':
      return 'both';
    default:
      return undefined;
  }
}

function readLineRule(v: string | undefined): LineRule | undefined {
  return v === 'auto' || v === 'exact' || v === 'atLeast' ? v : undefined;
}

export function readSpacing(pPr: XmlElement): Spacing {
  const sp = firstChild(pPr, 'w:spacing');
  if (!sp) return {};
  const flag = (name: string): boolean | undefined => onOffValue(sp.attrs[name]);
  const out: Spacing = {};
  const set = <K extends keyof Spacing>(k: K, v: Spacing[K]): void => {
    if (v !== undefined) out[k] = v;
  };
  set('before', readNumber(sp, 'w:before'));
  set('after', readNumber(sp, 'w:after'));
  set('beforeLines', readNumber(sp, 'w:beforeLines'));
  set('afterLines', readNumber(sp, 'w:afterLines'));
  set('beforeAutospacing', flag('w:beforeAutospacing'));
  set('afterAutospacing', flag('w:afterAutospacing'));
  set('line', readNumber(sp, 'w:line'));
  // lineRule defaults to auto when a line is given without one (§17.3.1.33).
  set('lineRule', readLineRule(sp.attrs['w:lineRule']) ?? (out.line !== undefined ? 'auto' : undefined));
  return out;
}

export function readIndentation(pPr: XmlElement): Indentation {
  const ind = firstChild(pPr, 'w:ind');
  if (!ind) return {};
  const out: Indentation = {};
  const left = readNumber(ind, 'w:start') ?? readNumber(ind, 'w:left');
  const right = readNumber(ind, 'w:end') ?? readNumber(ind, 'w:right');
  const hanging = readNumber(ind, 'w:hanging');
  const firstLine = hanging !== undefined ? -hanging : readNumber(ind, 'w:firstLine');
  if (left !== undefined) out.left = left;
  if (right !== undefined) out.right = right;
  if (firstLine !== undefined) out.firstLine = firstLine;
  return out;
}

function readBottomBorder(pPr: XmlElement): boolean | undefined {
  const bdr = firstChild(pPr, 'w:pBdr');
  const bottom = bdr && firstChild(bdr, 'w:bottom');
  if (!bottom) return undefined;
  return !['none', 'nil'].includes(bottom.attrs['w:val'] ?? 'none');
}

export function readParagraphProperties(pPr: XmlElement | undefined): ParagraphProperties {
  if (!pPr) return { spacing: {}, indent: {} };
  const numPr = firstChild(pPr, 'w:numPr');
  const ilvl = readNumber(numPr && firstChild(numPr, 'w:ilvl'));
  return {
    align: readAlignment(pPr),
    spacing: readSpacing(pPr),
    indent: readIndentation(pPr),
    numId: readString(numPr && firstChild(numPr, 'w:numId')),
    ilvl: ilvl === undefined ? undefined : Math.max(0, Math.trunc(ilvl)),
    pageBreakBefore: readOnOff(firstChild(pPr, 'w:pageBreakBefore')),
    bottomBorder: readBottomBorder(pPr),
  };
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function overrideParagraph(base: ParagraphProperties, over: ParagraphProperties): ParagraphProperties {
  const { spacing, indent, ...rest } = over;
  return {
    ...base,
    ...defined(rest),
    spacing: { ...base.spacing, ...defined(spacing) },
    indent: { ...base.indent, ...defined(indent) },
  };
}

/** Space before the paragraph, twips, as Word computes it from the attributes that apply. */
export function spaceBeforeTwip(s: Spacing): number {
  if (s.beforeAutospacing) return AUTO_SPACING_TWIP;
  if (s.beforeLines !== undefined) return (s.beforeLines / 100) * LINE_UNIT_TWIP;
  return s.before ?? 0;
}
export function spaceAfterTwip(s: Spacing): number {
  if (s.afterAutospacing) return AUTO_SPACING_TWIP;
  if (s.afterLines !== undefined) return (s.afterLines / 100) * LINE_UNIT_TWIP;
  return s.after ?? 0;
}
