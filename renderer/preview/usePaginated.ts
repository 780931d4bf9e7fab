import { startTransition, useEffect, useState } from 'react';
import { paginate, setLayoutSteps, type PaginatedSection } from '../../shared/format/layout/paginate.ts';
import type { PlanLayout } from '../../shared/format/layout/types.ts';
import { whenIdle } from './idle.ts';

/** Work per idle slice when the browser gives no idle time left (a timed-out idle callback). */
const MIN_SLICE_MS = 6;
/** Never more per slice, whatever idle time is left: a keystroke then waits at most this long. */
const MAX_SLICE_MS = 12;

/**
 * The pages of `layout`, paginated in idle slices (issue 13: the first layout of the 300-task plan,
 * ≈ 100 ms of line breaking, was one long task right after opening it). The paragraphs are set a
 * block at a time while the main thread is idle; the dealing onto pages, fast once every paragraph
 * is set, follows at transition priority. Until then the pages of the previous layout stay (null
 * before the first); `current` says whether they are those of `layout`. Where there is no idle
 * callback (a static render) the pages are computed at once.
 */
export function usePaginated(layout: PlanLayout): { sections: PaginatedSection[] | null; current: boolean } {
  const sync = typeof requestIdleCallback !== 'function';
  const [done, setDone] = useState<{ layout: PlanLayout; sections: PaginatedSection[] } | null>(null);

  useEffect(() => {
    if (sync || done?.layout === layout) return;
    const steps = setLayoutSteps(layout);
    let cancel = (): void => {};
    const slice = (deadline: { timeRemaining: () => number }): void => {
      const budget = Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, deadline.timeRemaining()));
      const start = performance.now();
      while (performance.now() - start < budget) {
        if (steps.next().done) {
          startTransition(() => setDone({ layout, sections: paginate(layout) }));
          return;
        }
      }
      cancel = whenIdle(slice);
    };
    cancel = whenIdle(slice);
    return () => cancel();
  }, [layout, done, sync]);

  if (sync) return { sections: paginate(layout), current: true };
  return { sections: done?.sections ?? null, current: done?.layout === layout };
}
