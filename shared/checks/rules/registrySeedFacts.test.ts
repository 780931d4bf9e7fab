import { describe, expect, it } from 'vitest';
import seedJson from '../../../templates/registry/seed.json' with { type: 'json' };
import type { Plan } from '../../model/plan.ts';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import { parseRegistrySeed } from '../../registry/registrySeed.ts';
import { checkPlan } from '../checkPlan.ts';
import { withPreamble } from '../testPlans.ts';

const seed = parseRegistrySeed(seedJson);
if (!seed.ok) throw new Error(seed.messageEn);
const registry = createMemoryRegistry(seed.seed.documents);

/** A plan of `year` (issued 5 January) whose preamble is `text`. */
const planOf = (text: string, year: number): Plan => {
  const p = withPreamble(text, year);
  p.header.issueDate = { day: 5, month: 1, year };
  return p;
};
/** The findings of `rule` about the preamble (the seed's own body cites documents of 2017–2021). */
const found = (p: Plan, rule: string) =>
  checkPlan(p, { registry }).filter((f) => f.rule === rule && f.location?.address.kind === 'preamble');

/** Facts the built-in registry gained for the 2027 rollover (issue 11), checked as a plan meets them. */
describe('built-in registry: the 2025 laws and decisions', () => {
  const law2015 = 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015;';

  it('Luật 80/2015/QH13 cited in a 2026 plan is replaced by Luật 64/2025/QH15 from 01/04/2025', () => {
    const [f] = found(planOf(law2015, 2026), 'registry.superseded');
    expect(f?.message).toContain('64/2025/QH15');
    expect(f?.message).toContain('01/04/2025');
    // The same citation in a 2024 plan was in force.
    expect(found(planOf(law2015, 2024), 'registry.superseded')).toEqual([]);
  });

  it('knows the day of Quyết định 26/2025/QĐ-TTg (Hội đồng phối hợp PBGDPL): a wrong day is flagged', () => {
    const text = (day: string) =>
      `Căn cứ Quyết định số 26/2025/QĐ-TTg ngày ${day} của Thủ tướng Chính phủ quy định về thành phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;`;
    expect(found(planOf(text('04/9/2025'), 2026), 'registry.date-mismatch')).toHaveLength(1);
    expect(found(planOf(text('04/8/2025'), 2026), 'registry.date-mismatch')).toEqual([]);
  });

  it('holds Nghị quyết 203/2025/QH15 (Hiến pháp sửa đổi) and the effective day of Nghị định 45/2025/NĐ-CP', () => {
    const docs = seed.seed.documents;
    expect(docs.find((d) => d.numberSymbol === '203/2025/QH15')).toMatchObject({
      date: '2025-06-16',
      effectiveFrom: '2025-06-16',
      status: 'unknown',
    });
    expect(docs.find((d) => d.numberSymbol === '45/2025/NĐ-CP')?.effectiveFrom).toBe('2025-03-01');
    const nq = 'Căn cứ Nghị quyết số 203/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp;';
    for (const rule of ['registry.superseded', 'registry.date-mismatch', 'registry.number-transposed'])
      expect(found(planOf(nq, 2026), rule), rule).toEqual([]);
  });
});
