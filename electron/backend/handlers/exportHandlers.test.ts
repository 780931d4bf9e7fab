import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { ExportResult, PlanRecord, SaveResult } from '../../../shared/contract/records.ts';
import { createBackend, type Backend } from '../backend.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';

let dir: string;
let backend: Backend;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-gate-'));
  backend = createBackend({ dataDir: dir, resourcesDir: sourceResourcesDir(), host: 'web' });
});
afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (name: string, args: unknown[]) => dispatch(backend.handlers, name as never, args as never);
async function ok<T>(name: string, args: unknown[]): Promise<T> {
  const res = await call(name, args);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as T;
}
const sha = (r: ExportResult) => createHash('sha256').update(Buffer.from(r.base64, 'base64')).digest('hex');

describe('the final export gate', () => {
  it('exports the seed (no errors) as final with nothing to explain', async () => {
    const rec = await ok<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const r = await ok<ExportResult>('exportPlan', [rec.id, { draft: false }]);
    expect(r).toMatchObject({ draft: false, reason: null, openErrors: 0 });
    expect(backend.context.plans.exports(rec.id)).toMatchObject([
      { revision: rec.revision, draft: false, reason: null, openErrors: 0, sha256: sha(r) },
    ]);
  });

  it('refuses a final copy with error findings unless a reason is given, which is logged', async () => {
    const rec = await ok<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const plan = structuredClone(rec.plan);
    plan.signature.name = '';
    plan.header.issuingBody = '';
    const saved = await ok<SaveResult>('savePlan', [
      rec.id,
      plan,
      { kind: 'save', baseRevision: rec.revision },
    ]);

    for (const reason of [undefined, '', '   ']) {
      const refused = await call('exportPlan', [
        rec.id,
        reason === undefined ? { draft: false } : { draft: false, reason },
      ]);
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('export_has_errors');
      expect(refused.error.message).toContain('còn 2 lỗi');
      expect(refused.error.message).toContain('Thiếu họ tên người ký');
      expect(refused.error.messageEn).toContain('2 error(s)');
    }
    expect(backend.context.plans.exports(rec.id)).toEqual([]);

    // A draft is never gated.
    const draft = await ok<ExportResult>('exportPlan', [rec.id, { draft: true }]);
    expect(draft).toMatchObject({ draft: true, reason: null, openErrors: 0 });

    const forced = await ok<ExportResult>('exportPlan', [
      rec.id,
      { draft: false, reason: '  Lãnh đạo cần bản ký  gấp;\nbổ sung tên sau ' },
    ]);
    expect(forced).toMatchObject({ draft: false, openErrors: 2, revision: saved.revision });
    const log = backend.context.plans.exports(rec.id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({
      draft: false,
      revision: saved.revision,
      sha256: sha(forced),
      reason: 'Lãnh đạo cần bản ký gấp; bổ sung tên sau',
      openErrors: 2,
    });
  });

  it('refuses an over-long reason at the contract boundary', async () => {
    const rec = await ok<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const res = await call('exportPlan', [rec.id, { draft: false, reason: 'x'.repeat(2001) }]);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('invalid_arguments');
  });
});
