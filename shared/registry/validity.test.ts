import { describe, expect, it } from 'vitest';
import seedJson from '../../templates/registry/seed.json' with { type: 'json' };
import type { RegistryDoc } from './registryDoc.ts';
import { parseRegistrySeed } from './registrySeed.ts';
import { isNotValid, planValidityDate, validityOn, validityText } from './validity.ts';

const doc = (over: Partial<RegistryDoc>): RegistryDoc => ({
  id: 'x',
  type: 'Luật',
  number: '80',
  year: 2015,
  symbol: 'QH13',
  numberSymbol: '80/2015/QH13',
  date: '2015-06-22',
  issuer: 'Quốc hội',
  summary: '',
  name: null,
  status: 'unknown',
  replacedBy: null,
  source: 'nguồn',
  note: '',
  effectiveFrom: null,
  effectiveUntil: null,
  successors: [],
  ...over,
});

describe('validityOn', () => {
  it('an unknown status stays unverified, never in force, even with a known start date', () => {
    const v = validityOn(doc({ effectiveFrom: '2016-07-01' }), '2021-01-01');
    expect(v).toEqual({ kind: 'unverified', from: '2016-07-01' });
    expect(validityText(v).vi).toBe('Chưa xác minh (có hiệu lực từ 01/07/2016; chưa rõ tình trạng hiện nay)');
    expect(validityOn(doc({}), '2021-01-01').kind).toBe('unverified');
    expect(isNotValid(validityOn(doc({}), '2021-01-01'))).toBe(false);
  });

  it('before its effective date a document is not yet in force, whatever its status', () => {
    const v = validityOn(doc({ status: 'in_force', effectiveFrom: '2025-04-01' }), '2025-03-31');
    expect(v).toEqual({ kind: 'not_yet', from: '2025-04-01' });
    expect(validityText(v).vi).toBe('Chưa có hiệu lực (từ 01/04/2025)');
  });

  it('from its end date a document with a successor is replaced, on that day', () => {
    const d = doc({ status: 'replaced', replacedBy: '64/2025/QH15', effectiveUntil: '2025-04-01' });
    expect(validityOn(d, '2025-03-31').kind).toBe('unverified');
    const v = validityOn(d, '2025-04-01');
    expect(v).toEqual({ kind: 'replaced', on: '2025-04-01', by: ['64/2025/QH15'] });
    expect(validityText(v).vi).toBe('Bị thay thế bởi 64/2025/QH15 từ 01/04/2025');
    // Known at both ends: in force in between.
    expect(validityOn({ ...d, effectiveFrom: '2016-07-01' }, '2020-01-01')).toEqual({
      kind: 'in_force',
      from: '2016-07-01',
    });
  });

  it('an expired document names what continues it', () => {
    const v = validityOn(
      doc({ status: 'expired', effectiveUntil: '2025-06-16', successors: ['72/2025/QH15'] }),
      '2027-01-01',
    );
    expect(v).toEqual({ kind: 'expired', on: '2025-06-16', successors: ['72/2025/QH15'] });
    expect(validityText(v).vi).toBe('Hết hiệu lực từ 16/06/2025; kế tiếp: 72/2025/QH15');
  });

  it('a status without a date says the day is unknown', () => {
    expect(
      validityText(validityOn(doc({ status: 'replaced', replacedBy: '30/2020/NĐ-CP' }), '2021-01-01')).vi,
    ).toBe('Bị thay thế bởi 30/2020/NĐ-CP (chưa rõ ngày)');
  });

  it('in force only once issued', () => {
    expect(validityOn(doc({ status: 'in_force' }), '2015-01-01').kind).toBe('unverified');
    expect(validityOn(doc({ status: 'in_force' }), '2015-07-01').kind).toBe('in_force');
  });
});

describe('planValidityDate', () => {
  it('uses the issue date, else 1 January of the plan year', () => {
    expect(planValidityDate(2021, { day: 5, month: 1, year: 2021 })).toBe('2021-01-05');
    expect(planValidityDate(2021, { day: null, month: 1, year: 2021 })).toBe('2021-01-01');
    expect(planValidityDate(2027, { day: null, month: null, year: null })).toBe('2027-01-01');
  });
});

describe('the built-in seed', () => {
  const parsed = parseRegistrySeed(seedJson);
  if (!parsed.ok) throw new Error(parsed.message);
  const docs = parsed.seed.documents;
  const by = (ns: string) => docs.find((d) => d.numberSymbol === ns)!;

  it('Decree 110/2004 was replaced by Decree 30/2020 (a stated successor)', () => {
    expect(validityOn(by('110/2004/NĐ-CP'), '2021-01-01')).toMatchObject({
      kind: 'replaced',
      by: ['30/2020/NĐ-CP'],
    });
  });

  it('no entry of unknown status is ever shown as in force', () => {
    for (const d of docs.filter((x) => x.status === 'unknown' && !x.effectiveUntil))
      for (const day of ['2021-01-01', '2027-01-01'])
        expect(validityOn(d, day).kind, d.id).not.toBe('in_force');
  });
});
