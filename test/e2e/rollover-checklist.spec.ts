import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './host.ts';

const seed = path.resolve(import.meta.dirname, '..', 'fixtures', 'seed-plan-langson-2021.txt');

test('rollover checklist after reopening: "Rà soát năm mới" keeps its ticks and jumps to a field', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await page.getByTestId('import-file').setInputFiles({
    name: 'ke-hoach-2021.txt',
    mimeType: 'text/plain',
    buffer: fs.readFileSync(seed),
  });
  await page.getByTestId('import-report').getByTestId('import-close').click();

  // The imported 2021 plan has no checklist.
  await expect(page.getByTestId('plan-table')).toContainText('năm 2021 trên địa bàn tỉnh Lạng Sơn');
  await expect(page.getByRole('heading', { name: 'Rà soát năm mới' })).toHaveCount(0);

  await page.getByTestId('rollover').click();
  const dialog = page.getByTestId('rollover-dialog');
  await expect(dialog.getByTestId('rollover-year')).toHaveValue('2022');
  await dialog.getByTestId('rollover-run').click();
  await dialog.getByTestId('rollover-open').click();

  // The new plan: the panel lists review items and changes, in Vietnamese only.
  await expect(page.getByRole('heading', { name: 'Rà soát năm mới' })).toBeVisible();
  const panel = page.getByTestId('review-panel');
  const toReview = panel.getByRole('list', { name: 'Cần rà soát' });
  await expect(toReview).toContainText('2559/QĐ-UBND');
  await expect(panel.getByRole('list', { name: 'Đã thay đổi' })).toContainText('năm 2022');
  await expect(panel).not.toContainText('confirm the signer');
  const total = await panel.getByTestId('review-entry').count();
  expect(total).toBeGreaterThan(2);
  const status = panel.getByRole('status');
  await expect(status).toHaveText(`Còn ${total} mục chưa xem`);

  const signerTick = panel.getByRole('checkbox', { name: /^Đã xem: Xác nhận người ký/ });
  await signerTick.check();
  await expect(status).toHaveText(`Còn ${total - 1} mục chưa xem`);

  // Back to the library (the tick is saved with the plan), reopen the 2022 plan.
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  const row = page.getByTestId('plan-row').filter({ hasText: '2022' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Rà soát năm mới' })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /^Đã xem: Xác nhận người ký/ })).toBeChecked();
  await expect(status).toHaveText(`Còn ${total - 1} mục chưa xem`);

  // "Đến vị trí" puts the cursor in the item's field.
  await panel.getByRole('button', { name: /^Đến vị trí: Xác nhận người ký/ }).click();
  await expect(page.getByTestId('signature-name')).toBeFocused();
  expect(problems).toEqual([]);
});
