import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanRecord, RevisionInfo, SaveResult } from '../../../shared/contract/records.ts';
import type { Backend } from '../backend.ts';
import { closeTestBackend, contractCaller, openTestBackend } from './testBackend.testkit.ts';

let dir: string;
let backend: Backend;

beforeEach(() => {
  ({ dir, backend } = openTestBackend('plandraft-history-'));
});
afterEach(() => closeTestBackend(dir, backend));
const { raw, call } = contractCaller(() => backend);

describe('history through the contract', () => {
  it('names a version, restores it, and refuses both once the plan is issued', async () => {
    const rec = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const named = await call<SaveResult>('nameVersion', [
      rec.id,
      { name: 'Gửi xin ý kiến các sở', baseRevision: rec.revision },
    ]);
    const edited = await call<SaveResult>('savePlan', [
      rec.id,
      { ...rec.plan, summary: 'Sau góp ý' },
      { kind: 'autosave', baseRevision: named.revision },
    ]);
    const restored = await call<PlanRecord>('restoreRevision', [
      rec.id,
      { revision: named.revision, baseRevision: edited.revision },
    ]);
    expect(restored.plan.summary).toBe(rec.plan.summary);
    const [head, autosave, version] = await call<RevisionInfo[]>('listRevisions', [rec.id]);
    expect(head).toMatchObject({ kind: 'restore', description: 'Sửa Trích yếu' });
    expect(autosave).toMatchObject({ kind: 'autosave', descriptionEn: 'Edited Summary' });
    expect(version).toMatchObject({ kind: 'named', name: 'Gửi xin ý kiến các sở' });

    const blank = await raw('nameVersion', [rec.id, { name: ' ', baseRevision: restored.revision }]);
    expect(blank.ok ? null : blank.error.message).toMatch(/Hãy đặt tên cho phiên bản/u);

    await call('issuePlan', [rec.id, { number: '5', date: '5/1/2021', baseRevision: restored.revision }]);
    const refused = await raw('restoreRevision', [
      rec.id,
      { revision: named.revision, baseRevision: restored.revision + 1 },
    ]);
    expect(refused.ok ? null : refused.error.code).toBe('plan_issued');
  });
});
