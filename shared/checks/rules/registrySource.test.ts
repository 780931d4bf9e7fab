import { describe, expect, it } from 'vitest';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import { checkPlan } from '../checkPlan.ts';
import { registryDoc } from '../testRegistry.testkit.ts';
import { withPreamble } from '../testPlans.ts';

const law = registryDoc({
  source:
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Luat-ban-hanh-van-ban-quy-pham-phap-luat-2015-282382.aspx (bản văn: "…")',
});

describe('registry findings name their source', () => {
  it('by the site name, in each language, never by its URL', () => {
    const plan = withPreamble('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016;');
    const findings = checkPlan(plan, { registry: createMemoryRegistry([law]) });
    // A law's wrong date is registry.law-date since the registry checks know laws by name.
    const f = findings.find((x) => x.rule === 'registry.law-date');
    expect(f?.message).toContain('(nguồn: Thư viện Pháp luật)');
    expect(f?.messageEn).toContain('(source: ThuVienPhapLuat.vn legal library)');
    expect(`${f?.message} ${f?.messageEn}`).not.toContain('http');
  });
});
