import { AppError } from '../../contract/appError.ts';
import type { IssueDate } from '../issueDate.ts';
import type { Item, Plan, SectionNode, TaskFields } from '../plan.ts';
import type { RichText } from '../richText.ts';
import { fieldKey, type FieldAddress } from './fieldAddress.ts';

/** The value types of the fields: one line of text, rich text, or the (partial) issue date. */
export interface FieldValues {
  line: string;
  rich: RichText;
  date: IssueDate;
}
export type FieldValueKind = keyof FieldValues;

/** Read and write one field of any plan. `set` never modifies the plan it is given. */
export interface LensOf<K extends FieldValueKind> {
  kind: K;
  get(plan: Plan): FieldValues[K];
  set(plan: Plan, value: FieldValues[K]): Plan;
}
export type FieldLens = LensOf<'line'> | LensOf<'rich'> | LensOf<'date'>;

function missing(a: FieldAddress): AppError {
  const key = fieldKey(a);
  return new AppError(
    'not_found',
    'Không tìm thấy chỗ này trong kế hoạch (có thể đã bị xóa).',
    'This place is no longer in the plan (it may have been removed).',
    `field ${key}`,
  );
}

/** Path of a section node: section index, index in its content, then child indices. */
type NodePath = number[];

// Plans are immutable values: the index of one plan object is built once and reused by every lookup.
const pathCache = new WeakMap<Plan, Map<string, NodePath>>();

function nodePaths(plan: Plan): Map<string, NodePath> {
  const cached = pathCache.get(plan);
  if (cached) return cached;
  const paths = new Map<string, NodePath>();
  const visit = (item: Item, path: NodePath): void => {
    if (!paths.has(item.id)) paths.set(item.id, path);
    item.children.forEach((c, i) => visit(c, [...path, i]));
  };
  plan.sections.forEach((s, si) =>
    s.content.forEach((n, ni) => {
      if (n.type === 'item') visit(n, [si, ni]);
      else if (!paths.has(n.id)) paths.set(n.id, [si, ni]);
    }),
  );
  pathCache.set(plan, paths);
  return paths;
}

/** The path of the first node with `id`, in the order `nodePaths` indexes them; searched, not indexed. */
function findPath(plan: Plan, id: string): NodePath | undefined {
  const path: NodePath = [];
  const visit = (item: Item): boolean => {
    if (item.id === id) return true;
    for (let i = 0; i < item.children.length; i += 1) {
      path.push(i);
      if (visit(item.children[i]!)) return true;
      path.pop();
    }
    return false;
  };
  for (let si = 0; si < plan.sections.length; si += 1) {
    const content = plan.sections[si]!.content;
    for (let ni = 0; ni < content.length; ni += 1) {
      const n = content[ni]!;
      path.length = 0;
      path.push(si, ni);
      if (n.type === 'item' ? visit(n) : n.id === id) return path;
    }
  }
  return undefined;
}

// A plan read at one place only (the checks worker reads the edited field of each new plan) is
// searched; the index is built at its second lookup, when more are likely to follow.
const searchedOnce = new WeakSet<Plan>();

function nodeAt(plan: Plan, id: string, a: FieldAddress): SectionNode {
  let path: NodePath | undefined;
  if (pathCache.has(plan) || searchedOnce.has(plan)) path = nodePaths(plan).get(id);
  else {
    searchedOnce.add(plan);
    path = findPath(plan, id);
  }
  const [si, ni, ...rest] = path ?? [];
  let node = plan.sections[si ?? -1]?.content[ni ?? -1];
  for (const ci of rest) node = node?.type === 'item' ? node.children[ci] : undefined;
  if (!node) throw missing(a);
  return node;
}

