import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './host.ts';

const seed = path.resolve(import.meta.dirname, '..', 'fixtures', 'seed-plan-langson-2021.txt');

test('import last year’s plan, roll it over to the next year, compare the two', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await expect(page.getByTestId('import-word')).toHaveText('Nhập từ Word');

  // Nhập từ Word: the report counts every paragraph, the tasks and the recipients.
  await page.getByTestId('import-file').setInputFiles({
    name: 'ke-hoach-2021.txt',
    mimeType: 'text/plain',
    buffer: fs.readFileSync(seed),
  });
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-placed')).toContainText('81/81');
  await expect(report.getByTestId('import-tasks')).toContainText('8');
  await expect(report.getByTestId('import-recipients')).toContainText('12');
  await report.getByTestId('import-close').click();
  await expect(page.getByTestId('plan-table')).toContainText('năm 2021 trên địa bàn tỉnh Lạng Sơn');

  // Tạo kế hoạch năm sau: the review list names the budget decision and the ended programme.
  await page.getByTestId('rollover').click();
  const dialog = page.getByTestId('rollover-dialog');
  await expect(dialog.getByTestId('rollover-year')).toHaveValue('2022');
  await dialog.getByTestId('rollover-run').click();
  const review = dialog.getByTestId('rollover-review');
  await expect(review).toContainText('2559/QĐ-UBND');
  await expect(review).toContainText('705/QĐ-TTg');
  await dialog.getByTestId('rollover-open').click();

  // In the new plan: compare with last year's, the changed year is marked.
  await page.getByTestId('compare-predecessor').click();
  const compare = page.getByTestId('compare-dialog');
  await expect(compare.getByTestId('compare-view')).toContainText('Trong Quý I năm');
  await expect(compare.locator('ins', { hasText: '2022' }).first()).toBeVisible();
  await expect(compare.locator('del', { hasText: '2021' }).first()).toBeVisible();
  if (process.env.PLANDRAFT_SHOTS)
    await page.screenshot({ path: path.join(process.env.PLANDRAFT_SHOTS, 'reuse-compare.png') });
  expect(problems).toEqual([]);
});
