import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Page } from '../../shared/format/layout/paginate.ts';
import { whenIdle } from './idle.ts';
import { samePage } from './samePage.ts';

/** Pages drawn or brought up to date per idle slice: each costs a few milliseconds of DOM work. */
const FILL_CHUNK = 3;

/** A page of the preview under its key (`section key-page number`). */
export interface KeyedPage {
  key: string;
  page: Page;
}

const scrolls = (el: HTMLElement): boolean => /(auto|scroll)/u.test(getComputedStyle(el).overflowY);

/** The nearest ancestor that may scroll vertically: the side panel the pages stand in. */
export function scrollerOf(el: HTMLElement): HTMLElement | null {
  let s = el.parentElement;
  while (s && !scrolls(s)) s = s.parentElement;
  return s;
}

/** The nearest ancestor that does scroll the pages (the viewport, null, if none does). */
function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  let s = el.parentElement;
  while (s && !(scrolls(s) && s.scrollHeight > s.clientHeight)) s = s.parentElement;
  return s;
}

/**
 * What each page box shows (issue 13: drawing the 100 pages of a large plan at once made opening
 * it slow, and after an edit every later page changes, its lines shifted). Pages within a screen of
 * the side panel's view (an IntersectionObserver on the page boxes) show the current layout at
 * once. Every other page is drawn, or brought up to date, a few
 * at a time while the main thread is idle, so that the whole preview is there and current (for the
 * page count, find-in-page and the screen reader) without a long task; until then it shows nothing
 * or its previous content. `pageFor` gives the page to draw in a box (null: none yet, the box
 * alone); `complete` is true once every page shows the current layout. Without
 * IntersectionObserver (a static render) every page shows the current layout.
 */
export function useDrawnPages(
  rootRef: RefObject<HTMLElement | null>,
  pages: readonly KeyedPage[],
): { pageFor: (p: KeyedPage) => Page | null; complete: boolean } {
  const observable = typeof IntersectionObserver === 'function';
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  const [drawn, setDrawn] = useState<ReadonlyMap<string, Page>>(() => new Map());

  // Pages within a screen of the view, above or below: observed again when pages come or go.
  const keys = pages.map((p) => p.key).join('\n');
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !observable) return;
    const observer = new IntersectionObserver(
      (entries) =>
        startTransition(() =>
          setNear((prev) => {
            const next = new Set(prev);
            for (const e of entries) {
              const key = (e.target as HTMLElement).dataset.pageKey;
              if (key === undefined) continue;
              if (e.isIntersecting) next.add(key);
              else next.delete(key);
            }
            return next.size === prev.size && [...next].every((k) => prev.has(k)) ? prev : next;
          }),
        ),
      { root: scrollingAncestor(root), rootMargin: '100% 0px' },
    );
    for (const el of root.querySelectorAll('[data-page-key]')) observer.observe(el);
    return () => observer.disconnect();
  }, [rootRef, keys, observable]);

  // Near pages are drawn as they are now; a page elsewhere whose content did not change takes the
  // new page object without drawing anything.
  useEffect(() => {
    if (!observable) return;
    startTransition(() =>
      setDrawn((prev) => {
        let next: Map<string, Page> | null = null;
        for (const { key, page } of pages) {
          const old = prev.get(key);
          if (old === page) continue;
          if (near.has(key) || (old !== undefined && samePage(old, page))) {
            next ??= new Map(prev);
            next.set(key, page);
          }
        }
        return next ?? prev;
      }),
    );
  }, [pages, near, observable]);

  // The rest, a few pages per idle slice, in document order.
  useEffect(() => {
    if (!observable) return;
    const behind = pages.filter((p) => drawn.get(p.key) !== p.page).slice(0, FILL_CHUNK);
    if (behind.length === 0) return;
    return whenIdle(() =>
      startTransition(() =>
        setDrawn((prev) => {
          const next = new Map(prev);
          for (const { key, page } of behind) next.set(key, page);
          return next;
        }),
      ),
    );
  }, [pages, drawn, observable]);

  return {
    pageFor: ({ key, page }) => (!observable || near.has(key) ? page : (drawn.get(key) ?? null)),
    complete: !observable || pages.every((p) => drawn.get(p.key) === p.page),
  };
}
