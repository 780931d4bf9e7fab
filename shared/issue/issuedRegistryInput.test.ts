import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan.ts';
import { completeRegistryInput } from '../registry/registryInput.ts';
import { issuedRegistryInput, registryTypeOf } from './issuedRegistryInput.ts';

const plan = (over: Partial<Plan['header']>, typeName = 'KẾ HOẠCH'): Plan =>
  ({
    typeName,
    summary: ' Phổ biến, giáo dục pháp luật năm 2021 ',
    header: {
      parentBody: 'UBND TỈNH LẠNG SƠN',
      issuingBody: 'BAN CHỈ ĐẠO ĐỀ ÁN',
      number: '7',
      symbol: 'KH-BCĐ',
      place: 'Lạng Sơn',
      issueDate: { day: 9, month: 2, year: 2021 },
      ...over,
    },
  }) as Plan;

describe('issuedRegistryInput', () => {
  it('names the type as citations do', () => {
    expect(registryTypeOf('KẾ HOẠCH')).toBe('Kế hoạch');
    expect(registryTypeOf('  ')).toBe('Kế hoạch');
    expect(registryTypeOf('ĐỀ ÁN')).toBe('Đề án');
  });

  it('is a complete registry entry: type, 07/KH-BCĐ, ISO date, issuer, trích yếu, source', () => {
    const done = completeRegistryInput(issuedRegistryInput(plan({})));
    expect(done).toMatchObject({
      ok: true,
      fields: {
        type: 'Kế hoạch',
        number: '07',
        symbol: 'KH-BCĐ',
        numberSymbol: '07/KH-BCĐ',
        date: '2021-02-09',
        issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN',
        summary: 'Phổ biến, giáo dục pháp luật năm 2021',
        status: 'in_force',
        source: 'Ban hành trong PlanDraft: Phổ biến, giáo dục pháp luật năm 2021',
      },
    });
  });

  it('keeps numbers from 10 up as they are', () => {
    expect(issuedRegistryInput(plan({ number: '125', symbol: 'KH - UBND' })).numberSymbol).toBe(
      '125/KH-UBND',
    );
  });
});
