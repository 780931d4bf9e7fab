import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.ts';
import type { Plan } from '../model/plan.ts';
import { rolloverPlan } from '../rollover/rolloverPlan.ts';
import { comparePlans } from './comparePlans.ts';

function seed(): Plan {
  const parsed = parsePlan(
    JSON.parse(
      readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
    ) as unknown,
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.plan;
}

describe('comparePlans', () => {
  it('shows nothing changed for the same plan', () => {
    const c = comparePlans(seed(), seed());
    expect(c.changedRows + c.addedRows + c.removedRows).toBe(0);
    expect(c.rows.length).toBeGreaterThan(50);
  });

  it('highlights exactly the changed words of a rolled-over plan', () => {
    const old = seed();
    const { plan } = rolloverPlan(old, 2022);
    const c = comparePlans(old, plan);
    const timeline = c.rows.find((r) => r.label === 'Mục II, 1.1, Thời gian thực hiện');
    expect(timeline?.changed).toBe(true);
    expect(timeline?.left?.filter((s) => s.change === 'removed').map((s) => s.text)).toEqual(['2021']);
    expect(timeline?.right?.filter((s) => s.change === 'added').map((s) => s.text)).toEqual(['2022']);
    expect(timeline?.right?.map((s) => s.text).join('')).toBe('Thời gian thực hiện: Trong Quý I năm 2022.');
    const kinhPhi = c.rows.find((r) => r.label.startsWith('Mục III, văn bản'));
    expect(kinhPhi?.changed).toBe(false);
    expect(c.addedRows).toBe(0);
    expect(c.removedRows).toBe(0);
  });

  it('shows an added task and a removed recipient as whole rows', () => {
    const old = seed();
    const next = seed();
    const s2 = next.sections[1];
    if (!s2) throw new Error('no section II');
    s2.content.push({
      type: 'item',
      id: 't8',
      title: 'Tổ chức Ngày Pháp luật Việt Nam',
      body: [],
      fields: { lead: 'Sở Tư pháp.', coordinating: null, timeline: 'Tháng 11 năm 2021.', deliverable: null },
      children: [],
    });
    next.recipients.entries = next.recipients.entries.filter((e) => e !== 'TAND, VKSND tỉnh;');
    const c = comparePlans(old, next);
    const added = c.rows.filter((r) => r.left === null).map((r) => r.right?.[0]?.text);
    expect(added).toContain('8. Tổ chức Ngày Pháp luật Việt Nam');
    const removed = c.rows.filter((r) => r.right === null).map((r) => r.left?.[0]?.text);
    expect(removed).toContain('- TAND, VKSND tỉnh;');
  });
});
