import { describe, expect, it } from 'vitest';
import seedJson from '../../templates/registry/seed.json' with { type: 'json' };
import { seedPlan } from '../checks/testPlans.ts';
import { richFromPlain } from '../model/richText.ts';
import { createMemoryRegistry } from '../registry/memoryRegistry.ts';
import { parseRegistrySeed } from '../registry/registrySeed.ts';
import { rolloverPlan } from './rolloverPlan.ts';

const parsed = parseRegistrySeed(seedJson);
if (!parsed.ok) throw new Error(parsed.messageEn);
const registry = createMemoryRegistry(parsed.seed.documents);

describe('rollover 2021 → 2027 with the built-in registry (issue 11)', () => {
  const plan = seedPlan();
  // A căn cứ the registry knows as replaced, added to the Lạng Sơn plan.
  plan.preamble = [
    ...plan.preamble,
    ...richFromPlain('Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;'),
  ];
  const { report } = rolloverPlan(plan, 2027, { registry });
  const reasons = report.review.map((r) => r.reason);

  it('names every cited programme of the 2021 plan that ended, with the day and its source', () => {
    for (const ns of ['705/QĐ-TTg', '113/KH-UBND', '152/KH-UBND', '2658/QĐ-BTP', '2559/QĐ-UBND']) {
      const r = reasons.find((x) => x.includes(`${ns} đã hết hiệu lực từ 01/01/2022`));
      expect(r, ns).toBeDefined();
      expect(r).toMatch(/nguồn: /u);
      // No source names what continues them: the item says so rather than staying silent.
      expect(r).toContain('sổ văn bản chưa ghi văn bản kế tiếp');
    }
  });

  it('names the replaced căn cứ with what replaced it', () => {
    expect(reasons.find((x) => x.includes('110/2004/NĐ-CP'))).toContain(
      'Nghị định 110/2004/NĐ-CP đã bị thay thế bởi Nghị định số 30/2020/NĐ-CP ngày 05/03/2020',
    );
  });

  it('lists the căn cứ no source verifies, and keeps unknown unknown', () => {
    const r = reasons.find((x) => x.includes('chưa có nguồn xác nhận hiệu lực'));
    expect(r).toContain('Luật PBGDPL');
    expect(r).toContain('1824/QĐ-UBND');
    expect(r).not.toContain('705/QĐ-TTg');
  });

  it('without a registry the review is what it was', () => {
    const plain = rolloverPlan(plan, 2027).report.review.map((x) => x.reason);
    expect(plain.some((x) => x.includes('đã hết hiệu lực'))).toBe(false);
    expect(reasons.length).toBeGreaterThan(plain.length);
  });

  it('a 2022 rollover judges on 1 January 2022: the 2021 programmes have just ended', () => {
    const r = rolloverPlan(seedPlan(), 2022, { registry }).report.review.map((x) => x.reason);
    expect(r.some((x) => x.includes('705/QĐ-TTg đã hết hiệu lực từ 01/01/2022'))).toBe(true);
  });
});
