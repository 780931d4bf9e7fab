import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyDirectoryView } from '../../../shared/agencies/agencyRecords.ts';
import type { RolloverResult } from '../../../shared/contract/reuseOperations.ts';
import type { PlanRecord } from '../../../shared/contract/records.ts';
import type { Backend } from '../backend.ts';
import { closeTestBackend, contractCaller, openTestBackend } from './testBackend.testkit.ts';

let dir: string;
let backend: Backend;
beforeAll(() => {
  ({ dir, backend } = openTestBackend('plandraft-agency-handlers-'));
});
afterAll(() => closeTestBackend(dir, backend));
const { call, raw } = contractCaller(() => backend);

describe('agency operations through the contract', () => {
  it('lists the built-in directory for Lạng Sơn on first open', async () => {
    const view = await call<AgencyDirectoryView>('listAgencies', []);
    expect(view.province).toBe('lang-son');
    expect(view.provinces).toContain('lang-son');
    expect(view.entries.some((e) => e.id === 'lang-son-ubnd-cac-huyen-thanh-pho')).toBe(true);
  });

  it('refuses an entry without a source, in Vietnamese and English', async () => {
    const res = await raw('addAgency', [{ name: 'Sở Ngoại vụ', level: 'tinh', kind: null, source: '' }]);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      // A sentence the form can show as it is (the schema's refusals are generic since issue 9 §10).
      expect(res.error.code).toBe('invalid_agency');
      expect(res.error.message).toContain('Hãy ghi nguồn');
    }
  });

  it('refuses a province that is not a slug', async () => {
    expect((await raw('setAgencyProvince', ['Lạng Sơn'])).ok).toBe(false);
  });

  it('rolls the Lạng Sơn seed over to 2027 with its district-level recipients listed', async () => {
    const created = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const r = await call<RolloverResult>('rolloverPlan', [created.id, 2027]);
    const district = r.report.review.filter((x) => x.excerpt === 'UBND các huyện, thành phố');
    expect(district.length).toBeGreaterThan(0);
    expect(district[0]?.reason).toContain('"UBND các xã, phường"');
  });

  it('learns a name typed in two plans', async () => {
    const a = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const b = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const name = 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn';
    await call('noteAgencyName', [a.id, name]);
    expect(await call('noteAgencyName', [b.id, name])).toMatchObject({ learned: true, plans: 2 });
    const view = await call<AgencyDirectoryView>('listAgencies', []);
    expect(view.entries.find((e) => e.name === name)?.origin).toBe('learned');
  });
});
