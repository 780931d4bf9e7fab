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

/** The em widths known so far for a run's face. */
function widthsOf(r: LayoutRun): { face: ReturnType<typeof faceOf>; widths: Map<string, number> } {
  const face = faceOf(r.bold, r.italic === true);
  let widths = widthCache.get(face);
  if (widths === undefined) {
    widths = new Map();
    widthCache.set(face, widths);
  }
  return { face, widths };
}

/**
 * The characters (code points) of a paragraph, in parallel arrays rather than an object each: a
 * large plan has some 300 000 of them to set on its first layout (issue 13).
 */
interface Glyphs {
  ch: string[];
  run: number[];
  /** Advance in twips, from the Times New Roman metrics. */
  w: number[];
  /** The first glyph of a run that starts a new line (LayoutRun.breakBefore). */
  forced: boolean[];
  /** Where the glyph starts in its run's text (UTF-16 offset), to cut the lines' text out of it. */
  at: number[];
  /** Each run's text as set (the page field sets a "0"). */
  texts: string[];
}

function glyphsOf(p: LayoutParagraph): Glyphs {
  const g: Glyphs = { ch: [], run: [], w: [], forced: [], at: [], texts: [] };
  p.runs.forEach((r, run) => {
    // The page-number field prints a number of up to three digits.
    const text = r.field === 'page' ? '0' : r.text;
    g.texts.push(text);
    const { face, widths } = widthsOf(r);
    let first = r.breakBefore === true;
    let at = 0;
    for (const ch of text) {
      let em = widths.get(ch);
      if (em === undefined) {
        em = charEm(ch, face);
        widths.set(ch, em);
      }
      g.ch.push(ch);
      g.run.push(run);
      g.w.push(em * r.sizePt * 20);
      g.forced.push(first);
      g.at.push(at);
      first = false;
      at += ch.length;
    }
  });
  return g;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Where a line may end after glyph i: after a space, or after a hyphen inside a word ("2017-|2021",
 * as LibreOffice breaks it). A no-break space never breaks.
 */
function breakAfter(g: Glyphs, i: number): boolean {
  const ch = g.ch[i];
  if (ch === undefined) return false;
  if (isSpace(ch)) return !isSpace(g.ch[i + 1] ?? 'x');
  if (ch === '-') return isWordChar(g.ch[i - 1]) && isWordChar(g.ch[i + 1]);
  return false;
}

/** Width of glyphs [from, to) without the spaces at its end (they hang past the margin). */
function visibleWidth(g: Glyphs, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(g.ch[end - 1])) end--;
  let w = 0;
  for (let i = from; i < end; i++) w += g.w[i] ?? 0;
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

/** The text of glyphs [from, to), all of one run: cut out of the run's text. */
function textOf(g: Glyphs, from: number, to: number): string {
  const run = g.run[from] ?? 0;
  const start = g.at[from] ?? 0;
  const last = to - 1;
  return (g.texts[run] ?? '').slice(start, (g.at[last] ?? 0) + (g.ch[last]?.length ?? 0));
}

function makeLine(p: LayoutParagraph, g: Glyphs, from: number, to: number, defaultSizePt: number): SetLine {
  const segments: LineSegment[] = [];
  let size = 0;
  let box = 0;
  // Glyphs of one run go into a line piece in one cut; a run that prints like the one before joins
  // its piece (the label and value of a task field).
  let i = from;
  while (i < to) {
    const index = g.run[i] ?? 0;
    let j = i + 1;
    while (j < to && g.run[j] === index) j++;
    const run = p.runs[index];
    if (run) {
      const text = textOf(g, i, j);
      const last = segments[segments.length - 1];
      if (last && sameLook(last.run, run)) last.text += text;
      else segments.push({ run, text });
      size = Math.max(size, run.sizePt);
      box = Math.max(box, runBoxTwip(run));
    }
    i = j;
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
  // The preview lays the whole plan out again after each edit; a paragraph set before at this width
  // and size is set as before (issue 13: one edit re-sets one paragraph, not 2000). First by the
  // paragraph object itself: the layout hands back the same objects for unchanged plan items
  // (bodyBlocks). Then by content, for the paragraphs it builds anew on each pass (header, title,
  // footer, the edited item), so that an unchanged one still keeps its set lines.
  const known = byObject.get(p);
  if (known !== undefined && known.widthTwip === widthTwip && known.defaultSizePt === defaultSizePt) {
    return known.set;
  }
  const key = `${widthTwip}|${defaultSizePt}|${JSON.stringify(p)}`;
  // The cached object itself (its `paragraph` an earlier, equal one): the preview's memoised lines
  // see the same object and skip the paragraph.
  let set = setCache.get(key);
  if (set === undefined) {
    set = setParagraphUncached(p, widthTwip, defaultSizePt);
    if (setCache.size >= SET_CACHE_MAX) setCache.clear();
    setCache.set(key, set);
  }
  byObject.set(p, { widthTwip, defaultSizePt, set });
  return set;
}

/** Enough for a few plans of 100 pages; past it the cache starts again rather than grow. */
const SET_CACHE_MAX = 20_000;
const setCache = new Map<string, SetParagraph>();
/** Weak: a paragraph object's set lines go with it. */
const byObject = new WeakMap<
  LayoutParagraph,
  { widthTwip: number; defaultSizePt: number; set: SetParagraph }
>();

function setParagraphUncached(p: LayoutParagraph, widthTwip: number, defaultSizePt: number): SetParagraph {
  const indent = p.indent ?? {};
  const inner = widthTwip - (indent.left ?? 0) - (indent.right ?? 0);
  const g = glyphsOf(p);
  const n = g.ch.length;
  const lines: SetLine[] = [];
  let start = 0;
  while (start < n || lines.length === 0) {
    const avail = inner - (lines.length === 0 ? (indent.firstLine ?? 0) : 0);
    let w = 0;
    let lastBreak = -1;
    let i = start;
    for (; i < n; i++) {
      // A line break ends the line before the glyph that carries it, whatever the room left.
      if (i > start && g.forced[i]) break;
      w += g.w[i] ?? 0;
      if (w > avail && !isSpace(g.ch[i])) break;
      if (breakAfter(g, i)) lastBreak = i;
    }
    let end: number;
    if (i >= n) end = n;
    else if (i > start && g.forced[i] && w <= avail) end = i;
    else if (lastBreak >= start) end = lastBreak + 1;
    else end = Math.max(start + 1, i);
    // Spaces after a break stay on the line they end.
    while (end < n && isSpace(g.ch[end])) end++;
    lines.push(makeLine(p, g, start, end, defaultSizePt));
    start = end;
    if (n === 0) break;
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
