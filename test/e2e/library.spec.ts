import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the library (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const LANGSON = 'Kế hoạch thực hiện Đề án PBGDPL tại địa bàn trọng điểm năm 2021 (Lạng Sơn)';
const EMPTY = 'Kế hoạch năm (mẫu trống)';
const LANGSON_TITLE = /năm 2021 trên địa bàn tỉnh Lạng Sơn/;

async function createPlan(page: Page, template: string): Promise<void> {
  await page.getByRole('button', { name: /Tạo kế hoạch mới/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo kế hoạch mới từ mẫu' });
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toBeVisible();
}

test('library: search without accents, years, origin, duplicate, empty the bin, rename a template', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Kế hoạch của tôi' })).toBeVisible();

  // Two plans: the Lạng Sơn one speaks of "phổ biến, giáo dục pháp luật", the empty annual one does not.
  await createPlan(page, LANGSON);
  // Keep it as a user template, to rename it from the new-plan dialog below.
  await page.getByRole('textbox', { name: 'Tên mẫu' }).fill('Mẫu Lạng Sơn của tôi');
  await page.getByRole('button', { name: 'Lưu làm mẫu' }).click();
  await expect(page.getByText('Mẫu Lạng Sơn của tôi', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  await createPlan(page, EMPTY);
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();

  const rows = page.getByTestId('plan-row');
  await expect(rows).toHaveCount(2);
  // One heading per plan year, newest first; each plan says where it came from.
  const years = page.getByRole('heading', { name: /^Năm \d{4}$/ });
  await expect(years).toHaveText(['Năm 2026', 'Năm 2021']);
  await expect(rows.filter({ hasText: LANGSON_TITLE })).toContainText(`Từ mẫu ${LANGSON}`);
  await expect(rows.filter({ hasText: LANGSON_TITLE })).toContainText('Dự thảo');
  await expect(rows.filter({ hasText: LANGSON_TITLE })).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await shot(page, 'library-01-years');

  // Accent-insensitive search over the full text.
  const search = page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' });
  await search.fill('pho bien');
  await expect(page.getByText('1 kế hoạch chứa “pho bien”')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(LANGSON_TITLE);
  await shot(page, 'library-02-search');
  await search.fill('khongcotunaytrongkehoach');
  await expect(page.getByText('Không có kế hoạch nào chứa “khongcotunaytrongkehoach”.')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await search.fill('');
  await expect(rows).toHaveCount(2);

  // Nhân bản: a new draft "… (bản sao)" next to the original.
  await rows
    .filter({ hasText: LANGSON_TITLE })
    .getByRole('button', { name: /^Nhân bản kế hoạch/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo bản sao' })).toBeVisible();
  await expect(rows).toHaveCount(3);
  const copy = rows.filter({ hasText: '(bản sao)' });
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('Bản sao của “Tiếp tục thực hiện Đề án');
  await expect(copy).toContainText('chưa cấp số');

  // Delete the empty plan, then empty the bin: it is gone for good.
  await rows
    .filter({ hasText: '(chưa có trích yếu)' })
    .getByRole('button', { name: /^Xóa kế hoạch/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Xóa kế hoạch?' })
    .getByRole('button', { name: 'Xóa kế hoạch' })
    .click();
  await expect(rows).toHaveCount(2);
  await expect(years).toHaveText(['Năm 2021']);
  await page.getByRole('button', { name: 'Thùng rác' }).click();
  const bin = page.getByRole('dialog', { name: 'Kế hoạch đã xóa' });
  await expect(bin.getByTestId('trash-row')).toHaveCount(1);
  await bin.getByRole('button', { name: 'Dọn thùng rác' }).click();
  const confirm = page.getByRole('dialog', { name: 'Dọn thùng rác?' });
  await expect(confirm).toContainText('1 kế hoạch trong thùng rác sẽ bị xóa hẳn');
  await shot(page, 'library-03-empty-bin');
  await confirm.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(bin.getByText('Đã xóa hẳn 1 kế hoạch.')).toBeVisible();
  await expect(bin.getByText('Thùng rác trống.')).toBeVisible();
  await bin.getByRole('button', { name: 'Đóng' }).click();
  await expect(rows).toHaveCount(2);

  // Rename the user template in the new-plan dialog; the new name is listed and kept.
  await page.getByRole('button', { name: /Tạo kế hoạch mới/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo kế hoạch mới từ mẫu' });
  await dialog.getByRole('button', { name: 'Đổi tên mẫu “Mẫu Lạng Sơn của tôi”' }).click();
  const name = dialog.getByRole('textbox', { name: 'Tên mới của mẫu “Mẫu Lạng Sơn của tôi”' });
  await name.fill('Mẫu tuyên truyền pháp luật 2026');
  await dialog.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(dialog.getByRole('radio', { name: /Mẫu tuyên truyền pháp luật 2026/ })).toBeVisible();
  await expect(dialog.getByText('Mẫu Lạng Sơn của tôi')).toHaveCount(0);
  await shot(page, 'library-04-templates');
  await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await page.reload();
  await page.getByRole('button', { name: /Tạo kế hoạch mới/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Tạo kế hoạch mới từ mẫu' }).getByRole('radio', {
      name: /Mẫu tuyên truyền pháp luật 2026/,
    }),
  ).toBeVisible();

  expect(problems, host.stderr()).toEqual([]);
});
