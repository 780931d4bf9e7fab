import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/appError.ts';
import { exportPlanDocx } from '../export/exportPlanDocx.ts';
import { issuedSeedPlan, laoCaiPlan, longPlan, seedPlan } from '../../test/render/longPlan.ts';
import { verifyDocx } from './verifyDocx.ts';
import { VERIFY_RULE_IDS } from './verifyRules.ts';

function failing(bytes: Uint8Array): string[] {
  return verifyDocx(bytes)
    .rules.filter((r) => !r.ok)
    .map((r) => r.id);
}

const seedFinal = exportPlanDocx(seedPlan(), { draft: false });

describe('verifyDocx on PlanDraft exports', () => {
  it('passes every rule on the seed exported as final, unissued (blanks are not failures)', async () => {
    const report = verifyDocx(await seedFinal);
    expect(report.rules.map((r) => r.id)).toEqual(VERIFY_RULE_IDS);
    expect(report.rules.filter((r) => !r.ok)).toEqual([]);
    expect(report.rules.find((r) => r.id === 'header.numberSymbol')?.detail).toContain('để trống');
  });

  it('passes on the issued seed, the draft and a long plan with a landscape appendix', async () => {
    expect(failing(await exportPlanDocx(issuedSeedPlan(), { draft: false }))).toEqual([]);
    expect(
      failing(
        await exportPlanDocx(seedPlan(), { draft: true, revision: 2, exportedAt: '2021-01-04T09:00:00Z' }),
      ),
    ).toEqual([]);
    expect(failing(await exportPlanDocx(longPlan(36), { draft: false }))).toEqual([]);
  });

  it('passes on long names broken between word groups (one paragraph, line breaks)', async () => {
    expect(failing(await exportPlanDocx(laoCaiPlan(), { draft: false }))).toEqual([]);
  });
});

// The mutations that make each rule fail live in verifyMutations.testkit.ts and run with every
// other rule's examples in shared/checks/ruleExamples.test.ts.

describe('verifyDocx on files made elsewhere', () => {
  it('throws a bilingual AppError for bytes that are not a docx', () => {
    expect(() => verifyDocx(strToU8('Kế hoạch năm 2021'))).toThrow(AppError);
  });

  it('reports a zip without word/document.xml as failing rules instead of crashing', () => {
    const bytes = zipSync({ 'docProps/core.xml': strToU8('<cp:coreProperties xmlns:cp="x"/>') });
    const report = verifyDocx(bytes);
    expect(report.rules.length).toBe(VERIFY_RULE_IDS.length);
    expect(report.rules.find((r) => r.id === 'package.document')?.ok).toBe(false);
    expect(report.rules.find((r) => r.id === 'header.quocHieu')?.ok).toBe(false);
  });

  it('handles a minimal document without styles, header or sections', () => {
    const doc =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Kế hoạch tuyên truyền pháp luật</w:t></w:r></w:p></w:body></w:document>';
    const report = verifyDocx(zipSync({ 'word/document.xml': strToU8(doc) }));
    const byId = new Map(report.rules.map((r) => [r.id, r]));
    expect(byId.get('package.document')?.ok).toBe(true);
    expect(byId.get('font.family')?.ok).toBe(false);
    expect(byId.get('header.table')?.ok).toBe(false);
    expect(byId.get('page.size')?.ok).toBe(false);
  });
});
