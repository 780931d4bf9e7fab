import { childElements, firstChild, type XmlElement } from '../ooxml/parseXml.ts';

/**
 * The run and paragraph properties the importer cares about, resolved through Word's inheritance:
 * document defaults ← paragraph style chain ← character style chain ← direct formatting.
 * Bold headings and the font of a `.VnTime` document usually come from styles, not from the runs.
 */
export interface RunProps {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  caps?: boolean | undefined;
  vanish?: boolean | undefined;
  font?: string | undefined;
}

export interface ParaProps {
  numId?: string | undefined;
  ilvl?: number | undefined;
  pageBreakBefore?: boolean | undefined;
  align?: 'left' | 'center' | 'right' | 'both' | undefined;
}

interface StyleDef {
  basedOn: string | null;
  run: RunProps;
  para: ParaProps;
}

export interface DocxStyles {
  defaults: RunProps;
  defaultParagraphStyle: string | null;
  styles: Map<string, StyleDef>;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

/** Word's on/off properties: present without a value means on. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  if (v === undefined) return true;
  return !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const u = firstChild(rPr, 'w:u');
  const fonts = firstChild(rPr, 'w:rFonts');
  const uVal = attr(u, 'w:val');
  return {
    bold: onOff(firstChild(rPr, 'w:b')),
    italic: onOff(firstChild(rPr, 'w:i')),
    underline: u ? uVal !== 'none' : undefined,
    caps: onOff(firstChild(rPr, 'w:caps')),
    vanish: onOff(firstChild(rPr, 'w:vanish')),
    // Characters above 0x7F (where the legacy encodings live) are drawn with the hAnsi font.
    font: attr(fonts, 'w:hAnsi') ?? attr(fonts, 'w:ascii'),
  };
}

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  if (!pPr) return {};
  const numPr = firstChild(pPr, 'w:numPr');
  const jc = attr(firstChild(pPr, 'w:jc'), 'w:val');
  const ilvl = attr(numPr && firstChild(numPr, 'w:ilvl'), 'w:val');
  const align =
    jc === 'center'
      ? 'center'
      : jc === 'right' || jc === 'end'
        ? 'right'
        : jc === 'both' || jc === 'distribute'
          ? 'both'
          : jc === 'left' || jc === 'start'
            ? 'left'
            : undefined;
  return {
    numId: attr(numPr && firstChild(numPr, 'w:numId'), 'w:val'),
    ilvl: ilvl === undefined ? undefined : Number.parseInt(ilvl, 10) || 0,
    pageBreakBefore: onOff(firstChild(pPr, 'w:pageBreakBefore')),
    align,
  };
}

export function mergeProps<T extends object>(base: T, over: T): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = v;
  return out as T;
}

export function parseStyles(root: XmlElement | null): DocxStyles {
  const styles = new Map<string, StyleDef>();
  let defaults: RunProps = {};
  let defaultParagraphStyle: string | null = null;
  if (!root) return { defaults, defaultParagraphStyle, styles };
  const docDefaults = firstChild(root, 'w:docDefaults');
  const rPrDefault = docDefaults && firstChild(docDefaults, 'w:rPrDefault');
  defaults = readRunProps(rPrDefault && firstChild(rPrDefault, 'w:rPr'));
  for (const s of childElements(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    if (s.attrs['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '')) {
      defaultParagraphStyle = id;
    }
    styles.set(id, {
      basedOn: attr(firstChild(s, 'w:basedOn'), 'w:val') ?? null,
      run: readRunProps(firstChild(s, 'w:rPr')),
      para: readParaProps(firstChild(s, 'w:pPr')),
    });
  }
  return { defaults, defaultParagraphStyle, styles };
}

/** A style's properties with its basedOn chain applied (cycles in broken files are cut). */
export function resolveStyle(
  styles: DocxStyles,
  id: string | null | undefined,
): { run: RunProps; para: ParaProps } {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let cur = id ?? null;
  while (cur && !seen.has(cur) && chain.length < 20) {
    seen.add(cur);
    const def = styles.styles.get(cur);
    if (!def) break;
    chain.unshift(def);
    cur = def.basedOn;
  }
  let run: RunProps = {};
  let para: ParaProps = {};
  for (const def of chain) {
    run = mergeProps(run, def.run);
    para = mergeProps(para, def.para);
  }
  return { run, para };
}
