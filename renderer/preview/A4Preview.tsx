import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Plan } from '../../shared/model/plan.ts';
import { layoutPlan } from '../../shared/format/layout/layoutPlan.ts';
import type { PaginatedSection } from '../../shared/format/layout/paginate.ts';
import { PAGE_GAP_PT, PreviewPage } from './PreviewPage.tsx';
import { scrollerOf, useDrawnPages } from './useDrawnPages.ts';
import { usePaginated } from './usePaginated.ts';

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
const NO_SECTIONS: PaginatedSection[] = [];
/** Scale shown before the panel has been measured (and in static renders): a portrait page in a side panel. */
const UNMEASURED_SCALE = 0.45;
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

/** Memoised: the panel around it renders on each keystroke, the preview only when its plan is taken. */
export const A4Preview = memo(function A4Preview({
  plan,
  draft,
  zoom = 'fit',
  revision = null,
  exportedAt = null,
}: A4PreviewProps) {
  const layout = useMemo(
    () => layoutPlan(plan, { draft, revision, exportedAt }),
    [plan, draft, revision, exportedAt],
  );
  const { sections: paginated, current } = usePaginated(layout);
  const sections = paginated ?? NO_SECTIONS;
  const rootRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<{ width: number; height: number } | null>(null);
  const keyed = useMemo(
    () => sections.flatMap((s) => s.pages.map((page) => ({ key: `${s.key}-${page.number}`, page }))),
    [sections],
  );
  const { pageFor, complete } = useDrawnPages(rootRef, keyed);

  // The room the panel gives the pages: its width (fit width), and its visible height (whole page).
  useLayoutEffect(() => {
    const root = rootRef.current;
    const host = root?.parentElement;
    if (!root || !host) return;
    // A whole page fits the height the user sees: that of the nearest scrolling box (the side panel).
    const scroller = scrollerOf(host);
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
    <div
      ref={rootRef}
      className="a4-preview"
      data-testid="a4-preview"
      lang="vi"
      data-zoom={zoom}
      // Busy while pages are still being drawn (a screen reader waits; tests read the whole text after).
      aria-busy={!current || !complete}
    >
      {sections.map((section, si) => {
        const scale = pageScale(zoom, section, room);
        return section.pages.map((page) => {
          const key = `${section.key}-${page.number}`;
          return (
            <PreviewPage
              key={key}
              pageKey={key}
              pageNumber={page.number}
              page={pageFor({ key, page })}
              sectionIndex={si}
              landscape={section.page.landscape}
              paperWidthTwip={section.paperTwip.width}
              paperHeightTwip={section.paperTwip.height}
              marginLeftTwip={section.page.margins.left}
              marginHeaderTwip={section.page.margins.header}
              textWidthTwip={section.textWidthTwip}
              scale={scale}
            />
          );
        });
      })}
    </div>
  );
});
