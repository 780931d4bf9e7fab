import type { Item, Plan, SectionNode } from '../../shared/model/plan.ts';
import { appendChild, insertAfter, removeNode, updateItem } from './planEdit.ts';

/** Items nest at most three levels (1, 1.1, a): the numbering of NĐ 30 plans has no fourth. */
export const MAX_DEPTH = 3;

/** Where an item is: its siblings, its place among them, its depth (1 = under the section), its parent. */
export interface ItemPlace {
  siblings: readonly SectionNode[];
  index: number;
  depth: number;
  parent: Item | null;
}

export function findItem(plan: Plan, id: string): ItemPlace | null {
  const walk = (list: readonly SectionNode[], depth: number, parent: Item | null): ItemPlace | null => {
    const index = list.findIndex((n) => n.id === id);
    if (index >= 0) return list[index]?.type === 'item' ? { siblings: list, index, depth, parent } : null;
    for (const n of list) {
      if (n.type !== 'item') continue;
      const found = walk(n.children, depth + 1, n);
      if (found) return found;
    }
    return null;
  };
  for (const s of plan.sections) {
    const found = walk(s.content, 1, null);
    if (found) return found;
  }
  return null;
}

/** Levels an item's subtree spans: 1 for an item without children. */
const height = (item: Item): number => 1 + Math.max(0, ...item.children.map(height));

/** An item at `depth` after an item (`prevIsItem`) can go under it when its subtree still fits. */
export const canIndentHere = (prevIsItem: boolean, depth: number, item: Item): boolean =>
  prevIsItem && depth + height(item) <= MAX_DEPTH;

/** Can the item go one level in, under the item before it (and stay within three levels)? */
export function canIndent(plan: Plan, id: string): boolean {
  const at = findItem(plan, id);
  if (!at || at.index === 0) return false;
  return canIndentHere(at.siblings[at.index - 1]?.type === 'item', at.depth, at.siblings[at.index] as Item);
}

export const canOutdent = (plan: Plan, id: string): boolean => (findItem(plan, id)?.depth ?? 0) > 1;

/** "Thụt lề": the item becomes the last child of the item before it (2 → 1.3). */
export function indentItem(plan: Plan, id: string): Plan {
  if (!canIndent(plan, id)) return plan;
  const at = findItem(plan, id)!;
  const item = at.siblings[at.index] as Item;
  const prev = at.siblings[at.index - 1] as Item;
  return appendChild(removeNode(plan, id), prev.id, item);
}

/**
 * "Giảm thụt lề": the item comes out after its parent (1.2 → 2). The items that followed it under
 * the same parent become its children, so the text keeps its reading order (as in Word's outline).
 */
export function outdentItem(plan: Plan, id: string): Plan {
  const at = findItem(plan, id);
  if (!at || !at.parent) return plan;
  const item = at.siblings[at.index] as Item;
  const following = at.siblings.slice(at.index + 1) as Item[];
  const parentId = at.parent.id;
  const cut = updateItem(plan, parentId, (p) => ({ ...p, children: p.children.slice(0, at.index) }));
  return insertAfter(cut, parentId, { ...item, children: [...item.children, ...following] });
}
