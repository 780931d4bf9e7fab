import { describe, expect, it } from 'vitest';
import { TEST_AGENCIES } from '../checks/ruleExamples.testkit.ts';
import { seedPlan } from '../checks/testPlans.ts';
import type { Plan } from '../model/plan.ts';
import { rolloverPlan } from './rolloverPlan.ts';

/**
 * A 2025 plan addressed to district-level bodies, as the Lạng Sơn seed is (its tasks and Nơi nhận
 * name "UBND các huyện, thành phố"), signed for a department that merged on 1/3/2025.
 */
function plan2025(): Plan {
  const p = seedPlan();
  p.year = 2025;
  p.header.issueDate = { day: 10, month: 1, year: 2025 };
  p.recipients.entries = [...p.recipients.entries, 'UBND huyện Cao Lộc;', 'Sở Tài nguyên và Môi trường;'];
  p.signature.lines = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'];
  return p;
}

describe('rollover 2025 → 2027 with the agency directory', () => {
  const { report, plan } = rolloverPlan(plan2025(), 2027, { agencies: TEST_AGENCIES });
  const agencyItems = report.review.filter((r) => /không còn trong năm 2027|chỉ có từ ngày/.test(r.reason));

  it('lists "UBND các huyện, thành phố" with its successor and its source, wherever it stands', () => {
    const district = agencyItems.filter((r) => r.excerpt === 'UBND các huyện, thành phố');
    expect(district.map((r) => r.location)).toEqual(expect.arrayContaining(['Nơi nhận 10']));
    expect(district.length).toBeGreaterThanOrEqual(4);
    for (const r of district) {
      expect(r.reason).toContain('từ ngày 1/7/2025');
      expect(r.reason).toContain('thay bằng "UBND các xã, phường"');
      expect(r.reason).toContain('Luật Tổ chức chính quyền địa phương');
    }
  });

  it('lists a district UBND without a successor as such, not silently', () => {
    const caoLoc = agencyItems.find((r) => r.excerpt === 'UBND huyện Cao Lộc');
    expect(caoLoc?.reason).toContain('danh bạ không ghi cơ quan kế tiếp');
  });

  it('lists the merged department in Nơi nhận and in the signer title, with the merged one', () => {
    const tnmt = agencyItems.filter((r) => /^S(ở|Ở) T(ài|ÀI)/.test(r.excerpt));
    expect(tnmt.map((r) => r.location)).toEqual(expect.arrayContaining(['Chữ ký, dòng 2']));
    expect(tnmt.every((r) => r.reason.includes('"Sở Nông nghiệp và Môi trường"'))).toBe(true);
    expect(tnmt.find((r) => r.location === 'Chữ ký, dòng 2')?.reason).toMatch(/^Chức danh người ký/);
  });

  it('lists the bare "cấp huyện" of a task ("Ủy ban Mặt trận Tổ quốc cấp huyện, cấp xã"), saying where its duties went', () => {
    const level = agencyItems.filter((r) => r.excerpt === 'cấp huyện');
    expect(level.map((r) => r.location)).toEqual(['Mục IV, 3']);
    expect(level[0]?.reason).toContain('từ ngày 1/7/2025');
    expect(level[0]?.reason).toContain('cấp tỉnh hoặc cấp xã');
    // Rolled to 2024, when the district level still existed all year, it is not listed.
    const early = rolloverPlan(seedPlan(), 2024, { agencies: TEST_AGENCIES }).report.review;
    expect(early.some((r) => r.excerpt === 'cấp huyện')).toBe(false);
  });

  it('lists the former Vụ PBGDPL (a unit of the ministry) with the Cục that replaced it', () => {
    const vu = agencyItems.find((r) => r.excerpt === 'Vụ PBGDPL');
    expect(vu?.reason).toContain('thay bằng "Cục Phổ biến, giáo dục pháp luật"');
  });

  it('puts the items on the plan’s "Rà soát năm mới" checklist', () => {
    const district = plan.review?.filter((r) => r.message.vi.includes('UBND các huyện, thành phố')) ?? [];
    expect(district.length).toBeGreaterThan(0);
    expect(district[0]?.message.en).not.toContain('UBND các huyện, thành phố không');
  });

  it('does not list bodies that exist through 2027', () => {
    expect(agencyItems.some((r) => r.excerpt.startsWith('Sở Tư pháp'))).toBe(false);
    expect(agencyItems.some((r) => r.excerpt.startsWith('Công an tỉnh'))).toBe(false);
  });

  it('lists nothing without the directory, and nothing for 2021 → 2022', () => {
    expect(
      rolloverPlan(plan2025(), 2027).report.review.some((r) => r.reason.includes('không còn trong năm')),
    ).toBe(false);
    const early = rolloverPlan(seedPlan(), 2022, { agencies: TEST_AGENCIES }).report.review;
    expect(early.some((r) => r.reason.includes('không còn trong năm'))).toBe(false);
  });
});
