import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './idle.ts';

/**
 * `value` once it has stopped changing for `delayMs` (issue 13: the A4 preview re-lays out the whole
 * plan, and a keystroke must never wait for that). The first value is taken when the main thread is
 * idle after the first paint, so opening a plan shows the editor before the preview is laid out;
 * null until then. Later values follow once typing pauses, at transition priority (a keystroke that
 * comes while React renders the preview interrupts it).
 */
export function useSettledValue<T>(value: T, delayMs: number): T | null {
  const [settled, setSettled] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (settled !== null && settled.value === value) return;
    const take = (): void => startTransition(() => setSettled({ value }));
    if (settled === null) return whenIdle(take);
    let cancelIdle = (): void => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(take)), delayMs);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [value, delayMs, settled]);
  return settled === null ? null : settled.value;
}
