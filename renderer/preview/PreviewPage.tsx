import { memo, type CSSProperties } from 'react';
import { ND30 } from '../../shared/format/nd30.ts';
import type { Page } from '../../shared/format/layout/paginate.ts';
import { samePage } from './samePage.ts';
import { ParagraphLines, pt, TablePiece } from './PreviewBlocks.tsx';

export const PAGE_GAP_PT = 16;
const fontFamily = `"${ND30.font.family}", "Liberation Serif", Tinos, serif`;

export interface PreviewPageProps {
  /** `section key-page number`: what the preview tracks as drawn or not. */
  pageKey: string;
  /** The page's number in its section (the box's; what it shows may be a moment behind). */
  pageNumber: number;
  /** What the box shows: the page's lines, or null for the box alone (its size exact, no text yet). */
  page: Page | null;
  sectionIndex: number;
  landscape: boolean;
  paperWidthTwip: number;
  paperHeightTwip: number;
  marginLeftTwip: number;
  marginHeaderTwip: number;
  textWidthTwip: number;
  scale: number;
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
      data-page={props.pageNumber}
      data-section={props.sectionIndex}
      data-orientation={props.landscape ? 'landscape' : 'portrait'}
      data-page-key={props.pageKey}
    >
      {page ? (
        <>
          <div style={frame(props.marginHeaderTwip)} data-part="header">
            {page.header.map((set, i) => (
              <ParagraphLines key={i} set={set} pageNumber={page.number} />
            ))}
          </div>
          <div style={frame(page.bodyTopTwip)} data-part="body">
            {/* Keyed by block: when lines move onto the next page, the paragraphs that stay keep their
                nodes (each DOM change costs, in the editor's large document). */}
            {page.items.map((it) =>
              it.type === 'paragraph' ? (
                <ParagraphLines
                  key={it.block}
                  set={it.set}
                  from={it.from}
                  to={it.to}
                  pageNumber={page.number}
                />
              ) : (
                <TablePiece key={it.block} piece={it} />
              ),
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}, samePageProps);

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
    a.pageNumber === b.pageNumber &&
    (a.page === b.page || (a.page !== null && b.page !== null && samePage(a.page, b.page)))
  );
}
