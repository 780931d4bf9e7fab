import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/appError.ts';
import { parsePlan } from '../model/parsePlan.ts';
import type { Plan } from '../model/plan.ts';
import { planTexts } from '../model/walk.ts';
import { rolloverPlan } from './rolloverPlan.ts';

function seed(): Plan {
  const parsed = parsePlan(
    JSON.parse(
      readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
    ) as unknown,
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

const allText = (p: Plan): string =>
  planTexts(p)
    .map((t) => t.text)
    .join('\n');
const field = (p: Plan, label: string): string | undefined =>
  planTexts(p).find((t) => t.location.label === label)?.text;

describe('rolloverPlan — the seed from 2021 to 2022', () => {
  const old = seed();
  const { plan, report } = rolloverPlan(old, 2022, { predecessorId: 'plan-2021' });

  it('keeps every cited document date and every historical period', () => {
    const text = allText(plan);
    for (const kept of [
      'ngày 25/5/2017',
      'ngày 31/12/2020',
      'ngày 15/12/2020',
      'ngày 20/6/2017',
      'giai đoạn 2017-2021',
      'giai đoạn 2017 - 2021',
      'giai đoạn 2012 - 2016',
      '2012-2016” đến năm 2021',
      'dự toán ngân sách nhà nước năm 2021',
      'xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2021',
    ]) {
      expect(text).toContain(kept);
    }
  });

  it("moves the plan's own year: title, preamble, timelines, deadlines", () => {
    expect(plan.year).toBe(2022);
    expect(plan.summary).toMatch(/giai đoạn 2012 - 2016” năm 2022 trên địa bàn tỉnh Lạng Sơn$/u);
    expect(field(plan, 'Phần mở đầu')).toContain('xây dựng kế hoạch thực hiện năm 2022 như sau:');
    expect(field(plan, 'Mục II, 1.1, Thời gian thực hiện')).toBe('Trong Quý I năm 2022.');
    expect(field(plan, 'Mục II, 2, Thời gian thực hiện')).toBe('Năm 2022.');
    expect(field(plan, 'Mục II, 3, Thời gian thực hiện')).toBe('Thường xuyên năm 2022.');
    expect(field(plan, 'Mục IV, 2')).toContain('trước ngày 15/11/2022 để tổng hợp');
    expect(allText(plan)).not.toMatch(/Năm 2021\.|Quý I năm 2021|15\/11\/2021/u);
  });

  it('clears the number and the day and month of the issue date', () => {
    expect(plan.header.number).toBe('');
    expect(plan.header.issueDate).toEqual({ day: null, month: null, year: 2022 });
    expect(plan.header.symbol).toBe('KH-BCĐ');
  });

  it('records its predecessor and leaves the old plan untouched', () => {
    expect(plan.predecessor).toEqual({ id: 'plan-2021', title: old.summary, year: 2021 });
    expect(old.year).toBe(2021);
    expect(field(old, 'Mục II, 2, Thời gian thực hiện')).toBe('Năm 2021.');
  });

  it('lists every change with where it was made', () => {
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        from: 'Trong Quý I năm 2021.',
        to: 'Trong Quý I năm 2022.',
        location: 'Mục II, 1.1, Thời gian thực hiện',
      }),
    );
    expect(
      report.changes.filter((c) => c.at.address.kind === 'taskField' && c.at.address.field === 'timeline'),
    ).toHaveLength(6);
  });

  it('puts year-bound citations, ended programmes and the signer on the review list', () => {
    const reasons = report.review.map((r) => r.reason);
    expect(reasons.some((r) => r.includes('2559/QĐ-UBND'))).toBe(true);
    expect(reasons.some((r) => r.includes('2658/QĐ-BTP'))).toBe(true);
    expect(reasons.some((r) => r.includes('705/QĐ-TTg') && r.includes('2017-2021'))).toBe(true);
    expect(reasons.some((r) => r.includes('152/KH-UBND') && r.includes('đến năm 2021'))).toBe(true);
    expect(report.review.at(-1)).toMatchObject({
      location: 'Chữ ký',
      excerpt: expect.stringContaining('Dương Xuân Huyền') as unknown,
    });
    // Documents that are not bound to the year are not flagged.
    expect(reasons.some((r) => r.includes('1824/QĐ-UBND'))).toBe(false);
  });

  it('is valid as a plan', () => {
    expect(parsePlan(plan).ok).toBe(true);
  });
});

