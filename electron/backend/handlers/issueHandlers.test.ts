import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssueResult } from '../../../shared/contract/issueOperations.ts';
import type { PlanRecord, PlanSummary, RevisionInfo } from '../../../shared/contract/records.ts';
import type { RegistryDoc } from '../../../shared/registry/registryDoc.ts';
import { strFromU8, unzipSync } from 'fflate';
import type { Backend } from '../backend.ts';
import { closeTestBackend, contractCaller, openTestBackend } from './testBackend.testkit.ts';

let dir: string;
let backend: Backend;

beforeEach(() => {
  ({ dir, backend } = openTestBackend('plandraft-issue-'));
});
afterEach(() => closeTestBackend(dir, backend));
const { raw, call } = contractCaller(() => backend);

async function seedPlan(): Promise<PlanRecord> {
  return call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
}

describe('issuing through the back end', () => {
  it('walks the working statuses and lists them', async () => {
    const rec = await seedPlan();
    expect((await call<PlanSummary>('setPlanStatus', [rec.id, 'consultation'])).status).toBe('consultation');
    await call('setPlanStatus', [rec.id, 'signing']);
    const listed = await call<PlanSummary[]>('listPlans', []);
    expect(listed.find((p) => p.id === rec.id)?.status).toBe('signing');
    // "issued" is reached only by issuing.
    const direct = await raw('setPlanStatus', [rec.id, 'issued']);
    expect(direct.ok ? null : direct.error.code).toBe('invalid_arguments');
  });

  it('issues: number and date in the header, an issue revision, locked, registered, exported', async () => {
    const rec = await seedPlan();
    const out = await call<IssueResult>('issuePlan', [
      rec.id,
      { number: '5', date: '5/1/2021', baseRevision: rec.revision },
    ]);
    expect(out.record).toMatchObject({ status: 'issued', revision: rec.revision + 1 });
    expect(out.registryUpdated).toBe(false);
    expect(out.record.plan.header).toMatchObject({
      number: '05',
      issueDate: { day: 5, month: 1, year: 2021 },
    });
    const revs = await call<RevisionInfo[]>('listRevisions', [rec.id]);
    expect(revs[0]).toMatchObject({ kind: 'issue', note: 'Ban hành: số 05/KH-BCĐ, ngày 05/01/2021' });

    expect(out.registryDoc).toMatchObject({
      type: 'Kế hoạch',
      numberSymbol: '05/KH-BCĐ',
      number: '05',
      symbol: 'KH-BCĐ',
      date: '2021-01-05',
      issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN',
      summary: rec.plan.summary,
      status: 'in_force',
      source: `Ban hành trong PlanDraft: ${rec.plan.summary}`,
    });
    const found = await call<RegistryDoc[]>('searchRegistry', ['05/KH-BCĐ']);
    expect(found.map((d) => d.id)).toContain(out.registryDoc.id);

    const save = await raw('savePlan', [
      rec.id,
      { ...out.record.plan, summary: 'Sửa lén' },
      { kind: 'autosave', baseRevision: out.record.revision },
    ]);
    expect(save.ok ? null : save.error.code).toBe('plan_issued');
    const again = await raw('issuePlan', [
      rec.id,
      { number: '6', date: '6/1/2021', baseRevision: out.record.revision },
    ]);
    expect(again.ok ? null : again.error.code).toBe('plan_issued');
    const all = await call<RegistryDoc[]>('listRegistry', []);
    expect(all.filter((d) => d.symbol === 'KH-BCĐ').map((d) => d.numberSymbol)).toEqual(['05/KH-BCĐ']);

    const exported = await call<{ base64: string }>('exportPlan', [rec.id, { draft: false }]);
    const xml = strFromU8(
      unzipSync(Buffer.from(exported.base64, 'base64'), { filter: (f) => f.name === 'word/document.xml' })[
        'word/document.xml'
      ]!,
    ).replace(/<[^>]+>/g, '');
    expect(xml).toContain('05/KH-BCĐ');
    expect(xml).toContain('ngày 05 tháng 01 năm 2021');
  });

  it('updates the registry entry the clerk had typed in for the same document instead of adding a second', async () => {
    const rec = await seedPlan();
    const typed = await call<RegistryDoc>('addRegistryDoc', [
      {
        type: 'Kế hoạch',
        numberSymbol: '5/KH-BCĐ',
        date: null,
        issuer: 'Ban Chỉ đạo Đề án',
        summary: 'Kế hoạch tuyên truyền (nhập tay)',
        note: 'Văn thư nhập trước',
      },
    ]);
    // Another year's "05/KH-BCĐ" is another document: it stays as it is.
    const lastYear = await call<RegistryDoc>('addRegistryDoc', [
      { type: 'Kế hoạch', numberSymbol: '05/KH-BCĐ', date: '2020-01-06', issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN' },
    ]);
    const out = await call<IssueResult>('issuePlan', [
      rec.id,
      { number: '5', date: '5/1/2021', baseRevision: rec.revision },
    ]);
    expect(out.registryUpdated).toBe(true);
    expect(out.registryDoc).toMatchObject({
      id: typed.id,
      numberSymbol: '05/KH-BCĐ',
      date: '2021-01-05',
      issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN',
      summary: rec.plan.summary,
      note: 'Văn thư nhập trước',
    });
    const all = await call<RegistryDoc[]>('listRegistry', []);
    expect(all.filter((d) => d.symbol === 'KH-BCĐ').map((d) => [d.id, d.date])).toEqual(
      expect.arrayContaining([
        [typed.id, '2021-01-05'],
        [lastYear.id, '2020-01-06'],
      ]),
    );
    expect(all.filter((d) => d.symbol === 'KH-BCĐ')).toHaveLength(2);
    const revs = await call<RevisionInfo[]>('listRevisions', [rec.id]);
    expect(revs[0]?.note).toBe(
      'Ban hành: số 05/KH-BCĐ, ngày 05/01/2021; cập nhật văn bản đã có trong Sổ văn bản',
    );
  });

  it('keeps an issued plan out of the bin unless the deletion of a record is confirmed', async () => {
    const rec = await seedPlan();
    await call('issuePlan', [rec.id, { number: '5', date: '5/1/2021', baseRevision: rec.revision }]);
    const refused = await raw('deletePlan', [rec.id]);
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'plan_issued' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/đã ban hành \(số 05\) và là văn bản lưu trữ/u);
    expect((await call<PlanSummary[]>('listPlans', [])).map((p) => p.id)).toContain(rec.id);
    await call('deletePlan', [rec.id, { issued: true }]);
    expect((await call<PlanSummary[]>('listDeletedPlans', [])).map((p) => p.id)).toContain(rec.id);
    // A draft needs no such confirmation.
    const draft = await seedPlan();
    await call('deletePlan', [draft.id]);
    expect((await call<PlanSummary[]>('listDeletedPlans', [])).map((p) => p.id)).toContain(draft.id);
  });

  it('refuses 31/02 and a lettered number, leaving the plan a draft and the registry unchanged', async () => {
    const rec = await seedPlan();
    const before = (await call<RegistryDoc[]>('listRegistry', [])).length;
    const bad = await raw('issuePlan', [rec.id, { number: '5', date: '31/02/2021', baseRevision: 1 }]);
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'invalid_issue',
      message: 'Ngày 31/2/2021 không có trong lịch: tháng 2 năm 2021 chỉ có 28 ngày.',
    });
    const letters = await raw('issuePlan', [rec.id, { number: '5a', date: '05/01/2021', baseRevision: 1 }]);
    expect(letters.ok ? null : letters.error.code).toBe('invalid_issue');
    expect((await call<PlanRecord>('getPlan', [rec.id])).status).toBe('draft');
    expect(await call<RegistryDoc[]>('listRegistry', [])).toHaveLength(before);
  });

  it('amends an issued plan as a new linked draft, leaving the issued one untouched', async () => {
    const rec = await seedPlan();
    const { record: issued } = await call<IssueResult>('issuePlan', [
      rec.id,
      { number: '12', date: '15/11/2021', baseRevision: rec.revision },
    ]);
    const draft = await call<PlanRecord>('createAmendment', [rec.id]);
    expect(draft).toMatchObject({ status: 'draft', predecessorId: rec.id, revision: 1 });
    expect(draft.id).not.toBe(rec.id);
    expect(draft.plan.header).toMatchObject({
      number: '',
      issueDate: { day: null, month: null, year: 2021 },
    });
    expect(draft.plan.summary).toBe(issued.plan.summary);
    const saved = await call<{ revision: number }>('savePlan', [
      draft.id,
      { ...draft.plan, summary: 'Bản sửa đổi' },
      { kind: 'save', baseRevision: 1 },
    ]);
    expect(saved.revision).toBe(2);
    const still = await call<PlanRecord>('getPlan', [rec.id]);
    expect(still).toMatchObject({ status: 'issued', revision: issued.revision });
    expect(still.plan.summary).toBe(issued.plan.summary);
    const revs = await call<RevisionInfo[]>('listRevisions', [draft.id]);
    expect(revs.at(-1)?.note).toBe('Bản sửa đổi của kế hoạch số 12/KH-BCĐ');

    const ofDraft = await raw('createAmendment', [draft.id]);
    expect(ofDraft.ok ? null : ofDraft.error.code).toBe('invalid_plan');
  });
});
