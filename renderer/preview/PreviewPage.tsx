import { memo, type CSSProperties } from 'react';
import { ND30 } from '../../shared/format/nd30.ts';
import type { Page, PageItem } from '../../shared/format/layout/paginate.ts';
import type { LayoutTable } from '../../shared/format/layout/types.ts';
import { ParagraphLines, pt, TablePiece } from './PreviewBlocks.tsx';

export const PAGE_GAP_PT = 16;
const fontFamily = `"${ND30.font.family}", "Liberation Serif", Tinos, serif`;

export interface PreviewPageProps {
  /** `section key-page number`: what the preview tracks as drawn or not. */
  pageKey: string;
  page: Page;
  sectionIndex: number;
  landscape: boolean;
  paperWidthTwip: number;
  paperHeightTwip: number;
  marginLeftTwip: number;
  marginHeaderTwip: number;
  textWidthTwip: number;
  scale: number;
  /** False: the page's box alone, its size exact (scrolling and page count stay right), no text yet. */
  drawn: boolean;
}

/**
 * One A4 page of the preview. Memoised on what it prints: the paginator builds new page objects on
 * each pass, but a page whose lines are the same SetParagraphs (the layout's cache hands back the same
 * object for an unchanged paragraph) is not rendered again.
 */
export const PreviewPage = memo(function PreviewPage(props: PreviewPageProps) {
  const { page } = props;
  const pageCss: CSSProperties = {
    position: 'relative',
    width: pt(props.paperWidthTwip),
    height: pt(props.paperHeightTwip),
    margin: `0 auto ${PAGE_GAP_PT}pt`,
    background: '#fff',
    color: `#${ND30.font.color}`,
    fontFamily,
    boxShadow: '0 1px 4px rgba(0,0,0,.25)',
    overflow: 'hidden',
    zoom: props.scale,
    // Off-screen pages skip style, layout and paint (issue 13); the page's fixed size keeps the
    // scroll height exact.
    contentVisibility: 'auto',
  };
  const frame = (top: number): CSSProperties => ({
    position: 'absolute',
    top: pt(top),
    left: pt(props.marginLeftTwip),
    width: pt(props.textWidthTwip),
  });
  return (
    <div
      style={pageCss}
      data-page={page.number}
      data-section={props.sectionIndex}
      data-orientation={props.landscape ? 'landscape' : 'portrait'}
      data-page-key={props.pageKey}
    >
      {props.drawn ? (
        <>
          <div style={frame(props.marginHeaderTwip)} data-part="header">
            {page.header.map((set, i) => (
              <ParagraphLines key={i} set={set} pageNumber={page.number} />
            ))}
          </div>
          <div style={frame(page.bodyTopTwip)} data-part="body">
            {page.items.map((it, i) =>
              it.type === 'paragraph' ? (
                <ParagraphLines key={i} set={it.set} from={it.from} to={it.to} pageNumber={page.number} />
              ) : (
                <TablePiece key={i} piece={it} />
              ),
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}, samePageProps);

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

function samePage(a: Page, b: Page): boolean {
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

function samePageProps(a: PreviewPageProps, b: PreviewPageProps): boolean {
  return (
    a.pageKey === b.pageKey &&
    a.sectionIndex === b.sectionIndex &&
    a.landscape === b.landscape &&
    a.paperWidthTwip === b.paperWidthTwip &&
    a.paperHeightTwip === b.paperHeightTwip &&
    a.marginLeftTwip === b.marginLeftTwip &&
    a.marginHeaderTwip === b.marginHeaderTwip &&
    a.textWidthTwip === b.textWidthTwip &&
    a.scale === b.scale &&
    a.drawn === b.drawn &&
    samePage(a.page, b.page)
  );
}
