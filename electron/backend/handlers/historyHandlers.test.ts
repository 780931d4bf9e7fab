import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/appError.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { PlanRecord, RevisionInfo, SaveResult } from '../../../shared/contract/records.ts';
import { createBackend, type Backend } from '../backend.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';

let dir: string;
let backend: Backend;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-history-'));
  backend = createBackend({ dataDir: dir, resourcesDir: sourceResourcesDir(), host: 'web' });
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const raw = (name: string, args: unknown[]): Promise<Envelope<unknown>> =>
  dispatch(backend.handlers, name as never, args as never) as Promise<Envelope<unknown>>;
async function call<T>(name: string, args: unknown[]): Promise<T> {
  const res = await raw(name, args);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as T;
}

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
    expect(autosave).toMatchObject({ kind: 'autosave', descriptionEn: 'Edited Trích yếu' });
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
