import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the issuing screens. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The body text of a .docx, tags removed (Word may split a line into several runs). */
function documentText(docx: Uint8Array): string {
  const xml = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  if (!xml) throw new Error('word/document.xml missing');
  return strFromU8(xml)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

test('issuing locks the plan, registers it, and "Tạo bản sửa đổi" opens an editable draft', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const newPlan = page.getByRole('dialog');
  await newPlan.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await newPlan.getByRole('button', { name: 'Tạo', exact: true }).click();

  const editor = page.getByTestId('editor');
  await expect(editor).toBeVisible();
  const summary = editor.getByRole('textbox', { name: 'Trích yếu' });
  const title = await summary.inputValue();

  // The working statuses, chosen by hand.
  const status = page.getByRole('combobox', { name: 'Trạng thái của kế hoạch' });
  await expect(status).toHaveValue('draft');
  await status.selectOption({ label: 'Trình ký' });
  await expect(status).toHaveValue('signing');

  // "Ban hành": a date that is not on the calendar is refused in Vietnamese.
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await dialog.getByRole('textbox', { name: 'Số văn bản' }).fill('5');
  await dialog.getByRole('textbox', { name: 'Ngày ban hành' }).fill('31/02/2021');
  await dialog.getByRole('button', { name: 'Xác nhận ban hành' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Ngày 31/2/2021 không có trong lịch: tháng 2 năm 2021 chỉ có 28 ngày.',
  );
  await shot(page, 'issue-00-bad-date');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Ngày ban hành' }).fill('5/1/2021');
  // The printed form, with the NĐ 30 leading zeros.
  await expect(dialog).toContainText('Số: 05/KH-BCĐ');
  await expect(dialog).toContainText('ngày 05 tháng 01 năm 2021');
  await shot(page, 'issue-01-dialog');
  await dialog.getByRole('button', { name: 'Xác nhận ban hành' }).click();
  await expect(dialog).toBeHidden();

  // Issued: read-only, with the reason on screen.
  await expect(page.getByTestId('issue-controls')).toContainText('Đã ban hành');
  await expect(page.getByRole('note')).toContainText('chỉ để đọc');
  await expect(summary).toBeDisabled();
  await expect(editor.getByRole('textbox', { name: 'Số', exact: true })).toBeDisabled();
  await expect(editor.locator('[contenteditable="true"]')).toHaveCount(0);
  await expect(editor.locator('input:enabled, textarea:enabled, select:enabled')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Trạng thái của kế hoạch' })).toHaveCount(0);
  // The number is stored as NĐ 30 writes it ("05"), so the header check has nothing to say.
  await expect(page.getByText(/phải có số 0 ở đầu/)).toHaveCount(0);
  await shot(page, 'issue-02-issued-editor');

  // Its final export carries the number and the date.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  const text = documentText(new Uint8Array(fs.readFileSync(await (await downloading).path())));
  expect(text).toContain('05/KH-BCĐ');
  expect(text).toContain('ngày 05 tháng 01 năm 2021');

  // Still issued after a reload.
  await page.reload();
  await expect(page.getByTestId('issue-controls')).toContainText('Đã ban hành');
  await expect(editor.getByRole('textbox', { name: 'Trích yếu' })).toBeDisabled();

  // The library shows the status and filters by it.
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  const row = page.getByTestId('plan-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Đã ban hành');
  await shot(page, 'issue-03-library');
  await page.getByRole('combobox', { name: 'Lọc theo trạng thái' }).selectOption({ label: 'Dự thảo (0)' });
  await expect(page.getByText('Không có kế hoạch nào ở trạng thái "Dự thảo".')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Lọc theo trạng thái' })
    .selectOption({ label: 'Đã ban hành (1)' });
  await expect(row).toHaveCount(1);

  // The registry lists the new document, for next year's plan to cite.
  await page.getByRole('button', { name: 'Sổ văn bản' }).click();
  const registry = page.getByRole('dialog', { name: 'Sổ văn bản pháp lý' });
  await registry.getByRole('searchbox').fill('05/KH-BCĐ');
  const entry = registry.getByTestId('reg-row').filter({ hasText: '05/KH-BCĐ' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('05/01/2021');
  await expect(entry).toContainText('Kế hoạch');
  await expect(entry).toContainText('BAN CHỈ ĐẠO ĐỀ ÁN');
  await registry.getByRole('button', { name: 'Đóng' }).click();

  // "Tạo bản sửa đổi": a new draft, editable, linked to the issued plan that stays as it was.
  await row.getByRole('button', { name: 'Mở' }).click();
  await page.getByRole('button', { name: 'Tạo bản sửa đổi' }).click();
  await expect(page.getByRole('combobox', { name: 'Trạng thái của kế hoạch' })).toHaveValue('draft');
  const draftSummary = page.getByTestId('editor').getByRole('textbox', { name: 'Trích yếu' });
  await expect(draftSummary).toBeEnabled();
  await expect(draftSummary).toHaveValue(title);
  await expect(page.getByRole('note')).toHaveCount(0);
  await draftSummary.fill(`${title} (sửa đổi)`);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });

  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  await page.getByRole('combobox', { name: 'Lọc theo trạng thái' }).selectOption('all');
  await expect(page.getByTestId('plan-row')).toHaveCount(2);
  await expect(page.getByTestId('plan-row').filter({ hasText: '(sửa đổi)' })).toContainText('Dự thảo');
  await expect(page.getByTestId('plan-row').filter({ hasText: 'Đã ban hành' })).not.toContainText(
    '(sửa đổi)',
  );
  expect(problems).toEqual([]);
});
