import type { ScannedText } from '../../citations/planCitations.ts';
import { TASK_FIELDS, fieldKey, fieldArea } from '../../model/fields/fieldAddress.ts';
import {
  planTasks,
  taskAnchors,
  taskFieldTexts,
  type PlanTask,
  type TextLocation,
} from '../../model/walk.ts';
import { derivedOf, type RuleContext, type RuleModule } from '../context.ts';
import type { TextChange } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sameValue } from '../sameValue.ts';
import { textsByField, textsByNode } from '../scanIndex.ts';

/**
 * Where a task is shown: its title line (an item's title, a table row's task cell), else its first
 * paragraph, else any of its fields.
 */
export function taskLocation(
  ctx: RuleContext,
  task: PlanTask,
): { location: TextLocation; text: string } | null {
  const keyed = textsByField(ctx.scan);
  for (const k of taskAnchors(ctx.plan, task).map(fieldKey)) {
    const t = keyed.get(k)?.[0];
    if (t) return { location: t.location, text: t.text };
  }
  let t: ScannedText | undefined;
  if (task.type === 'item') t = textsByNode(ctx.scan).get(task.id)?.[0];
  else
    for (const f of TASK_FIELDS)
      for (const c of taskFieldTexts(ctx.plan, task, f)) t ??= keyed.get(fieldKey(c.address))?.[0];
  return t ? { location: t.location, text: t.text } : null;
}

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
export const DEADLINE =
  /(?<![\p{L}])(?:trước|chậm\s+nhất|hạn\s+chót|hoàn\s+thành\s+trước)\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/giu;

interface YearAt {
  index: number;
  year: number;
  /** The deadline's words ("trước ngày 15/3/2020"); the year alone for a timeline. */
  text: string;
  /** A year range around a timeline's year ("2021 - 2025"), if any. */
  range: [number, number] | null;
}

/** The years a timeline text gives, each with the range it stands in. */
function timelineYears(text: string): YearAt[] {
  return [...text.matchAll(YEAR)].map((m) => {
    const around = text.slice(Math.max(0, m.index - 8), m.index + 12);
    const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(around);
    return {
      index: m.index,
      year: Number(m[1]),
      text: m[0],
      range: range ? [Number(range[1]), Number(range[2])] : null,
    };
  });
}

/**
 * Words every deadline holds, with DEADLINE's flags: testing them is far cheaper than DEADLINE's
 * lookbehind at every position, and most texts lack one (taskDeadlines.test.ts: they never miss one).
 */
export const DEADLINE_HINTS = [/ngày/iu, /trước|chậm|hạn|hoàn/iu];

/** The deadlines a running text sets ("trước ngày 15/3/2020"), with their years. */
export function deadlines(text: string): YearAt[] {
  if (!DEADLINE_HINTS.every((h) => h.test(text))) return [];
  return [...text.matchAll(DEADLINE)].map((m) => ({
    index: m.index,
    year: Number(m[1]),
    text: m[0],
    range: null,
  }));
}

/**
 * Whether a changed text is a task's own (a field, a title, a table cell) or the paragraph that
 * shows a task whose title is empty (`taskLocation`): what the task rules read of a task itself.
 */
export function isTaskText({ index, after }: TextChange, ctx: RuleContext): boolean {
  const a = after.location.address;
  if (a.kind === 'taskField' || a.kind === 'itemTitle' || a.kind === 'appendixCell') return true;
  if (a.kind !== 'itemBody' || after.location.paragraph !== 0) return false;
  // planTexts reads an item's title, when it has one, right before its body.
  const previous = ctx.scan.texts[index - 1]?.location.address;
  return previous?.kind !== 'itemTitle' || previous.item !== a.item;
}

