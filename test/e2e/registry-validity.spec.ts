import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  if (target) await target.screenshot({ path: path.join(shotsDir, `${name}.png`) });
  else await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');

test('registry import of a vbpl.vn snapshot: dry run with a line error, then validity on a chosen date', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Sổ văn bản' }).click();
  const screen = page.getByTestId('registry-screen');
  await screen.getByText(/^Cột của tệp nhập/).click();
  await expect(screen.getByTestId('reg-columns-help')).toContainText('Tình trạng hiệu lực');

  await screen
    .getByLabel('Nhập CSV/JSON')
    .setInputFiles(path.join(fixtures, 'registry', 'snapshot-vbpl.csv'));
  const dryRun = page.getByRole('dialog', { name: /Kiểm tra trước khi nhập snapshot-vbpl\.csv/ });
  await expect(dryRun).toContainText('Sẽ thêm 0, cập nhật 3, không đổi 0, từ chối 1 dòng.');
  await expect(dryRun).toContainText('Dòng 4: Ngày "31/02/2016" không tồn tại');
  await shot(page, 'registry-validity-01-dry-run');
  await dryRun.getByRole('button', { name: 'Nhập các dòng hợp lệ' }).click();
  await expect(screen.getByTestId('reg-import-result')).toContainText('cập nhật 3');

  await screen.getByRole('searchbox').fill('80/2015/QH13');
  const row = screen.getByTestId('reg-row').filter({ hasText: '80/2015/QH13' });
  await expect(row.getByTestId('reg-validity')).toHaveText('Bị thay thế bởi 64/2025/QH15 từ 01/04/2025');
  const day = screen.getByLabel('Hiệu lực tại ngày');
  // A day that does not exist is refused in words and the last good day stays in force.
  await day.fill('31/02/2020');
  await expect(screen.getByRole('alert')).toHaveText('Ngày "31/02/2020" không tồn tại');
  await expect(row.getByTestId('reg-validity')).toHaveText('Bị thay thế bởi 64/2025/QH15 từ 01/04/2025');
  await day.fill('01/01/2020');
  await expect(row.getByTestId('reg-validity')).toHaveText('Còn hiệu lực (từ 01/07/2016)');
  await expect(screen.getByRole('columnheader', { name: 'Hiệu lực tại 01/01/2020' })).toBeVisible();
  await shot(page, 'registry-validity-02-on-date', screen);
});

test('a 2021 plan rolled over to 2027: the replaced căn cứ are named, and validity is shown on the plan date', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('import-file').setInputFiles({
    name: 'ke-hoach-2021.txt',
    mimeType: 'text/plain',
    buffer: fs.readFileSync(path.join(fixtures, 'seed-plan-langson-2021.txt')),
  });
  await page.getByTestId('import-report').getByTestId('import-close').click();
  await page.getByTestId('rollover').click();
  const dialog = page.getByTestId('rollover-dialog');
  await dialog.getByTestId('rollover-year').fill('2027');
  await dialog.getByTestId('rollover-run').click();
  await dialog.getByTestId('rollover-open').click();

  const review = page.getByTestId('review-panel').getByRole('list', { name: 'Cần rà soát' });
  await expect(review).toContainText('Quyết định 705/QĐ-TTg đã hết hiệu lực từ 01/01/2022');
  await expect(review).toContainText('Quyết định 2658/QĐ-BTP đã hết hiệu lực từ 01/01/2022');
  await expect(review).toContainText('chưa có nguồn xác nhận hiệu lực của Luật PBGDPL');
  await shot(page, 'registry-validity-03-review', page.getByTestId('review-panel'));

  const checks = page.getByTestId('checks-panel');
  await expect(checks).toContainText('705/QĐ-TTg đã hết hiệu lực từ 01/01/2022; tại ngày 01/01/2027');
  await shot(page, 'registry-validity-04-findings', checks);

  await checks.getByRole('button', { name: 'Sổ văn bản (hiệu lực tại ngày kế hoạch)' }).click();
  const screen = page.getByTestId('registry-screen');
  await expect(screen.getByLabel('Hiệu lực tại ngày')).toHaveValue('01/01/2027');
  await screen.getByRole('searchbox').fill('705/QĐ-TTg');
  await expect(
    // The row of 705/QĐ-TTg itself, not of KH 113 whose summary cites it.
    screen
      .getByTestId('reg-row')
      .filter({ hasText: /^Quyết định705\/QĐ-TTg/u })
      .getByTestId('reg-validity'),
  ).toHaveText('Hết hiệu lực từ 01/01/2022');
  await screen.getByRole('searchbox').fill('hoa giai o co so');
  // The search has answered (the list shows the whole registry until then).
  await expect(screen.getByTestId('reg-row').first()).toContainText(/hòa giải/iu);
  await expect(
    screen.getByTestId('reg-row').filter({ hasText: '35/2013/QH13' }).getByTestId('reg-validity'),
  ).toHaveText('Chưa xác minh (có hiệu lực từ 01/01/2014; chưa rõ tình trạng hiện nay)');
  await shot(page, 'registry-validity-05-plan-date', screen);
});
