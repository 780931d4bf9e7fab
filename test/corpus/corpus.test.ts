import { beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/backend/reuse/convertWithLibreOffice.ts';
import { measureCorpus, type CorpusResult } from './measureCorpus.ts';

// A floor under the figures of issue 10, point 7, as measured on the real corpus on 2026-12-01
// (`npm run corpus`), rounded down: they may rise, and a change that lowers one fails here. The
// targets of the issue (placed ≥ 98 %, text kept 100 %, recall ≥ 97 %, precision ≥ 95 %, no false
// error) are not reached yet; raise these floors as they are.
// The floors hold with and without LibreOffice (without it the five .doc files are skipped).
// Lowered on purpose when the corpus grew (2026-12-01, issue 10 point 7, five more Lâm Đồng plans):
// the placed share fell from 0.90 to 0.72 because the two earlier drafts of the CCHC plans, whose
// signature holds only "CHỦ TỊCH" with no name yet, lose their whole Phụ lục task table ("after the
// signature and not placed"); the one more error is a true finding (Nghị quyết 202/2025/QH15
// attributed to the Ủy ban Thường vụ Quốc hội, repeated in the draft).
// Raised (2026-12-01, branch closing): a signature with no name no longer swallows the Phụ lục, and
// a Nơi nhận/signature table in two rows is read: placed 0.724 → 0.986, task tables 2 → 4 of 4;
// Word footnotes are kept as bracketed notes: text kept 0.998 → 0.999, recall 0.947 → 0.967; the
// source's own "DỰ THẢO" mark is handled (the file is exported again as a draft); a letter copied
// without its header opens at "Kính gửi" (placed 0.986 → 0.994).
// Grown (2026-12-01, branch corpus3): one more real .doc, the 2011 plan of the Sở Thông tin và
// Truyền thông Phú Thọ (a schedule table with a two-row header, no task table, no citation):
// measured 31 → 32 with LibreOffice; the task tables stay 4 of 4 (250 rows) — no further public
// Word plan with a task table was found (test/fixtures/real/README.md).
// Raised (2026-12-01, branch text100): text kept 0.998 → 1 (4042 of 4042). The number and the day
// a signed PDF stamps into its header's blanks (signature fields' appearances) are read into the
// header; a draft's "DỰ THẢO BÁO CÁO" marks the source as a draft (the mark and the type name are
// each found on the way back). The measure now reads PDFs with `pdftotext -layout`, whose default
// mode deleted the hyphen of a line ending "2026-"; and it treats as one text the two placements
// of a Vietnamese tone ("CỘNG HOÀ" printed as NĐ 30's "CỘNG HÒA": newTonePlacement) and
// "Số: 666 /TTr-SNV" printed "Số: 666/TTr-SNV" (see textKept in metrics.ts), nothing else.
// Placed 0.9987 → 0.9997 (3740 of 3741): the Chương trình a Quyết định issues after its signature
// is read as its appendix; a Quyết định's authority line no longer joins the trích yếu. The one
// paragraph not placed is a PDF's footnote under the signature (lamdong-snv-tt-kh-cchc-2026.pdf).
// Recipients 0.988 → 1 (168 of 168): two recipients typed side by side on one Nơi nhận line.

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
    expect(t.measured).toBeGreaterThanOrEqual(hasSoffice ? 32 : 26);
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
    expect(t.placed.share).toBeGreaterThanOrEqual(0.999);
    expect(t.textKept.share).toBe(1);
    // Raised (2026-12-01, branch bodytasks): a task headed by its agency ("1.1. Công an tỉnh:", "Sở Y
    // tế: Quản lý …", "1. Sở Tài chính" over a), b), "Giao Sở Tư pháp chủ trì, phối hợp với …:" over
    // a group) has that agency as its lead, and is matched to the label's task of that agency block
    // (metrics.ts); the Công văn's label titles are its own words now: 254 → 328 of 355 with
    // LibreOffice (without it, the .doc files skipped: 246 → 262).
    expect(t.tasks.hit).toBeGreaterThanOrEqual(hasSoffice ? 328 : 262);
    expect(t.recipients.share).toBe(1);
  });

  it('keeps the appendix task tables found and their rows (4 of 4 tables, 250 of 250 rows today)', () => {
    const t = result.totals;
    expect(t.taskTables.of).toBe(4);
    expect(t.taskTables.hit).toBe(4);
    expect(t.taskTableRows.hit).toBe(250);
    expect(t.extraTaskTables).toBe(0);
  });

  it('keeps citation recall and precision, and no more error findings than today', () => {
    const t = result.totals;
    expect(t.citations.recall).toBeGreaterThanOrEqual(0.97);
    expect(t.citations.precision).toBeGreaterThanOrEqual(0.97);
    // 5, each a real mistake of its source (see the labels): Phú Thọ KH 1902 (2), 202/2025/QH15
    // given to the UBTVQH in the Lâm Đồng CCHC plan and its draft (2), and the Sở Nội vụ Tờ trình
    // (PDF) dated 12/2025 citing a Công văn of 02/7/2026.
    expect(t.errors).toBeLessThanOrEqual(5);
  });

  it('keeps every paragraph of the Lâm Đồng plans (with task tables, or footnotes) on the round trip', () => {
    for (const name of [
      'lamdong-kh-cchc-2026.docx',
      'lamdong-kh-cchc-2026-2030.docx',
      'lamdong-kh-cchc-2026-duthao.docx',
      'lamdong-kh-cchc-2026-2030-duthao.docx',
      'lamdong-kh-kiemtra-cchc-2026.docx',
      'lamdong-kh-tuyentruyen-cchc-2026.docx',
      'lamdong-kh-thidua-cchc-2026.docx',
      'lamdong-cv-trienkhai-3653-2026.docx',
      'lamdong-cv-caithien-chiso-cchc-2025.docx',
    ]) {
      const f = result.files.find((x) => x.file === name);
      expect(f?.textKept?.lost).toEqual([]);
      expect(f?.placed?.share).toBe(1);
    }
    for (const name of [
      'lamdong-kh-cchc-2026.docx',
      'lamdong-kh-cchc-2026-2030.docx',
      'lamdong-kh-cchc-2026-duthao.docx',
      'lamdong-kh-cchc-2026-2030-duthao.docx',
    ]) {
      const f = result.files.find((x) => x.file === name);
      expect(f?.taskTables?.tables.share).toBe(1);
      expect(f?.taskTables?.rows.share).toBe(1);
    }
    // A .doc with two Word footnotes holding citations (converted by LibreOffice when present).
    // And a .doc draft with its own boxed "DỰ THẢO" (a draft again on export, which draws its own).
    if (hasSoffice) {
      for (const name of [
        'lamdong-stp-tt-doanluatsu-2026.doc',
        'lamdong-kh-pcmt-2030-2025.doc',
        'binhthuan-cv-congdien131-tthc-2024.doc',
      ]) {
        const f = result.files.find((x) => x.file === name);
        expect(f?.textKept?.lost).toEqual([]);
        expect(f?.placed?.share).toBe(1);
      }
    }
  });
});
