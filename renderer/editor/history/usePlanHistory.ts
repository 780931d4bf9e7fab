import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../shared/model/plan.ts';
import { takeCarriedUndo } from './carriedUndo.ts';
import { historyKey } from './historyKey.ts';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from './planHistory.ts';

/** How long the notice after a deletion stays, unless the next edit replaces it first. */
export const NOTICE_MS = 10_000;

export interface DeletionNotice {
  text: string;
  /** Each deletion is a new notice (its own timer), even with the same text. */
  seq: number;
}

export interface PlanHistoryApi {
  /** Record an edit already applied (call after every setPlan that changed the plan). */
  track: (next: Plan) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  notice: DeletionNotice | null;
  notifyDeleted: (text: string) => void;
  dismissNotice: () => void;
}

/** The `data-field` key of the focused field: typing there coalesces into one undo step. */
function focusedFieldKey(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement ? (el.closest('[data-field]')?.getAttribute('data-field') ?? null) : null;
}

/** Inside a text field its own undo applies (the browser's, or Lexical's), not the plan's. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog')) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Plan-level undo and redo for the editor. `apply` is the editor's own path for a new plan (state,
 * then the autosaver), so an undone step is saved like any edit. An issued plan (readOnly) has none.
 */
export function usePlanHistory(
  initial: Plan,
  apply: (plan: Plan) => void,
  readOnly: boolean,
  planId?: string,
): PlanHistoryApi {
  // After "Khôi phục" the editor opens afresh; the plan from before the restore is its step back.
  const [carried] = useState(() => (planId === undefined ? null : takeCarriedUndo(planId)));
  const history = useRef<History<Plan>>(
    carried === null || readOnly
      ? createHistory(initial)
      : { past: [carried.plan], present: initial, future: [], lastKey: null, lastAt: 0 },
  );
  const [flags, setFlags] = useState({ canUndo: !readOnly && carried !== null, canRedo: false });
  const [notice, setNotice] = useState<DeletionNotice | null>(
    carried === null || readOnly ? null : { text: carried.notice, seq: 1 },
  );
  const seq = useRef(1);

  const sync = useCallback(() => {
    const h = history.current;
    setFlags({ canUndo: !readOnly && canUndo(h), canRedo: !readOnly && canRedo(h) });
  }, [readOnly]);

  const track = useCallback(
    (next: Plan) => {
      history.current = record(history.current, next, { key: focusedFieldKey(), now: Date.now() });
      sync();
      setNotice(null);
    },
    [sync],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (readOnly) return;
      const h = direction === 'undo' ? undo(history.current) : redo(history.current);
      if (h === history.current) return;
      history.current = h;
      apply(h.present);
      sync();
      setNotice(null);
    },
    [apply, readOnly, sync],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyKey(e);
      if (!action || e.defaultPrevented || isTextField(e.target)) return;
      e.preventDefault();
      step(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  useEffect(() => {
    if (!notice) return;
    const id = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(id);
  }, [notice]);

  const notifyDeleted = useCallback((text: string) => setNotice({ text, seq: ++seq.current }), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return {
    track,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    ...flags,
    notice,
    notifyDeleted,
    dismissNotice,
  };
}
