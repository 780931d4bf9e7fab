import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(target: Page | Locator, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await target.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

test('Danh bạ cơ quan: search by abbreviation and without accents, add with a source, merge two entries', async ({
  page,
  host,
}) => {
  const problems = watchErrors(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Danh bạ cơ quan' }).click();
  const screen = page.getByRole('dialog', { name: 'Danh bạ cơ quan' });
  await expect(screen.getByRole('heading', { name: 'Danh bạ cơ quan' })).toBeVisible();
  const table = screen.getByRole('table', { name: 'Danh bạ cơ quan' });
  await expect(table.getByRole('row')).not.toHaveCount(1);
  await expect(screen.getByLabel('Tỉnh được gợi ý')).toHaveValue('lang-son');

  // Accent-insensitive search: "so tai nguyen" finds Sở Tài nguyên và Môi trường, gone since 1/3/2025.
  const search = screen.getByRole('searchbox', { name: /Tìm theo tên hoặc viết tắt/ });
  await search.fill('so tai nguyen');
  const tnmt = table.getByRole('row', { name: /Sở Tài nguyên và Môi trường tỉnh Lạng Sơn/ });
  await expect(tnmt).toContainText('đến hết 28/02/2025');
  await expect(tnmt).toContainText('Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn');
  await expect(tnmt).toContainText('Nghị quyết 04');
  // The generic body of every province ends with Nghị định 45/2025/NĐ-CP; an office of another
  // province chooses "Tỉnh khác" to be judged by it alone.
  const generic = table.getByRole('row', { name: /Sở Tài nguyên và Môi trường(?! tỉnh)/ });
  await expect(generic).toContainText('Sở Nông nghiệp và Môi trường');
  await expect(generic).toContainText('Nghị định 45/2025/NĐ-CP');
  const provinceSetting = screen.getByLabel('Tỉnh được gợi ý');
  await provinceSetting.selectOption({ label: 'Tỉnh khác (chỉ cơ quan chung của mọi tỉnh)' });
  await expect(provinceSetting).toHaveValue('tinh-khac');
  await provinceSetting.selectOption('lang-son');
  await expect(provinceSetting).toHaveValue('lang-son');
  // By abbreviation.
  await search.fill('CHQS');
  await expect(table.getByRole('row', { name: /Bộ Chỉ huy Quân sự tỉnh Lạng Sơn/ })).toBeVisible();
  await shot(page, 'agencies-search');

  // Add: without a source the entry is refused, in Vietnamese; with one it is listed.
  await screen.getByRole('button', { name: '+ Thêm cơ quan' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm cơ quan vào danh bạ' });
  await form.getByLabel('Tên đầy đủ').fill('Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn');
  await form.getByLabel('Tên viết tắt, tên gọi khác').fill('BQL KKT cửa khẩu; Ban Quản lý Khu KTCK');
  await form.getByRole('combobox', { name: /^Cấp/ }).selectOption('tinh');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByRole('alert')).toContainText('Hãy ghi nguồn');
  await form
    .getByLabel('Nguồn (văn bản thành lập, hợp nhất, đổi tên)')
    .fill('Quyết định thành lập Ban Quản lý (số hiệu do người dùng ghi)');
  await shot(form, 'agencies-add-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await search.fill('bql kkt');
  await expect(table.getByRole('row', { name: /Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng/ })).toBeVisible();

  // Add a duplicate, then merge it into the built-in Sở Tư pháp: the name stays as another name.
  await screen.getByRole('button', { name: '+ Thêm cơ quan' }).click();
  const dup = page.getByRole('dialog', { name: 'Thêm cơ quan vào danh bạ' });
  await dup.getByLabel('Tên đầy đủ').fill('Sở Tư pháp Lạng Sơn');
  await dup
    .getByLabel('Nguồn (văn bản thành lập, hợp nhất, đổi tên)')
    .fill('Gõ nhầm, trùng với mục dựng sẵn');
  await dup.getByRole('button', { name: 'Lưu' }).click();
  await expect(dup).toBeHidden();
  await search.fill('so tu phap lang son');
  await table.getByRole('button', { name: 'Gộp… Sở Tư pháp Lạng Sơn', exact: true }).click();
  const merge = page.getByRole('dialog', { name: 'Gộp "Sở Tư pháp Lạng Sơn" vào một cơ quan khác' });
  await merge.getByRole('searchbox', { name: 'Tìm cơ quan giữ lại' }).fill('stp');
  await merge.getByRole('radio', { name: /^Sở Tư pháp tỉnh Lạng Sơn/ }).check();
  await shot(merge, 'agencies-merge');
  await merge.getByRole('button', { name: 'Gộp vào' }).click();
  await expect(merge).toBeHidden();
  await expect(screen.getByRole('status')).toContainText('Đã gộp vào "Sở Tư pháp tỉnh Lạng Sơn"');
  const kept = table.getByRole('row', { name: /Sở Tư pháp tỉnh Lạng Sơn/ });
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('Sở Tư pháp Lạng Sơn');
  await expect(kept).toContainText('Gõ nhầm, trùng với mục dựng sẵn');
  await shot(page, 'agencies-merged');
  expect(problems).toEqual([]);
});

test('autocomplete in a lead field: by abbreviation and accent-insensitive prefix, valid bodies first, keyboard', async ({
  page,
  host,
}) => {
  const problems = watchErrors(page);
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();

  const lead = page.getByRole('combobox', { name: 'Cơ quan chủ trì' }).first();
  await lead.fill('');
  await lead.pressSequentially('stp');
  const list = page.getByRole('listbox', { name: 'Gợi ý cơ quan' }).first();
  await expect(list.getByRole('option').first()).toHaveText('Sở Tư pháp');
  await expect(lead).toHaveAttribute('aria-expanded', 'true');
  await lead.press('Enter');
  await expect(lead).toHaveValue('Sở Tư pháp');
  await expect(lead).toHaveAttribute('aria-expanded', 'false');

  // A second agency after "; ", typed without accents: the seed plan is dated 2021, so the
  // department of natural resources still exists and comes first.
  await lead.pressSequentially('; so tai ng');
  await expect(list.getByRole('option').first()).toHaveText('Sở Tài nguyên và Môi trường');
  await lead.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'agencies-autocomplete-2021');
  await lead.press('ArrowDown');
  await lead.press('ArrowUp');
  await lead.press('Enter');
  await expect(lead).toHaveValue('Sở Tư pháp; Sở Tài nguyên và Môi trường');

  // Escape closes the list and keeps the text.
  await lead.pressSequentially('; Công an t');
  await expect(list.getByRole('option', { name: /Công an tỉnh/ })).toBeVisible();
  await lead.press('Escape');
  await expect(lead).toHaveAttribute('aria-expanded', 'false');
  await expect(lead).toHaveValue('Sở Tư pháp; Sở Tài nguyên và Môi trường; Công an t');

  // Dated 2027, the merged department is offered after the valid one and says since when it is gone.
  await page.getByTestId('date-year').fill('2027');
  await page.getByTestId('date-year').press('Tab');
  await lead.fill('Sở Nông ng');
  await lead.press('End');
  await lead.pressSequentially('h');
  const options = list.getByRole('option');
  await expect(options.first()).toHaveText('Sở Nông nghiệp và Môi trường');
  await expect(options.nth(1)).toContainText('Sở Nông nghiệp và Phát triển nông thôn');
  await expect(options.nth(1)).toContainText('không còn từ 01/03/2025');
  await lead.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'agencies-autocomplete-2027');
  await lead.press('Escape');
  expect(problems).toEqual([]);
});

test('rollover 2021 → 2027: "Rà soát năm mới" names the district level and Vụ PBGDPL with their successors; the check offers the successor as fix', async ({
  page,
  host,
}) => {
  const problems = watchErrors(page);
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();

  await page.getByTestId('rollover').click();
  const dialog = page.getByTestId('rollover-dialog');
  await dialog.getByTestId('rollover-year').fill('2027');
  await dialog.getByTestId('rollover-run').click();
  await dialog.getByTestId('rollover-open').click();

  const panel = page.getByTestId('review-panel');
  const toReview = panel.getByRole('list', { name: 'Cần rà soát' });
  await expect(toReview).toContainText(
    'Cơ quan "UBND các huyện, thành phố" không còn trong năm 2027 (từ ngày 1/7/2025, theo Luật Tổ chức chính quyền địa phương năm 2025',
  );
  await expect(toReview).toContainText('thay bằng "UBND các xã, phường"');
  await expect(toReview).toContainText('Cơ quan "Vụ PBGDPL" không còn trong năm 2027 (từ ngày 1/1/2023');
  await expect(toReview).toContainText('thay bằng "Cục Phổ biến, giáo dục pháp luật"');
  await panel
    .getByTestId('review-entry')
    .filter({ hasText: 'Vụ PBGDPL' })
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'agencies-rollover-2027');

  // The check on the 2027 plan: a warning on Nơi nhận, fixed with the successor in one click.
  const checks = page.getByTestId('checks-panel');
  const finding = checks
    .locator('[data-rule="agency.not-valid"]')
    .filter({ hasText: '"UBND các huyện, thành phố" không còn từ ngày 01/07/2025' })
    .filter({ hasText: 'Nơi nhận' })
    .first();
  await expect(finding).toBeVisible();
  await finding.scrollIntoViewIfNeeded();
  await shot(page, 'agencies-check-2027');
  await finding.getByRole('button', { name: 'Thay bằng UBND các xã, phường' }).click();
  await expect(page.getByRole('combobox', { name: 'Nơi nhận 10' })).toHaveValue('UBND các xã, phường;');
  expect(problems).toEqual([]);
});

test('the directory learns a name typed in two plans and offers it after', async ({ page, host }) => {
  const problems = watchErrors(page);
  const name = 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn';
  await page.goto(host.url);
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('new-plan').click();
    await page.getByTestId('create-plan').click();
    await expect(page.getByTestId('editor')).toBeVisible();
    const coordinating = page.getByRole('combobox', { name: 'Cơ quan phối hợp' }).first();
    await coordinating.fill(name);
    await coordinating.press('Tab');
    await expect(page.getByText('Đã lưu')).toBeVisible();
    await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  }
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  const lead = page.getByRole('combobox', { name: 'Cơ quan chủ trì' }).first();
  await lead.fill('');
  await lead.pressSequentially('Ban quan ly');
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) });
  await expect(option).toBeVisible();
  await expect(option).toContainText('đã gõ trong nhiều kế hoạch');
  await option.click();
  await expect(lead).toHaveValue(name);
  expect(problems).toEqual([]);
});
