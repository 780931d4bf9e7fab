import { useEffect, useSyncExternalStore } from 'react';
import { ParseCache } from '../../../shared/citations/parseCache.ts';
import { fieldKey, type FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { referenceTitles, type ReferenceTitle } from '../../../shared/model/refs/referenceTitles.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { EditorSession } from '../session/editorSession.ts';
import { useEditorSession } from '../session/EditorSessionContext.tsx';

const NONE: readonly ReferenceTitle[] = [];

/**
 * The plan's linked internal references by field, re-linked as the plan changes. A field's list keeps
 * its identity while its references are unchanged, so typing elsewhere re-renders no other field.
 */
export class ReferenceStore {
  private byField = new Map<string, readonly ReferenceTitle[]>();
  private json = new Map<string, string>();
  private listeners = new Set<() => void>();
  private cache = new ParseCache();

  update(plan: Plan): void {
    const next = referenceTitles(plan, this.cache);
    this.cache.sweep();
    const byField = new Map<string, readonly ReferenceTitle[]>();
    const json = new Map<string, string>();
    for (const [key, list] of next) {
      const j = JSON.stringify(list);
      json.set(key, j);
      byField.set(key, this.json.get(key) === j ? (this.byField.get(key) ?? list) : list);
    }
    this.byField = byField;
    this.json = json;
    this.listeners.forEach((l) => l());
  }

  get(key: string): readonly ReferenceTitle[] {
    return this.byField.get(key) ?? NONE;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

// One store per editor session (one per open plan): the fields find it through the session they
// already read their check marks from, so the screen needs no extra provider around its form.
const stores = new WeakMap<EditorSession, ReferenceStore>();
function storeOf(session: EditorSession | null): ReferenceStore | null {
  if (!session) return null;
  let store = stores.get(session);
  if (!store) {
    store = new ReferenceStore();
    stores.set(session, store);
  }
  return store;
}

/**
 * How long typing pauses before the references are linked again: linking walks the whole plan
 * (≈ 5–15 ms on the 100-page plan, ≈ 80 ms the first time), too much for every keystroke or for
 * the opening; the hover lines may lag a moment.
 */
const LINK_DELAY_MS = 250;

/** Links the references of the open plan once it has been shown, and again once typing pauses. */
export function ReferenceLinker({ plan }: { plan: Plan }) {
  const store = storeOf(useEditorSession());
  useEffect(() => {
    if (!store) return;
    const timer = setTimeout(() => store.update(plan), LINK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, plan]);
  return null;
}

const noop = () => () => {};

/** The linked references of one field (none outside an editor). */
export function useFieldReferences(field: FieldAddress | undefined): readonly ReferenceTitle[] {
  const store = storeOf(useEditorSession());
  const key = field ? fieldKey(field) : null;
  return useSyncExternalStore(store?.subscribe ?? noop, () =>
    store && key !== null ? store.get(key) : NONE,
  );
}

/** The hover line of a one-line input: the targets its references name, as it reads now. */
export function referencesTooltip(
  refs: readonly ReferenceTitle[],
  value: string,
  lang: 'vi' | 'en',
): string | undefined {
  const lines = refs
    .filter((r) => r.paragraph === 0 && value.slice(r.start, r.end) === r.text)
    .map((r) => `${r.text} ${lang === 'en' ? r.titleEn : r.title}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The hover line of an input's references, in the UI language. */
export function useReferencesTooltip(field: FieldAddress | undefined, value: string): string | undefined {
  const refs = useFieldReferences(field);
  const { lang } = useI18n();
  return referencesTooltip(refs, value, lang);
}

/** Tooltip lines from several sources; none at all is no tooltip. */
export function joinLines(...lines: Array<string | undefined>): string | undefined {
  const present = lines.filter((l): l is string => l !== undefined && l !== '');
  return present.length > 0 ? present.join('\n') : undefined;
}
