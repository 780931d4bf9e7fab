import { describe, expect, it } from 'vitest';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import type { RegistryDoc } from '../../registry/registryDoc.ts';
import { checkPlan } from '../checkPlan.ts';
import { withPreamble } from '../testPlans.ts';

const law = {
  id: 'luat-80',
  type: 'Luật',
  number: '80',
  year: 2015,
  symbol: 'QH13',
  numberSymbol: '80/2015/QH13',
  date: '2015-06-22',
  issuer: 'Quốc hội',
  summary: '',
  name: 'Luật Ban hành văn bản quy phạm pháp luật',
  status: 'in_force',
  replacedBy: null,
  source:
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Luat-ban-hanh-van-ban-quy-pham-phap-luat-2015-282382.aspx (bản văn: "…")',
  note: '',
} as RegistryDoc;

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
