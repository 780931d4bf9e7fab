import { describe, expect, it } from 'vitest';
import { fieldKey } from '../../model/fields/fieldAddress.ts';
import { parsePlan } from '../../model/parsePlan.ts';
import type { Appendix, Plan } from '../../model/plan.ts';
import { rowKind } from '../../model/tableTasks.ts';
import { planTasks } from '../../model/walk.ts';
import { comparePlans } from '../../compare/comparePlans.ts';
import { rolloverPlan } from '../../rollover/rolloverPlan.ts';
import { checkPlan } from '../checkPlan.ts';
import { seedPlan } from '../testPlans.ts';

// The seed (a 2021 plan) with an appendix task table as Lâm Đồng writes one.
function withTable(rows: string[][]): Plan {
  const appendix: Appendix = {
    id: 'pl-1',
    title: 'PHỤ LỤC',
    subtitle: 'Danh mục nhiệm vụ',
    landscape: true,
    body: [],
    table: {
      header: [
        'STT',
        'Nhiệm vụ',
        'Sản phẩm',
        'Thời gian hoàn thành',
        'Chủ trì thực hiện',
        'Phối hợp thực hiện',
      ],
      columns: ['number', 'task', 'deliverable', 'timeline', 'lead', 'coordinating'],
      rows,
    },
  };
  const parsed = parsePlan({ ...seedPlan(), appendices: [appendix] });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

const ROWS = [
  ['I', 'Cải cách thể chế', '', '', '', ''],
  ['1', 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo rà soát', 'Năm 2021', 'Sở Tư pháp', 'Các sở, ban, ngành'],
  ['2', 'Kiểm tra công tác cải cách', '', 'Tháng 3/2020', '', ''],
  ['3', 'Tham mưu ban hành quy chế', 'Dự thảo quy chế', 'Quý I năm 2021', 'Sở Nội vụ', ''],
  ['', '', 'Quyết định ban hành', 'Quý II năm 2021', 'Ngân hàng Nhà nước chi nhánh tỉnh', ''],
];

/** Findings of a rule that point into the appendix table, as "row:column". */
function cells(plan: Plan, rule: string): string[] {
  return checkPlan(plan)
    .filter((f) => f.rule === rule && f.location?.address.kind === 'appendixCell')
    .map((f) => {
      const a = f.location?.address;
      return a?.kind === 'appendixCell' ? `${a.row}:${a.column}` : '';
    });
}

describe('rows of an appendix task table are tasks', () => {
  const plan = withTable(ROWS);

  it('reads group, task and continuation rows', () => {
    const t = plan.appendices[0]!.table!;
    expect(t.rows.map((r) => rowKind(t, r))).toEqual(['group', 'task', 'task', 'task', 'continuation']);
    expect(rowKind(t, ['', 'II. CÔNG TÁC KIỂM TRA', '', '', '', ''])).toBe('group');
    expect(rowKind(t, ['', '', '', '', '', ''])).toBe('empty');
    const rows = planTasks(plan).filter((x) => x.type === 'row');
    expect(rows.map((r) => r.title)).toEqual([
      'Rà soát văn bản quy phạm pháp luật',
      'Kiểm tra công tác cải cách',
      'Tham mưu ban hành quy chế',
    ]);
  });

  it('a row without lead or deliverable is flagged at its task cell; a group heading is not', () => {
    expect(cells(plan, 'plan.task-no-lead')).toEqual(['2:1']);
    expect(cells(plan, 'plan.task-no-deliverable')).toEqual(['2:1']);
  });

  it('a timeline cell outside the plan year is flagged where the year stands', () => {
    expect(cells(plan, 'plan.timeline-year')).toEqual(['2:3']);
  });

  it('a lead named in a continuation row and missing from Nơi nhận is a hint on its cell', () => {
    const found = checkPlan(plan).filter(
      (f) => f.rule === 'plan.recipient-missing' && f.location?.address.kind === 'appendixCell',
    );
    expect(found.map((f) => [f.excerpt, f.location && fieldKey(f.location.address)])).toEqual([
      ['Ngân hàng Nhà nước chi nhánh tỉnh', 'appendixCell:pl-1:4:4'],
    ]);
  });

  it('rollover bumps the table timelines and lists a past deadline of a timeline cell', () => {
    const { plan: next, report } = rolloverPlan(plan, 2022, { predecessorId: null });
    const rows = next.appendices[0]!.table!.rows;
    expect(rows[1]?.[3]).toBe('Năm 2022');
    expect(rows[3]?.[3]).toBe('Quý I năm 2022');
    expect(rows[4]?.[3]).toBe('Quý II năm 2022');
    expect(
      report.review.some((r) => r.at.address.kind === 'appendixCell' && /Tháng 3\/2020/u.test(r.excerpt)),
    ).toBe(true);
  });

  it('compare lines the table up row by row: a rolled-over row shows the changed year only', () => {
    const { plan: next } = rolloverPlan(plan, 2022, { predecessorId: null });
    const c = comparePlans(plan, next);
    const row = c.rows.find((r) => r.label === 'Phụ lục 1, bảng, dòng 2');
    expect(row?.changed).toBe(true);
    expect(row?.left?.filter((s) => s.change === 'removed').map((s) => s.text)).toEqual(['2021']);
    expect(row?.right?.filter((s) => s.change === 'added').map((s) => s.text)).toEqual(['2022']);
    expect(c.rows.find((r) => r.label === 'Phụ lục 1, bảng, dòng 1')?.changed).toBe(false);
  });

  it('names a task table cell by its column header', () => {
    const finding = checkPlan(plan).find((f) => f.rule === 'plan.timeline-year');
    expect(finding?.location?.label).toBe('Phụ lục 1, bảng, dòng 3, Thời gian hoàn thành');
  });
});
