import type { Item, TaskFields } from '../model/plan.ts';
import { columnRole, keepOwnLabel } from './fieldLabels.ts';
import type { Line } from './logicalLines.ts';
import { newId, place } from './recogniseContext.ts';
import { lineParagraph, type Entry } from './recogniseLines.ts';
import { LINE_MAX, TITLE_MAX } from './recognisePatterns.ts';
import type { Recogniser } from './recogniser.ts';
import { tableGrid } from './tableGrid.ts';

/** "II. Công tác kiểm tra" → "II", "Công tác kiểm tra". */
const HEADING_NUMBER = /^([IVXL]+|\d+(?:\.\d+)?|[a-zđ])[.)]\s+(\S.*)$/u;

/**
 * A task table (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm): every row
 * becomes a task of section II, its depth taken from the TT column (I, 1, 1.1, a).
 */
export function taskTable(r: Recogniser, entry: Extract<Entry, { kind: 'table' }>): boolean {
  if (entry.cells.length === 0) return false;
  // On the grid (merged cells under their columns), a header of two rows read as one.
  const { header, rows, lone } = tableGrid(entry);
  const roles = header.map((h) => columnRole(h));
  const fieldCols = roles.filter(
    (r) => r === 'lead' || r === 'coordinating' || r === 'timeline' || r === 'deliverable',
  );
  const titleCol = roles.indexOf('title');
  if (fieldCols.length < 2 || titleCol < 0) return false;
  if (r.state === 'preamble') r.state = 'body';
  // The header's words are the plan's labels for the fields ("Trách nhiệm thực hiện"): printed in
  // front of each task's field, they keep the table's wording.
  roles.forEach((role, ci) => {
    if (role === 'lead' || role === 'coordinating' || role === 'timeline' || role === 'deliverable')
      keepOwnLabel(r.plan, r.labelsSeen, role, header[ci] ?? '');
  });
  let section = r.section;
  if (!section || section.role !== 'content') {
    section = { id: newId(r.ctx, 's'), title: 'NỘI DUNG THỰC HIỆN', role: 'content', content: [] };
    r.plan.sections.push(section);
    r.ctx.warnings.push({
      text: 'NỘI DUNG THỰC HIỆN',
      reason:
        'Bảng nhiệm vụ không nằm trong mục nội dung; đã tạo mục / task table outside a content section; section added',
    });
    r.section = section;
  }
  const numberCol = roles.indexOf('number');
  const cellText = (cell: Line[] | undefined): string =>
    (cell ?? [])
      .map((l) => l.full.trim())
      .join(' ')
      .trim();
  const classOf = (n: string): number | null => {
    const t = n.replace(/[.)]+$/u, '');
    if (/^[IVXL]+$/u.test(t)) return 0;
    if (/^\d+$/u.test(t)) return 1;
    if (/^\d+\.\d+$/u.test(t)) return 2;
    if (/^[a-zđ]$/u.test(t)) return 3;
    return null;
  };
  // A heading merged across the table ("II. CÔNG TÁC KIỂM TRA"): its number goes to the TT column,
  // its words to the task column, so it heads the rows under it like a typed "II | Công tác …" row.
  rows.forEach((row, ri) => {
    if (!lone[ri] || titleCol <= 0) return;
    const [line, ...more] = row[0] ?? [];
    row[0] = [];
    if (!line) return;
    const m = HEADING_NUMBER.exec(line.full.trim());
    if (m && numberCol >= 0) {
      row[numberCol] = [{ ...line, full: m[1] ?? '' }];
      row[titleCol] = [{ ...line, full: m[2] ?? '' }, ...more];
    } else row[titleCol] = [line, ...more];
  });
  const present = [...new Set(rows.map((r) => classOf(cellText(numberCol >= 0 ? r[numberCol] : undefined))))]
    .filter((c): c is number => c !== null)
    .sort((a, b) => a - b);
  const stack: Item[] = [];
  let last: Item | null = null;
  for (const row of rows) {
    const num = numberCol >= 0 ? cellText(row[numberCol]) : '';
    const cls = classOf(num);
    const titleLines = row[titleCol] ?? [];
    const allLines = row.flat();
    if (allLines.every((l) => l.full.trim() === '')) continue;
    if (cls === null && num === '' && last && titleLines.length === 0) {
      // A continuation row (merged cells): its fields extend the last task.
      for (const l of allLines) last.body.push(lineParagraph(l));
    } else {
      const depth = Math.min(3, cls === null ? 1 : present.indexOf(cls) + 1);
      const d = Math.max(1, Math.min(depth, stack.length + 1));
      const [first, ...more] = titleLines;
      const node: Item = {
        type: 'item',
        id: newId(r.ctx, 'i'),
        title: first ? first.full.trim().slice(0, TITLE_MAX) : '',
        body: more.map((l) => lineParagraph(l)),
        children: [],
      };
      const fields: TaskFields = { lead: null, coordinating: null, timeline: null, deliverable: null };
      let any = false;
      roles.forEach((role, ci) => {
        if (role === 'lead' || role === 'coordinating' || role === 'timeline' || role === 'deliverable') {
          const v = cellText(row[ci]);
          if (v) {
            fields[role] = v.slice(0, role === 'deliverable' ? 20000 : LINE_MAX);
            any = true;
          }
        } else if (role === 'note' || role === null) {
          if (ci !== numberCol && ci !== titleCol)
            for (const l of row[ci] ?? []) node.body.push(lineParagraph(l));
        }
      });
      if (any) node.fields = fields;
      if (d === 1) section.content.push(node);
      else stack[d - 2]?.children.push(node);
      stack.splice(d - 1, stack.length, node);
      last = node;
    }
  }
  for (const row of entry.cells) for (const cell of row) for (const l of cell) place(r.ctx, l);
  r.stack = [];
  r.textBlock = null;
  return true;
}
