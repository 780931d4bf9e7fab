import { charEm, faceOf } from '../textWidth.ts';
import { lineHeightTwip, runBoxTwip } from './lineMetrics.ts';
import type { LayoutParagraph, LayoutRun } from './types.ts';

/** A piece of one run on one line. */
export interface LineSegment {
  run: LayoutRun;
  text: string;
}

/** One printed line of a paragraph: its pieces, its natural width and its height (twips). */
export interface SetLine {
  segments: LineSegment[];
  widthTwip: number;
  heightTwip: number;
  /**
   * The part of the line that must fit above the page's bottom margin: LibreOffice lets the extra
   * of a proportional (> 1) line spacing hang below it, so a page's last line is checked single.
   */
  fitTwip: number;
}

/** A paragraph broken into lines for a given width, with its spacing (twips). */
export interface SetParagraph {
  paragraph: LayoutParagraph;
  lines: SetLine[];
  beforeTwip: number;
  afterTwip: number;
  /** Extra height under the last line: the paragraph's bottom border. */
  borderTwip: number;
}

/** Em widths per face, then per character: no key string is built per character (issue 13). */
const widthCache = new Map<string, Map<string, number>>();

/** Advance of one character in twips, from the Times New Roman metrics. */
function charTwip(ch: string, r: LayoutRun): number {
  const face = faceOf(r.bold, r.italic === true);
  let widths = widthCache.get(face);
  if (widths === undefined) {
    widths = new Map();
    widthCache.set(face, widths);
  }
  let em = widths.get(ch);
  if (em === undefined) {
    em = charEm(ch, face);
    widths.set(ch, em);
  }
  return em * r.sizePt * 20;
}

interface Glyph {
  ch: string;
  run: number;
  w: number;
  /** The first glyph of a run that starts a new line (LayoutRun.breakBefore). */
  forced?: boolean;
}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Where a line may end after glyph i: after a space, or after a hyphen inside a word ("2017-|2021",
 * as LibreOffice breaks it). A no-break space never breaks.
 */
function breakAfter(g: Glyph[], i: number): boolean {
  const ch = g[i]?.ch;
  if (ch === undefined) return false;
  if (isSpace(ch)) return !isSpace(g[i + 1]?.ch ?? 'x');
  if (ch === '-') return isWordChar(g[i - 1]?.ch) && isWordChar(g[i + 1]?.ch);
  return false;
}

/** Width of glyphs [from, to) without the spaces at its end (they hang past the margin). */
function visibleWidth(g: Glyph[], from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(g[end - 1]?.ch ?? '')) end--;
  let w = 0;
  for (let i = from; i < end; i++) w += g[i]?.w ?? 0;
  return w;
}

/** Two runs that print alike join into one piece of a line (the label and value of a task field). */
function sameLook(a: LayoutRun, b: LayoutRun): boolean {
  if (a === b) return true;
  return (
    a.sizePt === b.sizePt &&
    a.bold === b.bold &&
    (a.italic === true) === (b.italic === true) &&
    (a.underline === true) === (b.underline === true) &&
    !a.box &&
    !b.box &&
    !a.field &&
    !b.field
  );
}

function makeLine(p: LayoutParagraph, g: Glyph[], from: number, to: number, defaultSizePt: number): SetLine {
  const segments: LineSegment[] = [];
  let size = 0;
  let box = 0;
  for (let i = from; i < to; i++) {
    const gl = g[i];
    if (!gl) continue;
    const run = p.runs[gl.run];
    if (!run) continue;
    const last = segments[segments.length - 1];
    if (last && sameLook(last.run, run)) last.text += gl.ch;
    else segments.push({ run, text: gl.ch });
    size = Math.max(size, run.sizePt);
    box = Math.max(box, runBoxTwip(run));
  }
  const heightTwip = lineHeightTwip(p, size || defaultSizePt) + box;
  const single = lineHeightTwip({ spacing: { ...p.spacing, line: 240 } }, size || defaultSizePt) + box;
  return {
    segments,
    widthTwip: visibleWidth(g, from, to),
    heightTwip,
    fitTwip: Math.min(heightTwip, single),
  };
}

