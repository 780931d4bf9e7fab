import { describe, expect, it } from 'vitest';
import { TEST_AGENCIES } from '../../shared/checks/ruleExamples.testkit.ts';
import { emptyAgencyForm, formFromEntry, inputFromForm, vnToIso } from './agencyForm.ts';

describe('the agency form', () => {
  it('reads dd/mm/yyyy dates and refuses impossible ones', () => {
    expect(vnToIso('1/3/2025')).toBe('2025-03-01');
    expect(vnToIso('')).toBeNull();
    expect(vnToIso('31/02/2025')).toBeUndefined();
  });

  it('resolves successor names to ids and reports an unknown one', () => {
    const v = {
      ...emptyAgencyForm('lang-son'),
      name: 'Sở X',
      source: 'QĐ',
      successors: 'Sở Tài chính; Sở Không Có',
    };
    expect(inputFromForm(v, TEST_AGENCIES)).toEqual({
      problem: { key: 'unknownSuccessor', name: 'Sở Không Có' },
    });
    const ok = inputFromForm({ ...v, successors: 'Sở Tài chính', validUntil: '01/03/2025' }, TEST_AGENCIES);
    expect('input' in ok && ok.input.successors).toEqual(['lang-son-so-tai-chinh-2025']);
  });

  it('round-trips a built-in entry', () => {
    const e = TEST_AGENCIES.byId('lang-son-so-ke-hoach-va-dau-tu')!;
    const r = inputFromForm(formFromEntry(e, TEST_AGENCIES), TEST_AGENCIES);
    expect('input' in r && r.input).toMatchObject({
      name: e.name,
      validUntil: '2025-03-01',
      successors: ['lang-son-so-tai-chinh-2025'],
    });
  });
});
