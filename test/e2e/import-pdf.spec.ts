import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './host.ts';

// "Nhập từ Word" takes a signed PDF by its text layer, and refuses a scan whose text is garbage with
// a plain message and no half-imported plan (issue 10, point 4).

const real = (name: string): Buffer =>
  fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'real', name));

test('imports a signed PDF and refuses an unreadable one', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('import-file').setInputFiles({
    name: 'cv-788.pdf',
    mimeType: 'application/pdf',
    buffer: real('lamdong-stp-cv-788-2025.pdf'),
  });
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-recipients')).toContainText('3');
  await report.getByTestId('import-close').click();
  await expect(page.getByTestId('plan-table')).toContainText(
    'trình hồ sơ phê chuẩn kết quả Đại hội Đoàn Luật sư',
  );

  const rows = await page.getByTestId('plan-table').locator('tbody tr').count();
  await page.getByTestId('import-file').setInputFiles({
    name: 'qd-scan.pdf',
    mimeType: 'application/pdf',
    buffer: real('lamdong-qd-hoicongchungvien-2025-ocr.pdf'),
  });
  const failed = page.getByRole('dialog', { name: 'Không nhập được tệp' });
  await expect(failed).toContainText(/Lớp chữ của tệp PDF không đọc được: \d+% số từ/u);
  await failed.getByRole('button', { name: 'Đóng' }).first().click();
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(rows);
});
