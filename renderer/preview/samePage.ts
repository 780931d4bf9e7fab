import type { Page, PageItem } from '../../shared/format/layout/paginate.ts';
import type { LayoutTable } from '../../shared/format/layout/types.ts';

/*
 * Whether two pages print alike. The paginator builds new page objects on each pass, but the lines
 * of an unchanged paragraph are the same SetParagraph (setLines keeps them), so comparing the
 * pieces by identity tells an unchanged page from a changed one without looking at the text.
 */

/** What TablePiece draws of a table besides its cells' text: widths, lines, merges. */
function sameTableFrame(a: LayoutTable, b: LayoutTable): boolean {
  return (
    a.role === b.role &&
    a.widthTwip === b.widthTwip &&
    a.indentTwip === b.indentTwip &&
    a.cellMarginTwip === b.cellMarginTwip &&
    a.borders?.widthEighths === b.borders?.widthEighths &&
    a.borders?.color === b.borders?.color &&
    a.columnsTwip.join() === b.columnsTwip.join() &&
    a.rows.length === b.rows.length &&
    a.rows.every((r, i) =>
      r.cells.every(
        (c, ci) =>
          c.columnSpan === b.rows[i]?.cells[ci]?.columnSpan &&
          c.verticalMerge === b.rows[i]?.cells[ci]?.verticalMerge,
      ),
    )
  );
}

function sameItem(a: PageItem, b: PageItem): boolean {
  if (a.type === 'paragraph' || b.type === 'paragraph') {
    return (
      a.type === 'paragraph' &&
      b.type === 'paragraph' &&
      a.set === b.set &&
      a.from === b.from &&
      a.to === b.to
    );
  }
  if (a.table !== b.table && !sameTableFrame(a.table, b.table)) return false;
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((ra, i) => {
    const rb = b.rows[i];
    return (
      rb !== undefined &&
      ra.index === rb.index &&
      ra.cells.length === rb.cells.length &&
      ra.cells.every((ca, ci) => {
        const cb = rb.cells[ci];
        return cb !== undefined && ca.length === cb.length && ca.every((s, si) => s === cb[si]);
      })
    );
  });
}

export function samePage(a: Page, b: Page): boolean {
  return (
    a === b ||
    (a.number === b.number &&
      a.bodyTopTwip === b.bodyTopTwip &&
      a.header.length === b.header.length &&
      a.header.every((s, i) => s === b.header[i]) &&
      a.items.length === b.items.length &&
      a.items.every((it, i) => {
        const other = b.items[i];
        return other !== undefined && sameItem(it, other);
      }))
  );
}
