import { startTransition, useCallback, useEffect, useState, type RefObject } from 'react';
import { whenIdle } from './idle.ts';

/** Pages drawn on the first render, before anything is known of the panel's scroll position. */
const FIRST_PAGES = 3;
/** Pages added per idle slice: each costs a few milliseconds of React and DOM work. */
const FILL_CHUNK = 3;

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
 * Which pages (by `pageKeys`, in document order) have their text drawn. Issue 13: drawing the 100
 * pages of a large plan at once made opening it slow. The first few pages are drawn at once, the
 * pages near the panel's view as soon as they come within a screen of it (an IntersectionObserver
 * on the page boxes), and the rest a few at a time while the main thread is idle, so that the
 * whole preview is there (for the page count, the find-in-page and the screen reader) without a
 * long task. Undrawn pages keep their exact size. Without IntersectionObserver (a static render)
 * every page is drawn.
 */
export function useDrawnPages(
  rootRef: RefObject<HTMLElement | null>,
  pageKeys: readonly string[],
): { isDrawn: (key: string) => boolean; complete: boolean } {
  const observable = typeof IntersectionObserver === 'function';
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set(pageKeys.slice(0, FIRST_PAGES)));
  const add = useCallback(
    (keys: readonly string[]): void =>
      startTransition(() =>
        setDrawn((prev) => (keys.every((k) => prev.has(k)) ? prev : new Set([...prev, ...keys]))),
      ),
    [],
  );

  // Pages within a screen of the view, above or below.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !observable) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((e) => e.isIntersecting)
          .map((e) => (e.target as HTMLElement).dataset.pageKey);
        const keys = near.filter((k): k is string => k !== undefined);
        if (keys.length > 0) add(keys);
      },
      { root: scrollingAncestor(root), rootMargin: '100% 0px' },
    );
    for (const el of root.querySelectorAll('[data-page-key]')) observer.observe(el);
    return () => observer.disconnect();
  }, [rootRef, pageKeys, observable, add]);

  // The rest, a few pages per idle slice.
  useEffect(() => {
    if (!observable) return;
    const missing = pageKeys.filter((k) => !drawn.has(k)).slice(0, FILL_CHUNK);
    if (missing.length === 0) return;
    return whenIdle(() => add(missing));
  }, [pageKeys, drawn, observable, add]);

  return {
    isDrawn: (key) => !observable || drawn.has(key),
    complete: !observable || pageKeys.every((k) => drawn.has(k)),
  };
}
