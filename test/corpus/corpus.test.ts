import { beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/backend/reuse/convertWithLibreOffice.ts';
import { measureCorpus, type CorpusResult } from './measureCorpus.ts';

// A floor under the figures of issue 10, point 7, as measured on the real corpus on 2026-12-01
// (`npm run corpus`), rounded down: they may rise, and a change that lowers one fails here. The
// targets of the issue (placed ≥ 98 %, text kept 100 %, recall ≥ 97 %, precision ≥ 95 %, no false
// error) are not reached yet; raise these floors as they are.
// The floors hold with and without LibreOffice (without it the three .doc files are skipped).

const hasSoffice = findSoffice() !== null;
let result: CorpusResult;

beforeAll(async () => {
  if (!hasSoffice)
    console.log(
      'LibreOffice (soffice) chưa cài: bỏ qua 3 tệp .doc / not installed: the .doc files are skipped',
    );
  result = await measureCorpus();
}, 60_000);

describe('real-document corpus (issue 10, point 7)', () => {
  it('imports every .docx, .txt, .pdf with a text layer (and .doc with LibreOffice); refuses the unreadable PDFs whole', () => {
    const t = result.totals;
    expect(t.failed).toBe(0);
    expect(t.notSupported).toBe(0);
    expect(t.measured).toBeGreaterThanOrEqual(hasSoffice ? 26 : 23);
    // The scan with an OCR layer of garbage and the broken encoding that is a code table, not a
    // shift: a plain message with the share of unreadable words, and no half-import.
    const refused = result.files.filter((x) => x.status === 'refused').map((x) => x.file);
    expect(refused.sort()).toEqual([
      'lamdong-cat-tt-cainghien-2025-brokenfont.pdf',
      'lamdong-qd-hoicongchungvien-2025-ocr.pdf',
    ]);
    for (const f of result.files.filter((x) => x.status === 'refused'))
      expect(f.note).toMatch(/không đọc được: \d+% số từ/u);
  });

  it('keeps the placed share, the text kept on the round trip and the task and recipient finds', () => {
    const t = result.totals;
    expect(t.placed.share).toBeGreaterThanOrEqual(0.92);
    expect(t.textKept.share).toBeGreaterThanOrEqual(0.99);
    expect(t.tasks.hit).toBeGreaterThanOrEqual(5);
    expect(t.recipients.share).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps citation recall and precision, and no more error findings than today', () => {
    const t = result.totals;
    expect(t.citations.recall).toBeGreaterThanOrEqual(0.95);
    expect(t.citations.precision).toBeGreaterThanOrEqual(0.96);
    // 4 since the PDFs are read: the fourth is a true error (lamdong-snv-tt-kh-cchc-2026.pdf, dated
    // 12/2025, cites a Công văn dated 02/7/2026 — a real mistake of the source, see its label).
    expect(t.errors).toBeLessThanOrEqual(4);
  });

  it('keeps every paragraph of the Lâm Đồng plans with task tables on the round trip', () => {
    for (const name of [
      'lamdong-kh-cchc-2026.docx',
      'lamdong-kh-cchc-2026-2030.docx',
      'lamdong-kh-tuyentruyen-cchc-2026.docx',
    ]) {
      const f = result.files.find((x) => x.file === name);
      expect(f?.textKept?.lost).toEqual([]);
      expect(f?.placed?.share).toBe(1);
    }
  });
});
