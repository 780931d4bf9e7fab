/**
 * The plan-level undo history: past and future snapshots around the present one. Pure and immutable
 * (every step returns a new history), so React state can hold it and tests can drive it with a clock.
 * Plans are immutable values (every edit in planEdit.ts returns a new object sharing the unchanged
 * parts), so a snapshot costs only the path that changed.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The field of the last recorded step and when it was typed: consecutive typing there coalesces. */
  readonly lastKey: string | null;
  readonly lastAt: number;
}

/** Steps kept to undo: older ones are dropped (a working session rarely needs more). */
export const HISTORY_CAP = 200;
/** Keystrokes in one field closer together than this are one undo step. */
export const COALESCE_MS = 1000;

export interface RecordOptions {
  /** The field edited (its `data-field` key); null for a structural edit, which never coalesces. */
  key: string | null;
  now: number;
  cap?: number;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records `next` as the new present; a new edit clears what could be redone. */
export function record<T>(
  h: History<T>,
  next: T,
  { key, now, cap = HISTORY_CAP }: RecordOptions,
): History<T> {
  if (next === h.present) return h;
  const coalesce =
    key !== null && key === h.lastKey && now - h.lastAt <= COALESCE_MS && h.future.length === 0;
  if (coalesce) return { ...h, present: next, lastAt: now };
  const past = [...h.past, h.present];
  return {
    past: past.length > cap ? past.slice(past.length - cap) : past,
    present: next,
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

/** One step back, or the same history when there is nothing to undo. */
export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: prev,
    future: [h.present, ...h.future],
    lastKey: null,
    lastAt: 0,
  };
}

/** One step forward again, or the same history when there is nothing to redo. */
export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest, lastKey: null, lastAt: 0 };
}
