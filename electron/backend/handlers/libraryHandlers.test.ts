import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { ImportDocumentResult, RolloverResult } from '../../../shared/contract/reuseOperations.ts';
import type { PlanRecord, PlanSummary, TemplateInfo } from '../../../shared/contract/records.ts';
import type { Backend } from '../backend.ts';
import { closeTestBackend, contractCaller, openTestBackend } from './testBackend.testkit.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';

let dir: string;
let backend: Backend;

beforeAll(() => {
  ({ dir, backend } = openTestBackend('plandraft-library-'));
});
afterAll(() => closeTestBackend(dir, backend));
const { call } = contractCaller(() => backend);

async function failure(name: string, args: unknown[]) {
  const res = await dispatch(backend.handlers, name as never, args as never);
  if (res.ok) throw new Error(`${name} succeeded`);
  return res.error;
}

const summaryOf = async (id: string) => (await call<PlanSummary[]>('listPlans', [])).find((p) => p.id === id);

describe('library operations through the back end', () => {
  it('duplicates a plan as a new draft "… (bản sao)" without number, and says where it came from', async () => {
    const source = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    expect(await summaryOf(source.id)).toMatchObject({
      origin: { kind: 'template', templateId: 'langson-2021' },
    });
    const copy = await call<PlanRecord>('duplicatePlan', [source.id]);
    expect(copy.id).not.toBe(source.id);
    expect(copy.plan.summary).toBe(`${source.plan.summary.trim()} (bản sao)`);
    expect(copy.plan.header.number).toBe('');
    expect(copy.plan.header.issueDate.day).toBeNull();
    expect(copy.plan.sections).toEqual(source.plan.sections);
    expect(copy.status).toBe('draft');
    expect(await summaryOf(copy.id)).toMatchObject({
      origin: { kind: 'duplicate', fromTitle: source.plan.summary.trim() },
      predecessorId: null,
    });
    // The source is untouched.
    expect((await call<PlanRecord>('getPlan', [source.id])).plan).toEqual(source.plan);
  });

  it('names the origin of an import, a rollover and an amendment', async () => {
    const text = fs.readFileSync(
      path.join(sourceResourcesDir(), 'test/fixtures/seed-plan-langson-2021.txt'),
      'utf8',
    );
    const imported = await call<ImportDocumentResult>('importDocument', [
      'kế-hoạch-2021.txt',
      Buffer.from(text, 'utf8').toString('base64'),
    ]);
    expect((await summaryOf(imported.planId))?.origin).toEqual({
      kind: 'import',
      fileName: 'kế-hoạch-2021.txt',
    });
    const source = await call<PlanRecord>('getPlan', [imported.planId]);
    const next = await call<RolloverResult>('rolloverPlan', [imported.planId, source.plan.year + 1]);
    expect((await summaryOf(next.planId))?.origin).toEqual({
      kind: 'rollover',
      fromTitle: source.plan.summary,
      fromYear: source.plan.year,
    });
    const head = await call<PlanRecord>('getPlan', [next.planId]);
    await call('issuePlan', [
      next.planId,
      { number: '7', date: `05/01/${head.plan.year}`, baseRevision: head.revision },
    ]);
    const amendment = await call<PlanRecord>('createAmendment', [next.planId]);
    expect((await summaryOf(amendment.id))?.origin).toMatchObject({
      kind: 'amendment',
      fromTitle: head.plan.summary,
    });
    expect((await summaryOf(amendment.id))?.origin).toHaveProperty(
      'fromNumber',
      expect.stringMatching(/^07\//),
    );
  });

  it('empties the bin for good: revisions and export log go with the plan, the library stays', async () => {
    const kept = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const gone = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    await call('exportPlan', [gone.id, { draft: true }]);
    await call('deletePlan', [gone.id]);
    expect((await call<PlanSummary[]>('listDeletedPlans', [])).map((p) => p.id)).toContain(gone.id);
    const { removed } = await call<{ removed: number }>('emptyBin', []);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await call<PlanSummary[]>('listDeletedPlans', [])).toEqual([]);
    expect((await failure('restorePlan', [gone.id])).code).toBe('not_found');
    const count = (table: string) =>
      (
        backend.context.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE plan_id = ?`).get(gone.id) as {
          n: number;
        }
      ).n;
    expect(count('revisions')).toBe(0);
    expect(count('exports')).toBe(0);
    expect(backend.context.db.pragma('foreign_key_check')).toEqual([]);
    expect(await summaryOf(kept.id)).toBeDefined();
    // Emptying an empty bin is not an error.
    expect(await call<{ removed: number }>('emptyBin', [])).toEqual({ removed: 0 });
  });

  it('renames and deletes a user template; an empty name or an unknown template is refused', async () => {
    const plan = await call<PlanRecord>('createPlan', [{ templateId: 'langson-2021' }]);
    const tpl = await call<TemplateInfo>('saveAsTemplate', [plan.id, 'Mẫu phổ biến pháp luật']);
    const renamed = await call<TemplateInfo>('renameUserTemplate', [tpl.id, '  Mẫu tuyên truyền 2026 ']);
    expect(renamed).toMatchObject({ id: tpl.id, name: 'Mẫu tuyên truyền 2026', builtIn: false });
    const names = (await call<TemplateInfo[]>('listTemplates', [])).map((t) => t.name);
    expect(names).toContain('Mẫu tuyên truyền 2026');
    expect(names).not.toContain('Mẫu phổ biến pháp luật');
    expect((await failure('renameUserTemplate', [tpl.id, '   '])).code).toBe('invalid_arguments');
    expect((await failure('renameUserTemplate', ['user-none', 'Tên'])).code).toBe('not_found');
    await call('deleteUserTemplate', [tpl.id]);
    expect((await call<TemplateInfo[]>('listTemplates', [])).map((t) => t.id)).not.toContain(tpl.id);
  });

  it('searches accent-insensitively and lists the origin of what it finds', async () => {
    const found = await call<PlanSummary[]>('searchPlans', ['pho bien giao duc']);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => typeof p.origin.kind === 'string')).toBe(true);
    expect(await call<PlanSummary[]>('searchPlans', ['khôngcótừnàyđâu'])).toEqual([]);
  });
});
