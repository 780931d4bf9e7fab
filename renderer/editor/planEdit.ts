import { newId } from '../../shared/model/ids.ts';
import type { Appendix, Item, Plan, Section, SectionNode, TaskFields } from '../../shared/model/plan.ts';

/**
 * Pure, structure-sharing edits of a plan: only the objects on the path to a change are new, so
 * React can skip untouched blocks. Nodes are addressed by id (stable under reordering); numbers are
 * never stored, so moving a node renumbers everything by itself.
 */

type NodeList = SectionNode[];

/**
 * `list` with `visit` applied to each element, the list itself when no element changed: a copy is
 * made only from the first changed element on (a keystroke walks every list of the plan, and a copy
 * of each made ≈ 0.5 MB of garbage per 30 keys on the 300-task plan, issue 13).
 */
function mapShared<T>(list: T[], visit: (x: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < list.length; i += 1) {
    const x = list[i]!;
    const y = visit(x);
    if (out === null && y !== x) out = list.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? list;
}

function mapLists(plan: Plan, fn: (list: NodeList) => NodeList): Plan {
  const visitItems = (items: Item[]): Item[] =>
    mapShared(fn(items) as Item[], (item) => {
      const children = visitItems(item.children);
      return children === item.children ? item : { ...item, children };
    });
  const visitNodes = (nodes: NodeList): NodeList =>
    mapShared(fn(nodes), (node) => {
      if (node.type !== 'item') return node;
      const children = visitItems(node.children);
      return children === node.children ? node : { ...node, children };
    });
  const sections = mapShared(plan.sections, (s) => {
    const content = visitNodes(s.content);
    return content === s.content ? s : { ...s, content };
  });
  return sections === plan.sections ? plan : { ...plan, sections };
}

/** Replace the node with this id (item or text block) wherever it is. */
export function updateNode<N extends SectionNode>(plan: Plan, id: string, fn: (node: N) => N): Plan {
  return mapLists(plan, (list) => {
    const i = list.findIndex((n) => n.id === id);
    if (i < 0) return list;
    const next = list.slice();
    next[i] = fn(list[i] as N);
    return next;
  });
}

export function updateItem(plan: Plan, id: string, fn: (item: Item) => Item): Plan {
  return updateNode<Item>(plan, id, fn);
}

export function updateTaskField(plan: Plan, id: string, key: keyof TaskFields, value: string): Plan {
  return updateItem(plan, id, (item) => {
    const fields: TaskFields = item.fields ?? {
      lead: null,
      coordinating: null,
      timeline: null,
      deliverable: null,
    };
    // An emptied field is "not given" (null), which is what the checks and the exporter look for.
    return { ...item, fields: { ...fields, [key]: value === '' ? null : value } };
  });
}

export function removeNode(plan: Plan, id: string): Plan {
  return mapLists(plan, (list) => (list.some((n) => n.id === id) ? list.filter((n) => n.id !== id) : list));
}

/** Move a node among its siblings by delta (-1 up, +1 down); a no-op at either end. */
export function moveNode(plan: Plan, id: string, delta: number): Plan {
  return mapLists(plan, (list) => {
    const i = list.findIndex((n) => n.id === id);
    const j = i + delta;
    if (i < 0 || j === i || j < 0 || j >= list.length) return list;
    const next = list.slice();
    const [node] = next.splice(i, 1);
    if (node) next.splice(j, 0, node);
    return next;
  });
}

export function emptyItem(withFields: boolean): Item {
  const item: Item = { type: 'item', id: newId('i'), title: '', body: [], children: [] };
  if (withFields) item.fields = { lead: null, coordinating: null, timeline: null, deliverable: null };
  return item;
}

/** Insert a new item right after the node with id `afterId`, among the same siblings. */
export function insertAfter(plan: Plan, afterId: string, node: SectionNode): Plan {
  return mapLists(plan, (list) => {
    const i = list.findIndex((n) => n.id === afterId);
    if (i < 0) return list;
    const next = list.slice();
    next.splice(i + 1, 0, node);
    return next;
  });
}

export function appendChild(plan: Plan, parentId: string, child: Item): Plan {
  return updateItem(plan, parentId, (item) => ({ ...item, children: [...item.children, child] }));
}

export function appendToSection(plan: Plan, sectionId: string, node: SectionNode): Plan {
  return updateSection(plan, sectionId, (s) => ({ ...s, content: [...s.content, node] }));
}

export function updateSection(plan: Plan, sectionId: string, fn: (s: Section) => Section): Plan {
  return { ...plan, sections: plan.sections.map((s) => (s.id === sectionId ? fn(s) : s)) };
}

export function updateAppendix(plan: Plan, id: string, fn: (a: Appendix) => Appendix): Plan {
  return { ...plan, appendices: plan.appendices.map((a) => (a.id === id ? fn(a) : a)) };
}

/** Generic list helpers for the flat string lists (căn cứ, nơi nhận, chữ ký). */
export function moveInArray<T>(list: T[], index: number, delta: number): T[] {
  const j = index + delta;
  if (j === index || index < 0 || index >= list.length || j < 0 || j >= list.length) return list;
  const next = list.slice();
  const [x] = next.splice(index, 1);
  next.splice(j, 0, x as T);
  return next;
}

export function replaceAt<T>(list: T[], index: number, value: T): T[] {
  const next = list.slice();
  next[index] = value;
  return next;
}

export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
