import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type {
  CompareResult,
  ImportDocumentResult,
  RolloverResult,
} from '../../../shared/contract/reuseOperations.ts';
import type { PlanRecord, TemplateInfo } from '../../../shared/contract/records.ts';
import type { Backend } from '../backend.ts';
import { closeTestBackend, contractCaller, openTestBackend } from './testBackend.testkit.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { importFileBytes } from '../reuse/importFile.ts';

let dir: string;
let backend: Backend;
const seedText = fs.readFileSync(
  path.join(sourceResourcesDir(), 'test/fixtures/seed-plan-langson-2021.txt'),
  'utf8',
);

beforeAll(() => {
  ({ dir, backend } = openTestBackend('plandraft-reuse-'));
});
afterAll(() => closeTestBackend(dir, backend));
const { call } = contractCaller(() => backend);

describe('reuse operations through the back end', () => {
  let imported: ImportDocumentResult;

  it('imports a text file as a new plan with an import revision', async () => {
    imported = await call<ImportDocumentResult>('importDocument', [
      'ke-hoach-2021.txt',
      Buffer.from(seedText, 'utf8').toString('base64'),
    ]);
    expect(imported.report).toMatchObject({ tasks: 8, recipients: 12, unplaced: [] });
    const revs = await call<Array<{ kind: string; note: string }>>('listRevisions', [imported.planId]);
    expect(revs[0]).toMatchObject({ kind: 'import' });
    expect(revs[0]?.note).toContain('ke-hoach-2021.txt');
  });

  it('rolls the plan over to 2022 as a new plan linked to its predecessor, and compares them', async () => {
    const rolled = await call<RolloverResult>('rolloverPlan', [imported.planId, 2022]);
    const next = await call<PlanRecord>('getPlan', [rolled.planId]);
    expect(next.plan.year).toBe(2022);
    expect(next.plan.predecessor).toMatchObject({ id: imported.planId, year: 2021 });
    const list = await call<Array<{ id: string; predecessorId: string | null }>>('listPlans', []);
    expect(list.find((p) => p.id === rolled.planId)?.predecessorId).toBe(imported.planId);
    expect(rolled.report.review.some((r) => r.reason.includes('2559/QĐ-UBND'))).toBe(true);
    const cmp = await call<CompareResult>('comparePlans', [imported.planId, null, rolled.planId, null]);
    expect(cmp.before.year).toBe(2021);
    expect(cmp.after.year).toBe(2022);
    expect(cmp.comparison.changedRows).toBeGreaterThan(5);
  });

  it('refuses a year that is not later, bilingually', async () => {
    const res = await dispatch(backend.handlers, 'rolloverPlan', [imported.planId, 2020]);
    expect(res).toMatchObject({ ok: false, error: { code: 'rollover_year' } });
  });

  it('saves a plan as a user template and creates a new plan from it', async () => {
    const t = await call<TemplateInfo>('saveAsTemplate', [
      imported.planId,
      'Kế hoạch PBGDPL địa bàn trọng điểm',
    ]);
    expect(t).toMatchObject({ builtIn: false, name: 'Kế hoạch PBGDPL địa bàn trọng điểm' });
    expect((await call<TemplateInfo[]>('listTemplates', [])).map((x) => x.id)).toContain(t.id);
    const created = await call<PlanRecord>('createPlan', [{ templateId: t.id }]);
    expect(created.plan.sections).toHaveLength(4);
    await call('deleteUserTemplate', [t.id]);
    expect((await call<TemplateInfo[]>('listTemplates', [])).every((x) => x.builtIn)).toBe(true);
  });

  it('refuses a hostile file without storing anything', async () => {
    const before = (await call<unknown[]>('listPlans', [])).length;
    const res = await dispatch(backend.handlers, 'importDocument', [
      'ke-hoach.docx',
      Buffer.from('PK\u0003\u0004rác').toString('base64'),
    ]);
    expect(res.ok).toBe(false);
    expect((await call<unknown[]>('listPlans', [])).length).toBe(before);
  });

  it('offers the empty annual template with the four sections', async () => {
    const templates = await call<TemplateInfo[]>('listTemplates', []);
    expect(templates.map((t) => t.id)).toContain('annual-empty');
    const rec = await call<PlanRecord>('createPlan', [{ templateId: 'annual-empty' }]);
    expect(rec.plan.sections.map((s) => s.role)).toEqual(['purpose', 'content', 'funding', 'implementation']);
  });
});

describe('importFileBytes', () => {
  it('reads a Windows-1252 (TCVN3) text file', async () => {
    const bytes = new Uint8Array(
      Buffer.from('KÕ ho¹ch\nThùc hiÖn KÕ ho¹ch sè 113/KH-UBND cña UBND tØnh.\n', 'latin1'),
    );
    const { plan } = await importFileBytes('cu.txt', bytes);
    expect(plan.preamble[0]?.runs[0]?.text).toBe('Thực hiện Kế hoạch số 113/KH-UBND của UBND tỉnh.');
  });

  it('explains what to do with a .doc when LibreOffice is missing', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(
      importFileBytes('cu.doc', ole, {}, { PATH: '', PLANDRAFT_SOFFICE: '/khong/co/soffice' }),
    ).rejects.toMatchObject({
      code: 'doc_needs_libreoffice',
      messageEn: expect.stringContaining('Install LibreOffice') as unknown,
    });
  });
});