function withNode(plan: Plan, id: string, a: FieldAddress, edit: (n: SectionNode) => SectionNode): Plan {
  const path = nodePaths(plan).get(id);
  if (!path) throw missing(a);
  const [si = -1, ni = -1, ...rest] = path;
  const down = (node: SectionNode, depth: number): SectionNode => {
    if (depth === rest.length) return edit(node);
    if (node.type !== 'item') throw missing(a);
    const ci = rest[depth] ?? -1;
    const child = node.children[ci];
    if (!child) throw missing(a);
    const children = node.children.slice();
    children[ci] = down(child, depth + 1) as Item;
    return { ...node, children };
  };
  const section = plan.sections[si];
  const top = section?.content[ni];
  if (!section || !top) throw missing(a);
  const content = section.content.slice();
  content[ni] = down(top, 0);
  const sections = plan.sections.slice();
  sections[si] = { ...section, content };
  return { ...plan, sections };
}

function itemAt(plan: Plan, id: string, a: FieldAddress): Item {
  const n = nodeAt(plan, id, a);
  if (n.type !== 'item') throw missing(a);
  return n;
}

/** A task field as the plan holds it: null where the task leaves it out (the field table lists it not). */
export function taskFieldValue(plan: Plan, a: Extract<FieldAddress, { kind: 'taskField' }>): string | null {
  return itemAt(plan, a.item, a).fields?.[a.field] ?? null;
}

function withItem(plan: Plan, id: string, a: FieldAddress, edit: (item: Item) => Item): Plan {
  return withNode(plan, id, a, (n) => {
    if (n.type !== 'item') throw missing(a);
    return edit(n);
  });
}

function replaceAt<T>(list: readonly T[], index: number, value: T, a: FieldAddress): T[] {
  if (index < 0 || index >= list.length) throw missing(a);
  const out = list.slice();
  out[index] = value;
  return out;
}

function at<T>(list: readonly T[], index: number, a: FieldAddress): T {
  if (index < 0 || index >= list.length) throw missing(a);
  return list[index] as T;
}

function appendixIndex(plan: Plan, id: string, a: FieldAddress): number {
  const i = plan.appendices.findIndex((x) => x.id === id);
  if (i < 0) throw missing(a);
  return i;
}

const line = (get: LensOf<'line'>['get'], set: LensOf<'line'>['set']): LensOf<'line'> => ({
  kind: 'line',
  get,
  set,
});
const rich = (get: LensOf<'rich'>['get'], set: LensOf<'rich'>['set']): LensOf<'rich'> => ({
  kind: 'rich',
  get,
  set,
});

const NO_TASK_FIELDS: TaskFields = { lead: null, coordinating: null, timeline: null, deliverable: null };

/**
 * How to read and write the field at an address, on any plan that has it (a plan without it throws
 * a `not_found` AppError). The one place that knows where each field is stored in the plan's shape.
 */
