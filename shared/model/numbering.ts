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

export function numberSections(sections: Section[]): Map<string, NumberLabel> {
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

export function numberPlan(plan: Plan): Map<string, NumberLabel> {
  return numberSections(plan.sections);
}
