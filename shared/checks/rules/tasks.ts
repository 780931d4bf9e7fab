import type { Item } from '../../model/plan.ts';
import { planTasks, type TextLocation } from '../../model/walk.ts';
import type { RuleContext, RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { fieldArea, fieldNodeId } from '../../model/fields/fieldAddress.ts';

type ScannedText = RuleContext['scan']['texts'][number];
const byNode = new WeakMap<RuleContext['scan'], Map<string | null, ScannedText[]>>();

/**
 * The texts of a scan by the node they belong to, built once per scan: looking each task's texts up
 * by filtering every text was quadratic (≈ 8 ms of each re-check of a 300-task plan, issue 13).
 */
function textsByNode(scan: RuleContext['scan']): Map<string | null, ScannedText[]> {
  let index = byNode.get(scan);
  if (index === undefined) {
    index = new Map();
    for (const t of scan.texts) {
      const id = fieldNodeId(t.location.address);
      const list = index.get(id);
      if (list) list.push(t);
      else index.set(id, [t]);
    }
    byNode.set(scan, index);
  }
  return index;
}

/** Where a task is shown: its title line, else its first paragraph. */
export function taskLocation(ctx: RuleContext, item: Item): { location: TextLocation; text: string } | null {
  const texts = textsByNode(ctx.scan).get(item.id) ?? [];
  const t = texts.find((x) => x.location.address.kind === 'itemTitle') ?? texts[0];
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
    for (const t of ctx.scan.texts) {
      if (t.location.address.kind === 'taskField' && t.location.address.field === 'timeline') {
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
