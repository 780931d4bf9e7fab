import { createContext, useContext } from 'react';
import type { Plan, SectionNode } from '../../../shared/model/plan.ts';

/**
 * Mounting a Lexical editor costs ≈ 3 ms; the 100-page plan has ≈ 330 rich-text fields, which made
 * opening it take over a second (issue 13). In a plan with more than this many, a field shows as
 * static text until it nears the view (or is focused, clicked or jumped to); a smaller plan mounts
 * every editor at once, which costs less than watching them.
 */
export const LAZY_FROM_FIELDS = 60;

/** How far (px) above and below the editor column's view a field is mounted ahead of being seen. */
const NEAR_MARGIN = 1200;

/** Watches fields until they near the editor column's view; null: mount every field at once. */
export interface LazyFields {
  /** Call `near` once `el` comes within the margin of the view; the returned function stops it. */
  observe(el: Element, near: () => void): () => void;
  /** The nodes (items, paragraphs) inside a lazy block, which `mountNode` mounts by id. */
  registerNodes(ids: readonly string[], mount: () => void): () => void;
  /** Mount the lazy block holding a node now (the outline jumps to it); false when none does. */
  mountNode(id: string): boolean;
  /**
   * True until the editor's first render has been committed: only what the opening renders waits;
   * a field or block made later (a new item, one moved out of its parent, an undone deletion) is
   * where the drafter works, and is built at once.
   */
  opening(): boolean;
  /** The opening render is committed. */
  opened(): void;
  /** Stop watching (the editor closed). */
  dispose(): void;
}

export const LazyFieldsContext = createContext<LazyFields | null>(null);

export function useLazyFields(): LazyFields | null {
  return useContext(LazyFieldsContext);
}

/**
 * True inside a block built after the opening because it neared the view (LazyBlock): its fields
 * wait to near the view too, like those the opening rendered.
 */
export const LazyBuiltContext = createContext(false);

/** Whether a field or block made now starts as its stand-in (see `LazyFields.opening`). */
export function useStartsLazy(): boolean {
  const lazy = useLazyFields();
  const built = useContext(LazyBuiltContext);
  return lazy !== null && (lazy.opening() || built);
}

function countNodes(nodes: readonly SectionNode[]): number {
  let n = 0;
  for (const node of nodes) n += node.type === 'item' ? 1 + countNodes(node.children) : 1;
  return n;
}

/** The rich-text fields of the plan's sections: one body per item and per paragraph of text. */
export function sectionRichFields(plan: Plan): number {
  return plan.sections.reduce((n, s) => n + countNodes(s.content), 0);
}

/**
 * Whether a field is within [top, bottom] of the view. Items out of view skip their layout
 * (content-visibility: auto, styles.css) and measuring anything inside a skipped item lays it out
 * again: so the field's top-level block is measured first (it is laid out), and only if that one is
 * near, the field's own item (or paragraph of text).
 */
export function isNear(el: Element, top: number, bottom: number): boolean {
  const within = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.bottom >= top && r.top <= bottom;
  };
  const outer = el.closest('.block-body > .item, .block-body > .textblock');
  if (outer && !within(outer)) return false;
  return within(el.closest('.item, .textblock') ?? el);
}

/**
 * Watches the fields against the scrolling editor column (found from the first field watched), once
 * a frame at most, on its scroll and on the window's resize. (An IntersectionObserver cannot do it
 * here: the column is a <fieldset>, which scrolls an anonymous box that clips the root margin away.)
 * A field that moves into view without a scroll (the block above it deleted) stays static text until
 * the next scroll, focus or click: it looks the same and works the same.
 */
export function createLazyFields(): LazyFields {
  const waiting = new Map<Element, () => void>();
  const nodes = new Map<string, () => void>();
  let root: Element | null = null;
  let opening = true;
  let frame = 0;
  const check = () => {
    frame = 0;
    const view = root?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    const top = view.top - NEAR_MARGIN;
    const bottom = view.bottom + NEAR_MARGIN;
    const near: Array<() => void> = [];
    for (const [el, mount] of waiting) {
      if (isNear(el, top, bottom)) {
        waiting.delete(el);
        near.push(mount);
      }
    }
    for (const mount of near) mount();
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(check);
  };
  return {
    observe(el, near) {
      if (root === null) {
        root = el.closest('.doc-form');
        root?.addEventListener('scroll', schedule, { passive: true });
        window.addEventListener('resize', schedule);
      }
      waiting.set(el, near);
      schedule();
      return () => {
        waiting.delete(el);
      };
    },
    opening: () => opening,
    opened() {
      opening = false;
    },
    registerNodes(ids, mount) {
      for (const id of ids) nodes.set(id, mount);
      return () => {
        for (const id of ids) if (nodes.get(id) === mount) nodes.delete(id);
      };
    },
    mountNode(id) {
      const mount = nodes.get(id);
      mount?.();
      return mount !== undefined;
    },
    dispose() {
      waiting.clear();
      nodes.clear();
      cancelAnimationFrame(frame);
      root?.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    },
  };
}
