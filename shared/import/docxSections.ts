import { firstChild, type XmlElement } from '../ooxml/parseXml.ts';
import type { SourceBlock } from './sourceModel.ts';

/** The first child of that name of an element that may itself be absent. */
export function childOf(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? firstChild(el, name) : undefined;
}

/** The value of an element's attribute, or undefined when either is absent. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

/** A section's page is landscape: its w:pgSz says so, or is wider than tall. */
export function sectionLandscape(sectPr: XmlElement | undefined): boolean {
  const size = childOf(sectPr, 'w:pgSz');
  if (!size) return false;
  if (attr(size, 'w:orient') === 'landscape') return true;
  const w = Number(attr(size, 'w:w'));
  const h = Number(attr(size, 'w:h'));
  return Number.isFinite(w) && Number.isFinite(h) && w > h;
}

/**
 * Mark the tables that stand in a landscape section. A section ends with a paragraph carrying its
 * w:sectPr (the body's own w:sectPr is the last section's), so blocks are walked against the ends.
 */
export function markLandscape(
  blocks: SourceBlock[],
  ends: Array<{ end: number; landscape: boolean }>,
  last: boolean,
): void {
  let from = 0;
  for (const { end, landscape } of [...ends, { end: blocks.length, landscape: last }]) {
    for (let i = from; i < Math.min(end, blocks.length); i++) {
      const b = blocks[i];
      if (b?.kind === 'table' && landscape) b.landscape = true;
    }
    from = Math.max(from, end);
  }
}