/** A task in section II should name its lead agency and its deliverable; its timeline lies in the plan's year. */
export const taskRules: RuleModule = {
  rules: [
    {
      id: 'plan.task-no-lead',
      severity: 'warning',
      title: 'Nhiệm vụ chưa có cơ quan chủ trì',
      titleEn: 'Task without a lead agency',
    },
    {
      id: 'plan.task-no-deliverable',
      severity: 'warning',
      title: 'Nhiệm vụ chưa có kết quả, sản phẩm',
      titleEn: 'Task without a deliverable',
    },
    {
      id: 'plan.timeline-year',
      severity: 'warning',
      title: 'Thời gian thực hiện ngoài năm kế hoạch',
      titleEn: 'Timeline outside the plan year',
    },
  ],
  // Reads the tasks' own texts, and the deadlines of every other text.
  affectedBy: (change, ctx) => {
    if (isTaskText(change, ctx)) return true;
    const derived = derivedOf(ctx);
    return !sameValue(
      derived('tasks.deadlines', change.before.text, deadlines),
      derived('tasks.deadlines', change.after.text, deadlines),
    );
  },
  run(ctx) {
    const out: Draft[] = [];
    const { year } = ctx;
    const tasks = planTasks(ctx.plan);
    for (const task of tasks) {
      const noLead = blank(task.fields?.lead);
      const noDeliverable = blank(task.fields?.deliverable);
      // Most tasks name both: find where a task is shown only to report it.
      if (!noLead && !noDeliverable) continue;
      const where = taskLocation(ctx, task);
      if (!where) continue;
      const title = task.title || where.text;
      const loc = at(where.location, 0, where.text.length);
      const short = title.length > 80 ? `${title.slice(0, 77)}…` : title;
      if (noLead) {
        out.push({
          rule: 'plan.task-no-lead',
          message: `Nhiệm vụ "${short}" chưa ghi cơ quan chủ trì.`,
          messageEn: `Task "${short}" names no lead agency.`,
          excerpt: short,
          location: loc,
          clause: null,
          fix: null,
        });
      }
      if (noDeliverable) {
        out.push({
          rule: 'plan.task-no-deliverable',
          message: `Nhiệm vụ "${short}" chưa ghi kết quả, sản phẩm.`,
          messageEn: `Task "${short}" names no deliverable.`,
          excerpt: short,
          location: loc,
          clause: null,
          fix: null,
        });
      }
    }
    // Timelines: the body's task fields and the timeline cells of task tables alike.
    const timelineAddresses = tasks.flatMap((task) =>
      taskFieldTexts(ctx.plan, task, 'timeline').map((c) => c.address),
    );
    const timelines = new Set(timelineAddresses.map(fieldKey));
    // Only texts of those kinds can be timelines: the others are not keyed (issue 13).
    const timelineKinds = new Set<string>(timelineAddresses.map((a) => a.kind));
    // A task field is keyed only when it is a timeline: the others (lead, deliverable …) are most texts.
    const isTimeline = (a: TextLocation['address']): boolean =>
      timelineKinds.has(a.kind) &&
      (a.kind !== 'taskField' || a.field === 'timeline') &&
      timelines.has(fieldKey(a));
    const derived = derivedOf(ctx);
    for (const t of ctx.scan.texts) {
      if (isTimeline(t.location.address)) {
        for (const m of derived('tasks.timelineYears', t.text, timelineYears)) {
          const y = m.year;
          if (y === year) continue;
          // "giai đoạn 2017-2021", "2021 - 2025": a range that contains the plan's year is fine.
          if (m.range && m.range[0] <= year && year <= m.range[1]) continue;
          out.push({
            rule: 'plan.timeline-year',
            message: `Thời gian thực hiện ghi năm ${y}, ngoài năm ${year} của kế hoạch.`,
            messageEn: `The timeline says ${y}, outside the plan's year ${year}.`,
            excerpt: t.text,
            location: at(t.location, m.index, m.index + 4),
            clause: null,
            fix: null,
          });
        }
      } else if (fieldArea(t.location.address) !== 'header') {
        // Deadlines in running text: the next January is usual for a year-end report, other years are not.
        for (const m of derived('tasks.deadlines', t.text, deadlines)) {
          const y = m.year;
          if (y === year || y === year + 1) continue;
          out.push({
            rule: 'plan.timeline-year',
            message: `Thời hạn "${m.text}" nằm ngoài năm ${year} của kế hoạch.`,
            messageEn: `The deadline "${m.text}" lies outside the plan's year ${year}.`,
            excerpt: m.text,
            location: at(t.location, m.index, m.index + m.text.length),
            clause: null,
            fix: null,
          });
        }
      }
    }
    return out;
  },
};