export function fieldLens(a: FieldAddress): FieldLens {
  switch (a.kind) {
    case 'header': {
      if (a.field === 'issueDate')
        return {
          kind: 'date',
          get: (p) => p.header.issueDate,
          set: (p, v) => ({ ...p, header: { ...p.header, issueDate: v } }),
        };
      const f = a.field;
      return line(
        (p) => p.header[f],
        (p, v) => ({ ...p, header: { ...p.header, [f]: v } }),
      );
    }
    case 'typeName':
      return line(
        (p) => p.typeName,
        (p, v) => ({ ...p, typeName: v }),
      );
    case 'summary':
      return line(
        (p) => p.summary,
        (p, v) => ({ ...p, summary: v }),
      );
    case 'preamble':
      return rich(
        (p) => p.preamble,
        (p, v) => ({ ...p, preamble: v }),
      );
    case 'legalBasis':
      return line(
        (p) => at(p.legalBases, a.index, a),
        (p, v) => ({ ...p, legalBases: replaceAt(p.legalBases, a.index, v, a) }),
      );
    case 'sectionTitle': {
      const index = (p: Plan): number => {
        const i = p.sections.findIndex((s) => s.id === a.section);
        if (i < 0) throw missing(a);
        return i;
      };
      return line(
        (p) => at(p.sections, index(p), a).title,
        (p, v) => {
          const i = index(p);
          return { ...p, sections: replaceAt(p.sections, i, { ...at(p.sections, i, a), title: v }, a) };
        },
      );
    }
    case 'itemTitle':
      return line(
        (p) => itemAt(p, a.item, a).title,
        (p, v) => withItem(p, a.item, a, (x) => ({ ...x, title: v })),
      );
    case 'itemBody':
      return rich(
        (p) => itemAt(p, a.item, a).body,
        (p, v) => withItem(p, a.item, a, (x) => ({ ...x, body: v })),
      );
    case 'taskField':
      // A field not given is null in the plan; it reads as "" and is created when written.
      return line(
        (p) => itemAt(p, a.item, a).fields?.[a.field] ?? '',
        (p, v) =>
          withItem(p, a.item, a, (x) => ({
            ...x,
            fields: { ...(x.fields ?? NO_TASK_FIELDS), [a.field]: v },
          })),
      );
    case 'taskLabel':
      // "" is the default label; an empty value removes the plan's own, so the default prints again.
      return line(
        (p) => p.taskLabels?.[a.field] ?? '',
        (p, v) => {
          const labels = { ...p.taskLabels };
          if (v.trim() === '') delete labels[a.field];
          else labels[a.field] = v;
          const { taskLabels: _old, ...rest } = p;
          return Object.keys(labels).length > 0 ? { ...rest, taskLabels: labels } : rest;
        },
      );
    case 'text':
      return rich(
        (p) => {
          const n = nodeAt(p, a.node, a);
          if (n.type !== 'text') throw missing(a);
          return n.body;
        },
        (p, v) =>
          withNode(p, a.node, a, (n) => {
            if (n.type !== 'text') throw missing(a);
            return { ...n, body: v };
          }),
      );
    case 'recipient':
      return line(
        (p) => at(p.recipients.entries, a.index, a),
        (p, v) => ({
          ...p,
          recipients: { ...p.recipients, entries: replaceAt(p.recipients.entries, a.index, v, a) },
        }),
      );
    case 'archive':
      return line(
        (p) => p.recipients.archive,
        (p, v) => ({ ...p, recipients: { ...p.recipients, archive: v } }),
      );
    case 'signatureLine':
      return line(
        (p) => at(p.signature.lines, a.index, a),
        (p, v) => ({
          ...p,
          signature: { ...p.signature, lines: replaceAt(p.signature.lines, a.index, v, a) },
        }),
      );
    case 'signatureName':
      return line(
        (p) => p.signature.name,
        (p, v) => ({ ...p, signature: { ...p.signature, name: v } }),
      );
    case 'appendixTitle':
    case 'appendixSubtitle': {
      const key = a.kind === 'appendixTitle' ? 'title' : 'subtitle';
      return line(
        (p) => at(p.appendices, appendixIndex(p, a.appendix, a), a)[key],
        (p, v) => {
          const i = appendixIndex(p, a.appendix, a);
          return { ...p, appendices: replaceAt(p.appendices, i, { ...at(p.appendices, i, a), [key]: v }, a) };
        },
      );
    }
    case 'appendixBody':
      return rich(
        (p) => at(p.appendices, appendixIndex(p, a.appendix, a), a).body,
        (p, v) => {
          const i = appendixIndex(p, a.appendix, a);
          return { ...p, appendices: replaceAt(p.appendices, i, { ...at(p.appendices, i, a), body: v }, a) };
        },
      );
    case 'appendixHeader':
    case 'appendixCell': {
      const tableOf = (p: Plan) => {
        const i = appendixIndex(p, a.appendix, a);
        const appendix = at(p.appendices, i, a);
        if (!appendix.table) throw missing(a);
        return { i, appendix, table: appendix.table };
      };
      return line(
        (p) => {
          const { table } = tableOf(p);
          return a.kind === 'appendixHeader'
            ? at(table.header, a.column, a)
            : at(at(table.rows, a.row, a), a.column, a);
        },
        (p, v) => {
          const { i, appendix, table } = tableOf(p);
          const next =
            a.kind === 'appendixHeader'
              ? { ...table, header: replaceAt(table.header, a.column, v, a) }
              : {
                  ...table,
                  rows: replaceAt(table.rows, a.row, replaceAt(at(table.rows, a.row, a), a.column, v, a), a),
                };
          return { ...p, appendices: replaceAt(p.appendices, i, { ...appendix, table: next }, a) };
        },
      );
    }
  }
}
