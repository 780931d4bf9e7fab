import type { LabelTaskTable } from '../fixtures/real/labelSchema.ts';
import { flat, type Share } from './metrics.ts';

// The "every task table found" figure of issue 10, point 7: the label's appendix task tables
// against the tables the product put in the plan's appendices. It reads only a table's header
// cells and how many rows it has, so that it holds for the untyped appendix table of today's model
// (header: string[], rows: string[][]) and for any typed one that still has a header and rows.

/** What this metric needs of a table in plan.appendices: its header texts and its data rows. */
export interface AppendixTableShape {
  header: readonly string[];
  rows: readonly unknown[];
}

const TASK_COLUMN = /nhiệm vụ|nội dung|công việc/u;
const WHO_COLUMN = /chủ trì|phối hợp|thực hiện|trách nhiệm/u;
/** "Thời gian thực hiện" says when, not who. */
const WHEN_COLUMN = /^(?:thời gian|thời hạn)/u;

/**
 * A header "looks like a task table" when one cell names the task (Nhiệm vụ, Nội dung, Công việc)
 * and another names who does it (chủ trì, phối hợp, thực hiện, trách nhiệm); a schedule
 * ("STT | Đơn vị được kiểm tra | Thời gian kiểm tra", "Nội dung | Thời gian thực hiện") or a
 * statistics table does not.
 */
export function looksLikeTaskTable(header: readonly string[]): boolean {
  const cells = header.map((h) => flat(h).toLocaleLowerCase('vi'));
  const task = cells.findIndex((c) => TASK_COLUMN.test(c));
  return task >= 0 && cells.some((c, i) => i !== task && WHO_COLUMN.test(c) && !WHEN_COLUMN.test(c));
}

export interface TaskTablesFound {
  /** Labelled appendix task tables matched, in order, by a task-like table of the product. */
  tables: Share;
  /** Data rows of those tables the product kept (per table at most the labelled count), over the labelled rows. */
  rows: Share;
  /** Task-like appendix tables of the product beyond the labelled ones (a false table, or a label gap). */
  extraTables: number;
  /** Data rows per product task table, in order: where the figures come from. */
  productRows: number[];
}

const share = (hit: number, of: number): Share => ({ hit, of, share: of === 0 ? 1 : hit / of });

/**
 * Labelled appendix task tables against the product's task-like appendix tables, paired in order
 * of appearance (the n-th labelled table with the n-th found one). Body tables are not counted:
 * the plan model holds tables only in appendices.
 */
export function taskTablesFound(
  labelled: readonly LabelTaskTable[],
  product: readonly (AppendixTableShape | null)[],
): TaskTablesFound {
  const want = labelled.filter((t) => t.where === 'appendix');
  const got = product.filter((t): t is AppendixTableShape => t !== null && looksLikeTaskTable(t.header));
  const paired = Math.min(want.length, got.length);
  let rowsHit = 0;
  for (let i = 0; i < paired; i += 1) rowsHit += Math.min(want[i]?.rows ?? 0, got[i]?.rows.length ?? 0);
  return {
    tables: share(paired, want.length),
    rows: share(
      rowsHit,
      want.reduce((n, t) => n + t.rows, 0),
    ),
    extraTables: Math.max(0, got.length - want.length),
    productRows: got.map((t) => t.rows.length),
  };
}