describe('rolloverPlan — the new year must come after', () => {
  it('refuses 2020 and 2021 for a 2021 plan, with a bilingual message', () => {
    for (const year of [2020, 2021]) {
      let err: unknown = null;
      try {
        rolloverPlan(seed(), year);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('rollover_year');
      expect((err as AppError).message).toMatch(/phải là một năm sau/u);
      expect((err as AppError).messageEn).toMatch(/must be a year after/);
    }
  });
});

describe('rolloverPlan — deadlines and years in other shapes', () => {
  it('moves "tháng 9/2021", shifts next-year deadlines and flags deadlines that stay in the past', () => {
    const p = seed();
    const s4 = p.sections[3];
    if (!s4) throw new Error('no section IV');
    s4.content.push({
      type: 'text',
      id: 'x1',
      body: [
        {
          runs: [
            { text: 'Báo cáo sơ kết trong tháng 9/2021; báo cáo năm gửi trước ngày ' },
            { text: '15/01/2022', bold: true },
            { text: '.' },
          ],
        },
        { runs: [{ text: 'Hoàn thành việc rà soát trước ngày 30/6/2020 theo yêu cầu.' }] },
      ],
    });
    const { plan, report } = rolloverPlan(p, 2022);
    const block = plan.sections[3]?.content.at(-1);
    expect(block?.type === 'text' && block.body[0]?.runs).toEqual([
      { text: 'Báo cáo sơ kết trong tháng 9/2022; báo cáo năm gửi trước ngày ' },
      { text: '15/01/2023', bold: true },
      { text: '.' },
    ]);
    expect(report.review.some((r) => r.reason.includes('30/6/2020'))).toBe(true);
  });

  it('flags a timeline left in an earlier year (copied from an older plan)', () => {
    const p = seed();
    const t7 = p.sections[1]?.content[6];
    if (t7?.type !== 'item') throw new Error('no task 7');
    t7.fields = { lead: 'Sở Tư pháp.', coordinating: null, timeline: 'Năm 2020.', deliverable: null };
    const { plan, report } = rolloverPlan(p, 2022);
    expect(field(plan, 'Mục II, 7, Thời gian thực hiện')).toBe('Năm 2020.');
    expect(report.review).toContainEqual(
      expect.objectContaining({ location: 'Mục II, 7, Thời gian thực hiện', excerpt: 'Năm 2020.' }),
    );
  });

  it('skips two years at once when asked', () => {
    const { plan } = rolloverPlan(seed(), 2023);
    expect(field(plan, 'Mục II, 1.1, Thời gian thực hiện')).toBe('Trong Quý I năm 2023.');
    expect(allText(plan)).toContain('ngày 25/5/2017');
  });
});

describe('rolloverPlan — the checklist kept with the new plan', () => {
  const { plan, report } = rolloverPlan(seed(), 2022);

  it('lists every review item and every change, none seen, each with its place', () => {
    const review = plan.review ?? [];
    expect(review.filter((r) => r.kind === 'review')).toHaveLength(report.review.length);
    expect(review.filter((r) => r.kind === 'change')).toHaveLength(report.changes.length);
    expect(report.review.length).toBeGreaterThan(0);
    expect(review.every((r) => !r.seen)).toBe(true);
    expect(new Set(review.map((r) => r.id)).size).toBe(review.length);
    expect(review.find((r) => r.address === 'signatureName')?.message.vi).toContain('Xác nhận người ký');
  });

  it('keeps each message in one language', () => {
    const signer = (plan.review ?? []).find((r) => r.address === 'signatureName');
    expect(signer?.message.vi).not.toContain('confirm the signer');
    expect(signer?.message.en).toContain('confirm the signer and title for 2022');
    expect(signer?.message.en).not.toContain('Xác nhận');
  });

  it('is valid in the plan schema, and a second rollover starts a fresh list', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(plan)) as unknown).ok).toBe(true);
    const seen = { ...plan, review: (plan.review ?? []).map((r) => ({ ...r, seen: true })) };
    const again = rolloverPlan(seen, 2023).plan;
    expect((again.review ?? []).length).toBeGreaterThan(0);
    expect((again.review ?? []).every((r) => !r.seen)).toBe(true);
  });
});
