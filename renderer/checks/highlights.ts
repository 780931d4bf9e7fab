import type { Severity } from '../../shared/checks/finding.ts';

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

const owned = new Map<string, Array<[Severity, AbstractRange]>>();

const sameRange = (a: AbstractRange, b: AbstractRange): boolean =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

const sameRanges = (
  a: ReadonlyArray<[Severity, AbstractRange]>,
  b: ReadonlyArray<[Severity, AbstractRange]>,
): boolean => a.length === b.length && a.every(([s, r], i) => s === b[i]![0] && sameRange(r, b[i]![1]));

function registry(): HighlightRegistry | null {
  // Absent in old engines: the panel and the field markers still work, only the underlines are missing.
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return CSS.highlights;
}

/**
 * Replace the ranges one field (`owner`) contributes to the underlines. The same ranges again change
 * nothing: any change to a highlight makes the browser rebuild the markers of every highlighted
 * text and repaint them all (the fields are redrawn after each keystroke: issue 13).
 */
export function setHighlights(owner: string, ranges: Array<[Severity, AbstractRange]>): void {
  const reg = registry();
  if (!reg) return;
  if (sameRanges(owned.get(owner) ?? [], ranges)) return;
  for (const [severity, range] of owned.get(owner) ?? []) reg.get(HIGHLIGHT_NAMES[severity])?.delete(range);
  for (const [severity, range] of ranges) {
    const name = HIGHLIGHT_NAMES[severity];
    let h = reg.get(name);
    if (!h) {
      h = new Highlight();
      reg.set(name, h);
    }
    h.add(range);
  }
  if (ranges.length > 0) owned.set(owner, ranges);
  else owned.delete(owner);
}
