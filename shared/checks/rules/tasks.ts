import { TASK_FIELDS, fieldKey, fieldNodeId, fieldArea } from '../../model/fields/fieldAddress.ts';
import {
  planTasks,
  taskAnchors,
  taskFieldTexts,
  type PlanTask,
  type TextLocation,
} from '../../model/walk.ts';
import type { RuleContext, RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';

type ScannedText = RuleContext['scan']['texts'][number];
const byNode = new WeakMap<RuleContext['scan'], Map<string | null, ScannedText[]>>();
const byKey = new WeakMap<RuleContext['scan'], Map<string, ScannedText[]>>();

function indexBy<K>(texts: readonly ScannedText[], key: (t: ScannedText) => K): Map<K, ScannedText[]> {
  const index = new Map<K, ScannedText[]>();
  for (const t of texts) {
    const k = key(t);
    const list = index.get(k);
    if (list) list.push(t);
    else index.set(k, [t]);
  }
  return index;
}

/**
 * The texts of a scan by the node and by the field they belong to, built once per scan: looking each
 * task's texts up by filtering every text was quadratic (≈ 8 ms of each re-check of a 300-task plan,
 * issue 13).
 */
function textsByNode(scan: RuleContext['scan']): Map<string | null, ScannedText[]> {
  let index = byNode.get(scan);
  if (index === undefined) {
    index = indexBy(scan.texts, (t) => fieldNodeId(t.location.address));
    byNode.set(scan, index);
  }
  return index;
}

function textsByKey(scan: RuleContext['scan']): Map<string, ScannedText[]> {
  let index = byKey.get(scan);
  if (index === undefined) {
    index = indexBy(scan.texts, (t) => fieldKey(t.location.address));
    byKey.set(scan, index);
  }
  return index;
}

/**
 * Where a task is shown: its title line (an item's title, a table row's task cell), else its first
 * paragraph, else any of its fields.
 */
export function taskLocation(
  ctx: RuleContext,
  task: PlanTask,
): { location: TextLocation; text: string } | null {
  const keyed = textsByKey(ctx.scan);
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
const DEADLINE =
  /(?<![\p{L}])(?:trước|chậm\s+nhất|hạn\s+chót|hoàn\s+thành\s+trước)\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/giu;

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
  run(ctx) {
    const out: Draft[] = [];
    const { year } = ctx;
    for (const task of planTasks(ctx.plan)) {
      const where = taskLocation(ctx, task);
      if (!where) continue;
      const title = task.title || where.text;
      const loc = at(where.location, 0, where.text.length);
      const short = title.length > 80 ? `${title.slice(0, 77)}…` : title;
      if (blank(task.fields?.lead)) {
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
      if (blank(task.fields?.deliverable)) {
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
    const timelines = new Set(
      planTasks(ctx.plan).flatMap((task) =>
        taskFieldTexts(ctx.plan, task, 'timeline').map((c) => fieldKey(c.address)),
      ),
    );
    for (const t of ctx.scan.texts) {
      if (timelines.has(fieldKey(t.location.address))) {
        for (const m of t.text.matchAll(YEAR)) {
          const y = Number(m[1]);
          if (y === year) continue;
          // "giai đoạn 2017-2021", "2021 - 2025": a range that contains the plan's year is fine.
          const around = t.text.slice(Math.max(0, m.index - 8), m.index + 12);
          const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(around);
          if (range && Number(range[1]) <= year && year <= Number(range[2])) continue;
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
        for (const m of t.text.matchAll(DEADLINE)) {
          const y = Number(m[1]);
          if (y === year || y === year + 1) continue;
          out.push({
            rule: 'plan.timeline-year',
            message: `Thời hạn "${m[0]}" nằm ngoài năm ${year} của kế hoạch.`,
            messageEn: `The deadline "${m[0]}" lies outside the plan's year ${year}.`,
            excerpt: m[0],
            location: at(t.location, m.index, m.index + m[0].length),
            clause: null,
            fix: null,
          });
        }
      }
    }
    return out;
  },
};
