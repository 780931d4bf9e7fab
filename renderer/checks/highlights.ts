import type { Severity } from '../../shared/checks/finding.ts';
import { isNear } from '../editor/lazy/lazyFields.ts';

/**
 * Underlines drawn with the CSS Custom Highlight API: ranges over the editor's DOM, painted by
 * `::highlight(pd-check-error)` & co. Nothing is written into the editor's DOM or its document
 * model, so an underline can never be saved into the plan or confuse Lexical's reconciler.
 */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'pd-check-error',
  warning: 'pd-check-warning',
  info: 'pd-check-info',
};

type Ranges = ReadonlyArray<[Severity, AbstractRange]>;

/** What one field asked for, where it is (null: always shown), and what of it is registered. */
interface Owned {
  ranges: Ranges;
  el: Element | null;
  shown: Ranges;
}

const owned = new Map<string, Owned>();
const NONE: Ranges = [];

const sameRange = (a: AbstractRange, b: AbstractRange): boolean =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

const sameRanges = (a: Ranges, b: Ranges): boolean =>
  a.length === b.length && a.every(([s, r], i) => s === b[i]![0] && sameRange(r, b[i]![1]));

function registry(): HighlightRegistry | null {
  // Absent in old engines: the panel and the field markers still work, only the underlines are missing.
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return CSS.highlights;
}

function show(reg: HighlightRegistry, entry: Owned, next: Ranges): void {
  if (entry.shown === next) return;
  for (const [severity, range] of entry.shown) reg.get(HIGHLIGHT_NAMES[severity])?.delete(range);
  for (const [severity, range] of next) {
    const name = HIGHLIGHT_NAMES[severity];
    let h = reg.get(name);
    if (!h) {
      h = new Highlight();
      reg.set(name, h);
    }
    h.add(range);
  }
  entry.shown = next;
}

/**
 * Chromium rebuilds the markers of every highlighted text, recomputes its ink overflow (underlines
 * overflow) and repaints it after any change to the DOM, a keystroke included: with the hundred
 * fields of findings of a large plan that was most of a keystroke's frame (issue 13). So a field
 * that gives its element shows its underlines only while it is within this many px above or below
 * the window (about half a screen: every highlighted text that near is still repainted per key). A
 * scroll registers the newly near ones in its own frame, before it is painted.
 */
const HIGHLIGHT_MARGIN = 400;
let frame = 0;
let watching = false;

function refresh(): void {
  frame = 0;
  const reg = registry();
  if (!reg) return;
  const top = -HIGHLIGHT_MARGIN;
  const bottom = window.innerHeight + HIGHLIGHT_MARGIN;
  for (const entry of owned.values()) {
    if (entry.el) show(reg, entry, isNear(entry.el, top, bottom) ? entry.ranges : NONE);
  }
}

function schedule(): void {
  if (frame === 0) frame = requestAnimationFrame(refresh);
}

function watch(): void {
  if (watching) return;
  watching = true;
  // Scroll events do not bubble: listening in the capture phase hears every scrolling box's.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule);
}

/**
 * Replace the ranges one field (`owner`) contributes to the underlines; `el`, the field's element,
 * for a field that shows them only near the view. The same ranges again change nothing: any change
 * to a highlight makes the browser rebuild every marker (the fields are redrawn after each keystroke).
 */
export function setHighlights(owner: string, ranges: Ranges, el: Element | null = null): void {
  const reg = registry();
  if (!reg) return;
  const entry = owned.get(owner) ?? { ranges: NONE, el: null, shown: NONE };
  if (entry.el === el && sameRanges(entry.ranges, ranges)) return;
  entry.ranges = ranges;
  entry.el = el;
  if (ranges.length === 0 || el === null) show(reg, entry, ranges);
  else {
    watch();
    schedule();
  }
  if (ranges.length > 0) owned.set(owner, entry);
  else owned.delete(owner);
}
