import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import type { Item } from '../../../shared/model/plan.ts';
import { useEditorSession } from '../session/EditorSessionContext.tsx';
import { LazyBuiltContext, useLazyFields, useStartsLazy } from './lazyFields.ts';

const TASK_FIELDS = ['lead', 'coordinating', 'timeline', 'deliverable'] as const;

/** An item and its sub-items: their ids, and the addresses of every field they show. */
function itemTree(item: Item, ids: string[], fields: FieldAddress[]): void {
  ids.push(item.id);
  fields.push({ kind: 'itemTitle', item: item.id }, { kind: 'itemBody', item: item.id });
  for (const field of TASK_FIELDS) fields.push({ kind: 'taskField', item: item.id, field });
  for (const child of item.children) itemTree(child, ids, fields);
}

/** Height a not-yet-rendered item is given (px), from what it holds: the scroll bar stays near. */
function estimatedHeight(item: Item): number {
  const own = item.children.length === 0 ? 445 : 165;
  return item.children.reduce((h, c) => h + estimatedHeight(c), own);
}

/**
 * A top-level item of a large plan (renderer/editor/lazy/lazyFields.ts): an empty box of about its
 * height until it nears the editor column's view, then the item itself, for good. Building the
 * inputs of all 300 tasks was most of the time to open a 100-page plan (issue 13). A jump into it
 * (a finding, the banner of refused values, the outline, the keys) mounts it first: its fields are
 * registered with the editor session, and its items with the lazy fields for the outline.
 */
export function LazyBlock({ item, children }: { item: Item; children: ReactNode }) {
  const lazy = useLazyFields();
  const session = useEditorSession();
  const startsLazy = useStartsLazy();
  const [mounted, setMounted] = useState(!startsLazy);
  // Its fields, once built, wait for the view like the rest (a block made by an edit has none).
  const [builtLater] = useState(startsLazy);
  const ref = useRef<HTMLDivElement>(null);
  const tree = useRef(item);
  useEffect(() => {
    tree.current = item;
  });
  useEffect(() => {
    const el = ref.current;
    if (mounted || !lazy || !el) return;
    const ids: string[] = [];
    const fields: FieldAddress[] = [];
    itemTree(tree.current, ids, fields);
    const now = () => flushSync(() => setMounted(true));
    const offs = [
      lazy.observe(el, () => startTransition(() => setMounted(true))),
      lazy.registerNodes(ids, now),
      ...(session ? fields.map((f) => session.registerLazy(f, now)) : []),
    ];
    return () => offs.forEach((off) => off());
  }, [mounted, lazy, session]);
  if (mounted) return <LazyBuiltContext.Provider value={builtLater}>{children}</LazyBuiltContext.Provider>;
  return (
    <div
      ref={ref}
      className="item item-depth-1 lazy-block"
      data-item-id={item.id}
      style={{ height: estimatedHeight(item) }}
    />
  );
}
