import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './idle.ts';

/**
 * `value` once it has stopped changing for `delayMs` (issue 13: the A4 preview re-lays out the whole
 * plan, and a keystroke must never wait for that). The first value is taken when the main thread is
 * idle after the first paint, so opening a plan shows the editor before the preview is laid out;
 * null until then. Later values follow once typing pauses, at transition priority (a keystroke that
 * comes while React renders the preview interrupts it).
 */
/**
 * Once typing has paused, how long the settled value may still wait for an idle period. A trace of
 * typing in Chromium showed the idle callback starved for 570 ms after the pause's timer: the settled
 * render, then the checks and the reference linking that follow it, all ran when the autosave did,
 * as typing resumed (issue 13). Bounded, they run within the pause.
 */
const PAUSED_IDLE_TIMEOUT_MS = 100;

export function useSettledValue<T>(value: T, delayMs: number): T | null {
  const [settled, setSettled] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (settled !== null && settled.value === value) return;
    const take = (): void => startTransition(() => setSettled({ value }));
    if (settled === null) return whenIdle(take);
    let cancelIdle = (): void => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(take, PAUSED_IDLE_TIMEOUT_MS)), delayMs);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [value, delayMs, settled]);
  return settled === null ? null : settled.value;
}
