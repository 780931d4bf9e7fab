import type { FieldAddress, TaskFieldName } from './fields/fieldAddress.ts';
import { TASK_FIELDS } from './fields/fieldAddress.ts';
import type { Appendix, Plan, TableColumnKind, TaskFields } from './plan.ts';
import type { RichText } from './richText.ts';

type AppendixTable = NonNullable<Appendix['table']>;

/**
 * What a row of a task table is, read from its cells (not stored, so it stays true whatever the
 * editor does to the row):
 * - `group`: a heading inside the table ("I | Cải cách thể chế", "II. CÔNG TÁC …"), printed across
 *   the columns; no task fields;
 * - `task`: a task with its number and text;
 * - `continuation`: no number and no task text but fields — the task above goes on (Word merged its
 *   STT and task cells down over this row, one more deliverable or lead of the same task);
 * - `empty`: nothing typed.
 */
export type TableRowKind = 'group' | 'task' | 'continuation' | 'empty';

/** The field columns: the kinds named like a task's four fields. */
const FIELD_KINDS: ReadonlySet<TableColumnKind> = new Set(TASK_FIELDS);

/** A group's number: a Roman numeral or a capital letter ("I", "II.", "A"). */
const GROUP_NUMBER = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/u;
/** A group heading typed in one cell: "I. CÔNG TÁC …", "A) …". */
const GROUP_TEXT = /^(?:[IVXLC]+|[A-ZĐ])[.)]\s+\S/u;

/** A task table: typed columns with a task column. A plain table has no tasks. */
export function isTaskTable(t: AppendixTable | null | undefined): t is AppendixTable & {
  columns: TableColumnKind[];
} {
  return !!t?.columns?.includes('task');
}

/** Index of the first column of a kind, or -1. */
export function columnOf(t: AppendixTable, kind: TableColumnKind): number {
  return t.columns?.indexOf(kind) ?? -1;
}

export function rowKind(t: AppendixTable, row: readonly string[]): TableRowKind {
  const kinds = t.columns ?? [];
  const cell = (i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');
  const number = cell(columnOf(t, 'number'));
  const task = cell(columnOf(t, 'task'));
  const fields = kinds.some((k, i) => FIELD_KINDS.has(k) && cell(i) !== '');
  const others = kinds.some(
    (k, i) => !FIELD_KINDS.has(k) && k !== 'number' && k !== 'task' && cell(i) !== '',
  );
  if (!fields && !others && number === '' && task === '') return 'empty';
  if (!fields && (GROUP_NUMBER.test(number) || (number === '' && GROUP_TEXT.test(task)))) return 'group';
  if (number === '' && task === '' && (fields || others)) return 'continuation';
  return 'task';
}

/**
 * A row of a task table seen as a task: its own row and the continuation rows under it. Its fields
 * are the column values of those rows, joined with "; " (a merged task with two leads has both).
 */
export interface TableTask {
  type: 'row';
  /** "<appendix id>#<row>": unique among tasks, and never an item's id (ids hold no "#"). */
  id: string;
  appendix: string;
  /** The task's row, then its continuation rows. */
  rows: number[];
  title: string;
  /** The task cell's lines after the first (a cell may hold several paragraphs). */
  body: RichText;
  fields: TaskFields;
  children: [];
}

const cellAddress = (appendix: string, row: number, column: number): FieldAddress => ({
  kind: 'appendixCell',
  appendix,
  row,
  column,
});

/** The tasks of one appendix's task table, in row order. */
export function tableTasks(a: Appendix): TableTask[] {
  const t = a.table;
  if (!isTaskTable(t)) return [];
  const out: TableTask[] = [];
  const taskCol = columnOf(t, 'task');
  let open: { task: TableTask; values: Record<TaskFieldName, string[]> } | null = null;
  const close = (): void => {
    if (!open) return;
    for (const f of TASK_FIELDS)
      open.task.fields[f] = open.values[f].length ? open.values[f].join('; ') : null;
    out.push(open.task);
    open = null;
  };
  t.rows.forEach((row, r) => {
    const kind = rowKind(t, row);
    if (kind === 'group' || kind === 'empty') return close();
    if (kind === 'task') {
      close();
      const [first = '', ...more] = (row[taskCol] ?? '').split('\n');
      open = {
        task: {
          type: 'row',
          id: `${a.id}#${r}`,
          appendix: a.id,
          rows: [],
          title: first.trim(),
          body: more.filter((l) => l.trim() !== '').map((l) => ({ runs: [{ text: l.trim() }] })),
          fields: { lead: null, coordinating: null, timeline: null, deliverable: null },
          children: [],
        },
        values: { lead: [], coordinating: [], timeline: [], deliverable: [] },
      };
    }
    if (!open) return;
    const current: { task: TableTask; values: Record<TaskFieldName, string[]> } = open;
    current.task.rows.push(r);
    t.columns.forEach((k, c) => {
      const v = (row[c] ?? '').trim();
      if (v && FIELD_KINDS.has(k)) current.values[k as TaskFieldName].push(v);
    });
  });
  close();
  return out;
}

/** Every task-table task of a plan, appendix by appendix. */
export function planTableTasks(plan: Plan): TableTask[] {
  return plan.appendices.flatMap(tableTasks);
}

/** The cells of a table task holding one of its fields, with their text. */
export function tableTaskFieldCells(
  plan: Plan,
  task: TableTask,
  field: TaskFieldName,
): Array<{ address: FieldAddress; text: string }> {
  const t = plan.appendices.find((a) => a.id === task.appendix)?.table;
  if (!t?.columns) return [];
  const out: Array<{ address: FieldAddress; text: string }> = [];
  for (const r of task.rows)
    t.columns.forEach((k, c) => {
      const text = t.rows[r]?.[c] ?? '';
      if (k === field && text.trim() !== '') out.push({ address: cellAddress(task.appendix, r, c), text });
    });
  return out;
}

/** Where a finding about the whole table task points: its task cell, then its number cell. */
export function tableTaskAnchors(plan: Plan, task: TableTask): FieldAddress[] {
  const t = plan.appendices.find((a) => a.id === task.appendix)?.table;
  const row = task.rows[0] ?? 0;
  if (!t) return [];
  return (['task', 'number'] as const)
    .map((k) => columnOf(t, k))
    .filter((c) => c >= 0)
    .map((c) => cellAddress(task.appendix, row, c));
}

/** Which task field an appendix cell holds (its column's kind), or null. */
export function cellTaskField(plan: Plan, a: FieldAddress): TaskFieldName | null {
  if (a.kind === 'taskField') return a.field;
  if (a.kind !== 'appendixCell') return null;
  const t = plan.appendices.find((x) => x.id === a.appendix)?.table;
  if (!isTaskTable(t)) return null;
  const k = t.columns[a.column];
  return k && FIELD_KINDS.has(k) ? (k as TaskFieldName) : null;
}
