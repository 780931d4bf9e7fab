import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/appError.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { workerJobs } from '../jobs/jobRunner.ts';
import { importFileBytes } from './importFile.ts';

// PDFs through the product's own entry (importFileBytes, which `plandraft import` and the import
// job call), on real signed PDFs of the corpus (test/fixtures/real, issue 10 point 4).

const real = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(sourceResourcesDir(), 'test', 'fixtures', 'real', name)));

describe('importing a PDF by its text layer', () => {
  it('reads the two-column header of a signed công văn: bodies, number, place and date, V/v', async () => {
    const { plan, report } = await importFileBytes('cv.pdf', real('lamdong-stp-cv-788-2025.pdf'));
    expect(plan.header).toMatchObject({
      parentBody: 'UBND TỈNH BÌNH THUẬN',
      issuingBody: 'SỞ TƯ PHÁP',
      number: '788',
      symbol: 'STP-HCBT',
      place: 'Bình Thuận',
      issueDate: { day: 16, month: 5, year: 2025 },
    });
    // The V/v over three centred lines is one trích yếu; the Nơi nhận and the signature are apart.
    expect(plan.summary).toBe(
      'trình hồ sơ phê chuẩn kết quả Đại hội Đoàn Luật sư tỉnh Bình Thuận nhiệm kỳ 2024 - 2029',
    );
    expect(plan.recipients.entries).toEqual(['Như trên;', 'Chủ tịch UBND tỉnh;', 'Lãnh đạo Sở Tư pháp;']);
    expect(plan.signature).toEqual({ lines: ['GIÁM ĐỐC'], name: 'Phạm Thị Minh Hiếu' });
    expect(report.placedParagraphs).toBeGreaterThanOrEqual(report.sourceParagraphs - 1);
  });

  it('reads the number and the day that the signature fields stamped into the blanks of the header', async () => {
    const snv = await importFileBytes('tt.pdf', real('lamdong-snv-tt-kh-cchc-2026.pdf'));
    expect(snv.plan.header).toMatchObject({
      number: '666',
      symbol: 'TTr-SNV',
      place: 'Lâm Đồng',
      issueDate: { day: 22, month: 12, year: 2025 },
    });
    const stp = await importFileBytes('tt.pdf', real('lamdong-stp-tt-doanluatsu-2026-signed.pdf'));
    expect(stp.plan.header).toMatchObject({
      number: '85',
      symbol: 'TTr-STP',
      issueDate: { day: 3, month: 4, year: 2026 },
    });
    // The signature images the other fields draw are no text: nothing else comes in.
    expect(JSON.stringify(stp.plan)).not.toMatch(/img_p/u);
  });

  it('reads a legal document whose symbol carries its year, over eight pages', async () => {
    const { plan } = await importFileBytes('qd.pdf', real('ttcp-qd-20-2019-thanhtra-giamsat-nganhang.pdf'));
    expect(plan.typeName).toBe('QUYẾT ĐỊNH');
    expect(`${plan.header.number}/${plan.header.symbol}`).toBe('20/2019/QĐ-TTg');
    expect(plan.header.issueDate).toEqual({ day: 12, month: 6, year: 2019 });
    expect(plan.recipients.entries).toHaveLength(18);
    expect(plan.signature.name).toBe('Nguyễn Xuân Phúc');
  });

  it('refuses a scan whose OCR layer is garbage, and a broken encoding it cannot repair, with the share of unreadable words', async () => {
    for (const name of [
      'lamdong-qd-hoicongchungvien-2025-ocr.pdf',
      'lamdong-cat-tt-cainghien-2025-brokenfont.pdf',
    ]) {
      const e = await importFileBytes(name, real(name)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('pdf_unreadable_text');
      expect((e as AppError).message).toMatch(
        /không đọc được: \d+% số từ \(\d+\/\d+\) không phải tiếng Việt/u,
      );
      expect((e as AppError).messageEn).toMatch(/unreadable: \d+% of its words/u);
    }
  });

  it('refuses a file that says it is a PDF and is not, plainly', async () => {
    const e = await importFileBytes('x.pdf', new TextEncoder().encode('%PDF-1.7\nnot really')).catch(
      (x: unknown) => x,
    );
    expect((e as AppError).code).toBe('pdf_unreadable');
    expect((e as AppError).message).toMatch(/Không đọc được tệp PDF/u);
  });

  it('imports a PDF in the import job worker as inline', async () => {
    const worker = workerJobs({
      file: path.join(sourceResourcesDir(), 'electron', 'backend', 'jobs', 'jobWorker.ts'),
      execArgv: ['--import', 'tsx'],
    });
    const bytes = real('lamdong-stp-tt-doanluatsu-2026-signed.pdf');
    const off = await worker.run('importFile', 'tt.pdf', bytes, {});
    const inline = await importFileBytes('tt.pdf', bytes);
    expect(off.plan).toEqual(inline.plan);
    expect(off.plan.typeName).toBe('TỜ TRÌNH');
  }, 30_000);
});

describe('importing a .md copy of a web page', () => {
  it('takes the Markdown marks off before reading the text', async () => {
    const md =
      '# ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nSố: 134 /KH-UBND   Lào Cai, ngày 26 tháng 3 năm 2026\n\n## KẾ HOẠCH\n\n**Thực hiện** công tác năm 2026\n';
    const { plan } = await importFileBytes('ke-hoach.md', new TextEncoder().encode(md));
    expect(plan.header).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      number: '134',
      symbol: 'KH-UBND',
    });
    expect(plan.summary).toBe('Thực hiện công tác năm 2026');
  });
});
