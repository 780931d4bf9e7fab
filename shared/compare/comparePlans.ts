import { diffArrays, diffWords } from 'diff';
import type { Plan } from '../model/plan.ts';
import { planBlocks, type PlanBlock } from './planBlocks.ts';

/**
 * Side-by-side comparison of two plans (a plan and its predecessor, or two revisions): blocks are
 * lined up by where they stand (label) or by identical text, then each pair is compared word by
 * word, so the secretary sees exactly which words changed from last year.
 */
export interface DiffSegment {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface CompareRow {
  label: string;
  labelEn: string;
  /** The old plan's block (same + removed words), or null when the block is new. */
  left: DiffSegment[] | null;
  /** The new plan's block (same + added words), or null when the block was removed. */
  right: DiffSegment[] | null;
  changed: boolean;
}

export interface PlanComparison {
  rows: CompareRow[];
  changedRows: number;
  addedRows: number;
  removedRows: number;
}

function wordDiff(a: string, b: string): { left: DiffSegment[]; right: DiffSegment[] } {
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  for (const part of diffWords(a, b)) {
    if (part.added) right.push({ text: part.value, change: 'added' });
    else if (part.removed) left.push({ text: part.value, change: 'removed' });
    else {
      left.push({ text: part.value, change: 'same' });
      right.push({ text: part.value, change: 'same' });
    }
  }
  return { left, right };
}

function pairRow(a: PlanBlock, b: PlanBlock): CompareRow {
  if (a.text === b.text) {
    const same: DiffSegment[] = [{ text: a.text, change: 'same' }];
    return { label: b.label, labelEn: b.labelEn, left: same, right: same, changed: false };
  }
  const { left, right } = wordDiff(a.text, b.text);
  return { label: b.label, labelEn: b.labelEn, left, right, changed: true };
}

/** Rows for one changed region: removed blocks and the added blocks that replace them. */
function regionRows(removed: PlanBlock[], added: PlanBlock[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const left = [...removed];
  for (const blk of added) {
    // Pair with the old block at the same place, else with the next old block in order.
    let i = left.findIndex((r) => r.label === blk.label);
    if (i < 0 && left.length > 0 && !added.some((x) => x !== blk && x.label === left[0]?.label)) i = 0;
    const old = i >= 0 ? left.splice(i, 1)[0] : undefined;
    rows.push(
      old
        ? pairRow(old, blk)
        : {
            label: blk.label,
            labelEn: blk.labelEn,
            left: null,
            right: [{ text: blk.text, change: 'added' }],
            changed: true,
          },
    );
  }
  for (const r of left)
    rows.push({
      label: r.label,
      labelEn: r.labelEn,
      left: [{ text: r.text, change: 'removed' }],
      right: null,
      changed: true,
    });
  return rows;
}

export function comparePlans(before: Plan, after: Plan): PlanComparison {
  const a = planBlocks(before);
  const b = planBlocks(after);
  // Identical blocks anchor the alignment wherever they moved; what lies between is a changed region.
  const parts = diffArrays(a, b, { comparator: (x, y) => x.text === y.text });
  const rows: CompareRow[] = [];
  let removed: PlanBlock[] = [];
  let added: PlanBlock[] = [];
  const flush = (): void => {
    rows.push(...regionRows(removed, added));
    removed = [];
    added = [];
  };
  let ai = 0;
  let bi = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...a.slice(ai, ai + n));
      ai += n;
    } else if (part.added) {
      added.push(...b.slice(bi, bi + n));
      bi += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) {
        const x = a[ai + k];
        const y = b[bi + k];
        if (x && y) rows.push(pairRow(x, y));
      }
      ai += n;
      bi += n;
    }
  }
  flush();
  return {
    rows,
    changedRows: rows.filter((r) => r.changed && r.left && r.right).length,
    addedRows: rows.filter((r) => !r.left).length,
    removedRows: rows.filter((r) => !r.right).length,
  };
}