/**
 * Breaks a paragraph into lines the way LibreOffice does for left/justified text: greedy, at spaces
 * and in-word hyphens, a word longer than the line cut where it must. `widthTwip` is the text width
 * the paragraph sits in (its indents are taken off here).
 */
export function setParagraph(p: LayoutParagraph, widthTwip: number, defaultSizePt: number): SetParagraph {
  // The preview lays the whole plan out again after each edit; a paragraph whose content, width and
  // size are unchanged is set as before (issue 13: one edit re-sets one paragraph, not 2000). The
  // key is the paragraph's content, since layoutPlan builds new paragraph objects on each pass.
  const key = `${widthTwip}|${defaultSizePt}|${JSON.stringify(p)}`;
  // The cached object itself (its `paragraph` an earlier, equal one): the preview's memoised lines
  // see the same object and skip the paragraph.
  const cached = setCache.get(key);
  if (cached !== undefined) return cached;
  const set = setParagraphUncached(p, widthTwip, defaultSizePt);
  if (setCache.size >= SET_CACHE_MAX) setCache.clear();
  setCache.set(key, set);
  return set;
}

/** Enough for a few plans of 100 pages; past it the cache starts again rather than grow. */
const SET_CACHE_MAX = 20_000;
const setCache = new Map<string, SetParagraph>();

function setParagraphUncached(p: LayoutParagraph, widthTwip: number, defaultSizePt: number): SetParagraph {
  const indent = p.indent ?? {};
  const inner = widthTwip - (indent.left ?? 0) - (indent.right ?? 0);
  const glyphs: Glyph[] = [];
  p.runs.forEach((r, run) => {
    // The page-number field prints a number of up to three digits.
    const text = r.field === 'page' ? '0' : r.text;
    let first = r.breakBefore === true;
    for (const ch of text) {
      glyphs.push({ ch, run, w: charTwip(ch, r), ...(first ? { forced: true } : {}) });
      first = false;
    }
  });
  const lines: SetLine[] = [];
  let start = 0;
  while (start < glyphs.length || lines.length === 0) {
    const avail = inner - (lines.length === 0 ? (indent.firstLine ?? 0) : 0);
    let w = 0;
    let lastBreak = -1;
    let i = start;
    for (; i < glyphs.length; i++) {
      // A line break ends the line before the glyph that carries it, whatever the room left.
      if (i > start && glyphs[i]?.forced) break;
      w += glyphs[i]?.w ?? 0;
      if (w > avail && !isSpace(glyphs[i]?.ch ?? '')) break;
      if (breakAfter(glyphs, i)) lastBreak = i;
    }
    let end: number;
    if (i >= glyphs.length) end = glyphs.length;
    else if (i > start && glyphs[i]?.forced && w <= avail) end = i;
    else if (lastBreak >= start) end = lastBreak + 1;
    else end = Math.max(start + 1, i);
    // Spaces after a break stay on the line they end.
    while (end < glyphs.length && isSpace(glyphs[end]?.ch ?? '')) end++;
    lines.push(makeLine(p, glyphs, start, end, defaultSizePt));
    start = end;
    if (glyphs.length === 0) break;
  }
  return {
    paragraph: p,
    lines,
    beforeTwip: p.spacing.before ?? 0,
    afterTwip: p.spacing.after ?? 0,
    borderTwip: p.bottomBorder ? Math.round((p.bottomBorder.widthEighths / 8) * 20) : 0,
  };
}

/** Total height of a whole paragraph, spacing included. */
export function paragraphHeightTwip(s: SetParagraph): number {
  return s.beforeTwip + s.lines.reduce((a, l) => a + l.heightTwip, 0) + s.borderTwip + s.afterTwip;
}
