import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { laoCaiPlan } from '../../test/render/longPlan.ts';
import { exportPlanDocx } from '../export/exportPlanDocx.ts';
import { importDocx } from './importDocx.ts';

// Issue 10, point 3: long names print on two lines (a line break inside one paragraph) and read
// back as the names they were.
describe('long header and signature names on the round trip', () => {
  it('exports the Lào Cai names with line breaks between word groups and reads them back whole', async () => {
    const plan = laoCaiPlan();
    plan.signature.lines = ['TM. BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI', 'TRƯỞNG BAN'];
    const bytes = await exportPlanDocx(plan, { draft: false });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(
      /ỦY BAN NHÂN DÂN<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>TỈNH LÀO CAI/u,
    );
    expect(xml).toMatch(
      /SỞ CÔNG THƯƠNG<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>TỈNH LÀO CAI/u,
    );
    expect(xml).not.toMatch(/TỈNH LÀO<\/w:t>/u);
    const back = importDocx(bytes).plan;
    expect(back.header.parentBody).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(back.header.issuingBody).toBe('SỞ CÔNG THƯƠNG TỈNH LÀO CAI');
    expect(back.signature.lines).toEqual(['TM. BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI', 'TRƯỞNG BAN']);
  });
});
