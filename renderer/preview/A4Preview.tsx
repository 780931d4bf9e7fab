import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Plan } from '../../shared/model/plan.ts';
import { ND30 } from '../../shared/format/nd30.ts';
import { layoutPlan } from '../../shared/format/layout/layoutPlan.ts';
import { paginate, type PaginatedSection } from '../../shared/format/layout/paginate.ts';
import { ParagraphLines, pt, TablePiece } from './PreviewBlocks.tsx';

/**
 * Live A4 preview of a plan: the printed layout (shared/format/layout, the same one the Word export
 * writes) dealt onto pages by the paginator, which sets lines with the metrics LibreOffice uses for
 * the exported file. So the preview shows the pages the printed file will have, each beginning with
 * the same line; nothing here measures the DOM or re-flows text.
 *
 * Each appendix is a section of its own, landscape when set, numbered from 1 again (no number on its
 * first page), its table's header row repeated on the pages it continues on.
 */
export type PreviewZoom = 'fit' | 'actual' | 'page';

export interface A4PreviewProps {
  plan: Plan;
  draft: boolean;
  /** Fit the panel's width (default), real size, or a whole page in the panel. */
  zoom?: PreviewZoom;
  /** What a draft exported now would print under its mark: "Lần 3 — 05/01/2021 14:30". */
  revision?: number | null;
  exportedAt?: string | null;
}

const PX_PER_PT = 96 / 72;
/** Scale shown before the panel has been measured (and in static renders): a portrait page in a side panel. */
const UNMEASURED_SCALE = 0.45;
const PAGE_GAP_PT = 16;
/** The panel's own head above the pages, kept visible with a whole page. */
const PANEL_CHROME_PX = 48;

function pageScale(
  zoom: PreviewZoom,
  s: PaginatedSection,
  room: { width: number; height: number } | null,
): number {
  if (zoom === 'actual') return 1;
  if (!room || room.width <= 0) return UNMEASURED_SCALE;
  const w = (s.paperTwip.width / 20) * PX_PER_PT;
  const h = (s.paperTwip.height / 20 + PAGE_GAP_PT) * PX_PER_PT;
  const fitWidth = room.width / w;
  return zoom === 'fit' ? fitWidth : Math.min(fitWidth, room.height > 0 ? room.height / h : fitWidth);
}

const fontFamily = `"${ND30.font.family}", "Liberation Serif", Tinos, serif`;

export function A4Preview({ plan, draft, zoom = 'fit', revision = null, exportedAt = null }: A4PreviewProps) {
  const sections = useMemo(
    () => paginate(layoutPlan(plan, { draft, revision, exportedAt })),
    [plan, draft, revision, exportedAt],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<{ width: number; height: number } | null>(null);

  // The room the panel gives the pages: its width (fit width), and its visible height (whole page).
  useLayoutEffect(() => {
    const root = rootRef.current;
    const host = root?.parentElement;
    if (!root || !host) return;
    // A whole page fits the height the user sees: that of the nearest scrolling box (the side panel).
    let scroller: HTMLElement | null = host.parentElement;
    while (scroller && !/(auto|scroll)/u.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement;
    }
    const measure = (): void => {
      const cs = getComputedStyle(host);
      const padY = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
      const visible =
        Math.min(scroller?.clientHeight ?? Infinity, window.innerHeight) - padY - PANEL_CHROME_PX;
      const next = { width: root.clientWidth, height: visible };
      setRoom((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={rootRef} className="a4-preview" data-testid="a4-preview" lang="vi" data-zoom={zoom}>
      {sections.map((section, si) => {
        const { margins } = section.page;
        const scale = pageScale(zoom, section, room);
        const orientation = section.page.landscape ? 'landscape' : 'portrait';
        const pageCss: CSSProperties = {
          position: 'relative',
          width: pt(section.paperTwip.width),
          height: pt(section.paperTwip.height),
          margin: `0 auto ${PAGE_GAP_PT}pt`,
          background: '#fff',
          color: `#${ND30.font.color}`,
          fontFamily,
          boxShadow: '0 1px 4px rgba(0,0,0,.25)',
          overflow: 'hidden',
          zoom: scale,
          // Off-screen pages skip style, layout and paint (issue 13: a 100-page preview re-laid by
          // the browser after each edit); the page's fixed size keeps the scroll height exact.
          contentVisibility: 'auto',
        };
        const frame = (top: number): CSSProperties => ({
          position: 'absolute',
          top: pt(top),
          left: pt(margins.left),
          width: pt(section.textWidthTwip),
        });
        return section.pages.map((page) => (
          <div
            key={`${section.key}-${page.number}`}
            style={pageCss}
            data-page={page.number}
            data-section={si}
            data-orientation={orientation}
          >
            <div style={frame(margins.header)} data-part="header">
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
          </div>
        ));
      })}
    </div>
  );
}
