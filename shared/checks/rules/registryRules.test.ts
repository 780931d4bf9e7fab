import { describe, expect, it } from 'vitest';
import type { Plan } from '../../model/plan.ts';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import { checkPlan } from '../checkPlan.ts';
import type { CheckOptions } from '../context.ts';
import { withPreamble } from '../testPlans.ts';

/** Findings of one rule for a preamble made of the given text (the rest is the seed). */
function rule(id: string, text: string, options: CheckOptions = {}) {
  return checkPlan(withPreamble(text), options).filter(
    (f) => f.rule === id && f.location?.address.kind === 'preamble',
  );
}

describe('registry: validity on the plan date, swapped digits, laws by name', () => {
  const law80 = {
    id: 'l80',
    type: 'Luật',
    number: '80',
    year: 2015,
    symbol: 'QH13',
    numberSymbol: '80/2015/QH13',
    date: '2015-06-22',
    issuer: 'Quốc hội',
    summary: 'Luật Ban hành văn bản quy phạm pháp luật',
    name: 'Luật Ban hành văn bản quy phạm pháp luật',
    status: 'replaced' as const,
    replacedBy: '64/2025/QH15',
    source: 'https://vbpl.vn/',
    note: '',
    effectiveFrom: '2016-07-01',
    effectiveUntil: '2025-04-01',
    successors: [],
  };
  const registry = createMemoryRegistry([
    law80,
    {
      ...law80,
      id: 'l64',
      number: '64',
      year: 2025,
      symbol: 'QH15',
      numberSymbol: '64/2025/QH15',
      date: '2025-02-19',
      status: 'unknown',
      replacedBy: null,
      effectiveFrom: '2025-04-01',
      effectiveUntil: null,
    },
    {
      ...law80,
      id: 'h35',
      number: '35',
      year: 2013,
      numberSymbol: '35/2013/QH13',
      date: '2013-06-20',
      summary: 'Luật Hòa giải ở cơ sở',
      name: 'Luật Hòa giải ở cơ sở',
      status: 'unknown',
      replacedBy: null,
      effectiveFrom: '2014-01-01',
      effectiveUntil: null,
    },
    {
      ...law80,
      id: 'q768',
      type: 'Quyết định',
      number: '768',
      year: null,
      symbol: 'QĐ-TTg',
      numberSymbol: '768/QĐ-TTg',
      date: '2016-05-06',
      issuer: 'Thủ tướng Chính phủ',
      summary: 'Phê duyệt Đề án tăng cường công tác hòa giải ở cơ sở',
      name: null,
      status: 'unknown',
      replacedBy: null,
      effectiveFrom: null,
      effectiveUntil: null,
    },
  ]);
  const plan2027 = (text: string): Plan => {
    const p = withPreamble(text, 2027);
    p.header.issueDate = { day: null, month: null, year: 2027 };
    return p;
  };
  it('a căn cứ replaced by the plan date names its successor in full, with the day', () => {
    const f = checkPlan(plan2027('Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;'), {
      registry,
    }).filter((x) => x.rule === 'registry.superseded');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain(
      'đã bị thay thế bởi Luật số 64/2025/QH15 ngày 19/02/2025 (Luật Ban hành văn bản quy phạm pháp luật) từ 01/04/2025; tại ngày 01/01/2027',
    );
    expect(f[0]?.message).toContain('(nguồn: Cơ sở dữ liệu quốc gia về văn bản pháp luật)');
    // The same law in a 2021 plan is in force: no finding.
    expect(
      rule('registry.superseded', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;', { registry }),
    ).toEqual([]);
  });
  it('a law named with a year that is not its own, with the registry year as the fix', () => {
    const [f] = rule('registry.law-date', 'Căn cứ Luật Hòa giải ở cơ sở năm 2012;', { registry });
    expect(f?.message).toContain('sổ văn bản chỉ biết luật này năm 2013');
    expect(f?.fix?.replacement).toBe('năm 2013');
    expect(rule('registry.law-date', 'Căn cứ Luật Hòa giải ở cơ sở năm 2013;', { registry })).toEqual([]);
  });
  it('"786/QĐ-TTg" for "768/QĐ-TTg": same symbol and a matching summary, fixed in the number only', () => {
    const text =
      'Thực hiện Quyết định số 786/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án tăng cường công tác hòa giải ở cơ sở';
    const [f] = rule('registry.number-transposed', text, { registry });
    expect(f?.message).toContain('có thể là Quyết định số 768/QĐ-TTg ngày 06/05/2016');
    expect(f?.fix?.replacement).toBe('768');
    expect(f?.excerpt).toBe('786/QĐ-TTg');
    // Another subject, no date in common: not the same document.
    expect(
      rule(
        'registry.number-transposed',
        'Quyết định số 786/QĐ-TTg của Thủ tướng Chính phủ phê duyệt quy hoạch thủy lợi vùng',
        { registry },
      ),
    ).toEqual([]);
  });
  it('an issuer that differs gets the registry issuer as its fix', () => {
    const [f] = rule('registry.issuer-mismatch', 'Quyết định số 768/QĐ-TTg ngày 06/5/2016 của Bộ Tư pháp', {
      registry,
    });
    expect(f?.fix?.replacement).toBe('Thủ tướng Chính phủ');
  });
});
