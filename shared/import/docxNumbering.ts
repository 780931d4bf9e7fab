import { toLetter, toRoman } from '../model/numbering.ts';
import { childElements, firstChild, type XmlElement } from '../ooxml/parseXml.ts';
import { readString } from '../ooxml/values.ts';

const attr = (el: XmlElement | undefined, name: string): string | undefined => readString(el, name);

/**
 * Word's automatic numbering (numbering.xml): the "1.", "1.1.", "a)" that Word draws but that are not
 * in the paragraph's text. Offices number tasks this way; without it the recogniser would see
 * "Ban hành văn bản…" with no number and could not tell a task from a sentence.
 */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
}

interface NumDef {
  abstractId: string;
  /** ilvl → start override: such a list restarts instead of continuing its abstract's counter. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export interface NumberLabelResult {
  label: string;
  bullet: boolean;
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number.parseInt(attr(firstChild(lvl, 'w:start'), 'w:val') ?? '1', 10) || 0,
    numFmt: attr(firstChild(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    lvlText: attr(firstChild(lvl, 'w:lvlText'), 'w:val') ?? '',
    isLgl: firstChild(lvl, 'w:isLgl') !== undefined,
  };
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetter(n).toUpperCase();
    case 'lowerLetter':
      return toLetter(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const a of childElements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(a, 'w:lvl')) {
        levels.set(Number.parseInt(lvl.attrs['w:ilvl'] ?? '0', 10) || 0, readLevel(lvl));
      }
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of childElements(root, 'w:num')) {
      const def: NumDef = {
        abstractId: attr(firstChild(n, 'w:abstractNumId'), 'w:val') ?? '',
        startOverrides: new Map(),
        levelOverrides: new Map(),
      };
      for (const o of childElements(n, 'w:lvlOverride')) {
        const ilvl = Number.parseInt(o.attrs['w:ilvl'] ?? '0', 10) || 0;
        const so = attr(firstChild(o, 'w:startOverride'), 'w:val');
        if (so !== undefined) def.startOverrides.set(ilvl, Number.parseInt(so, 10) || 0);
        const lvl = firstChild(o, 'w:lvl');
        if (lvl) def.levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', def);
    }
  }

  private level(def: NumDef, ilvl: number): Level | undefined {
    return def.levelOverrides.get(ilvl) ?? this.abstracts.get(def.abstractId)?.get(ilvl);
  }

  /**
   * The label Word draws for the next paragraph of list `numId` at level `ilvl`, advancing the
   * counters as Word does: a level counts up, deeper levels restart. Lists sharing an abstract
   * definition share its counter unless they override the start (that is how Word restarts a list).
   */
  next(numId: string, ilvl: number): NumberLabelResult | null {
    if (numId === '0') return null;
    const def = this.nums.get(numId);
    if (!def) return null;
    const lvl = this.level(def, ilvl);
    if (!lvl) return null;
    if (lvl.numFmt === 'bullet') return { label: '-', bullet: true };
    const key = def.startOverrides.size > 0 ? `num:${numId}` : `abs:${def.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const startOf = (l: number): number => def.startOverrides.get(l) ?? this.level(def, l)?.start ?? 1;
    const cur = counters[ilvl];
    counters[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let l = ilvl + 1; l < counters.length; l++) counters[l] = undefined;
    const label = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? startOf(l);
      const fmt = lvl.isLgl ? 'decimal' : (this.level(def, l)?.numFmt ?? 'decimal');
      return formatNumber(value, fmt);
    });
    return { label: label.trim(), bullet: false };
  }
}
