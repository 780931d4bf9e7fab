import type { Item, Plan, Section } from './plan.ts';

/**
 * Numbers are derived from position, never typed: sections I, II…; items 1, 2…; sub-items 1.1, 1.2…;
 * a third level a), b)…. Reordering anything renumbers everything, and internal references (runs with
 * a `ref`) are re-rendered from this map.
 */
export interface NumberLabel {
  /** "II", "1", "1.1", "a" */
  label: string;
  /** As printed before the title: "II. ", "1. ", "1.1. ", "a) " */
  prefix: string;
  depth: number;
  sectionId: string;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, glyph] of ROMAN) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** a, b, … z, then aa, ab … (Vietnamese plans use the Latin letters a–z for points). */
export function toLetter(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = letters[rest % 26] + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

function numberSectionsFresh(sections: readonly Section[]): Map<string, NumberLabel> {
  const labels = new Map<string, NumberLabel>();
  sections.forEach((section, si) => {
    const roman = toRoman(si + 1);
    labels.set(section.id, { label: roman, prefix: `${roman}. `, depth: 0, sectionId: section.id });
    let n = 0;
    for (const node of section.content) {
      if (node.type !== 'item') continue;
      n += 1;
      numberItem(node, [n], section.id, labels);
    }
  });
  return labels;
}

function numberItem(item: Item, path: number[], sectionId: string, labels: Map<string, NumberLabel>): void {
  const depth = path.length;
  let label: string;
  let prefix: string;
  if (depth <= 2) {
    label = path.join('.');
    prefix = `${label}. `;
  } else {
    label = toLetter(path[path.length - 1] ?? 1);
    prefix = `${label}) `;
  }
  labels.set(item.id, { label, prefix, depth, sectionId });
  item.children.forEach((child, i) => numberItem(child, [...path, i + 1], sectionId, labels));
}

/** Whether two lists of items have the same ids nested the same way (what numbering reads of them). */
function sameItemShape(a: readonly Item[], b: readonly Item[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || !sameItemShape(x.children, y.children))) return false;
  }
  return true;
}

/** Whether numbering `b` gives the labels of `a`: same sections, same nodes, same item ids and nesting. */
function sameShape(a: readonly Section[], b: readonly Section[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id) return false;
    if (x.content === y.content) continue;
    if (x.content.length !== y.content.length) return false;
    for (let j = 0; j < x.content.length; j += 1) {
      const m = x.content[j]!;
      const n = y.content[j]!;
      if (m === n) continue;
      if (m.type !== n.type) return false;
      if (m.type === 'item' && n.type === 'item' && (m.id !== n.id || !sameItemShape(m.children, n.children)))
        return false;
    }
  }
  return true;
}

/**
 * The labels of the last sections numbered. A keystroke makes a new plan whose sections differ only
 * in text, and the editor numbers each plan two or three times per key (the references' renumbering
 * compares the numbers before and after, the form keeps stable numbers): numbering the 300-task plan
 * afresh allocated ≈ 0.3 MB per key, and the young-generation collections it caused (11–18 ms) were
 * the slowest keystrokes (issue 13). Same shape, same labels: the previous map is returned itself.
 */
let last: { sections: readonly Section[]; labels: ReadonlyMap<string, NumberLabel> } | null = null;

/**
 * Every section's and item's number by id. The map is shared between plans of the same shape and
 * must not be modified (it is read-only to the type system).
 */
export function numberSections(sections: readonly Section[]): ReadonlyMap<string, NumberLabel> {
  if (last !== null && (last.sections === sections || sameShape(last.sections, sections))) {
    last = { sections, labels: last.labels };
    return last.labels;
  }
  const labels = numberSectionsFresh(sections);
  last = { sections, labels };
  return labels;
}

export function numberPlan(plan: Plan): ReadonlyMap<string, NumberLabel> {
  return numberSections(plan.sections);
}
