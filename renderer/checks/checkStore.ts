import { useSyncExternalStore } from 'react';
import type { RichText } from '../../shared/model/richText.ts';
import type { FieldMarks, Mark } from './fieldTargets.ts';

/**
 * What the checks panel tells the editor's fields, and what the fields tell the panel. The panel
 * sits in the side panel and the fields in the form, with no common parent of this feature's own,
 * so they meet here: one store for the one open editor.
 */

/** What a rich-text field lets the panel do with it. */
export interface RichFieldHandle {
  /** Focus the field and select a range of one of its paragraphs. */
  select(paragraph: number, start: number, end: number): void;
  /** The caret as paragraph and offset (the last one, if the field has lost focus), or null. */
  caret(): { paragraph: number; offset: number } | null;
  /** Insert text carrying a registry id (`cite`) at the caret, or at the end without one. */
  insertCitation(text: string, cite: string): void;
}

interface State {
  owners: Map<RichText, string>;
  marks: FieldMarks;
  /** The rich-text field the drafter was last in, where a citation is inserted. */
  active: string | null;
}

const EMPTY_MARKS: FieldMarks = { rich: new Map(), inputs: new Map() };
let state: State = { owners: new Map(), marks: EMPTY_MARKS, active: null };
const listeners = new Set<() => void>();
const handles = new Map<string, RichFieldHandle>();

function set(patch: Partial<State>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const checkStore = {
  setOwners(owners: Map<RichText, string>): void {
    set({ owners });
  },
  setMarks(marks: FieldMarks): void {
    set({ marks });
  },
  /** The editor closed: nothing is marked, nothing is active. */
  reset(): void {
    set({ owners: new Map(), marks: EMPTY_MARKS, active: null });
  },
  setActive(key: string): void {
    if (state.active !== key) set({ active: key });
  },
  active(): string | null {
    return state.active;
  },
  register(key: string, handle: RichFieldHandle): () => void {
    handles.set(key, handle);
    return () => {
      if (handles.get(key) === handle) handles.delete(key);
    };
  },
  handle(key: string): RichFieldHandle | undefined {
    return handles.get(key);
  },
};

const NO_MARKS: Mark[] = [];

/** The key of the rich-text field editing `value` (the plan's own array), or null outside a plan. */
export function useRichKey(value: RichText): string | null {
  return useSyncExternalStore(subscribe, () => state.owners.get(value) ?? null);
}

export function useRichMarks(key: string | null): Mark[] {
  return useSyncExternalStore(subscribe, () =>
    key === null ? NO_MARKS : (state.marks.rich.get(key) ?? NO_MARKS),
  );
}

export function useInputMarks(testId: string | undefined): Mark[] {
  return useSyncExternalStore(subscribe, () =>
    testId === undefined ? NO_MARKS : (state.marks.inputs.get(testId) ?? NO_MARKS),
  );
}

export function useActiveField(): string | null {
  return useSyncExternalStore(subscribe, () => state.active);
}
