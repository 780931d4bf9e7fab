import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the keyboard and naming screens. */
async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  if (target) await target.screenshot({ path: path.join(dir, `${name}.png`) });
  else await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function createSeedPlan(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const newPlan = page.getByRole('dialog');
  await newPlan.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await newPlan.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test('the shortcuts in the tooltips work: move, indent, new task, findings, named version, export', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await createSeedPlan(page, host.url);
  const section = page.getByTestId('section-II');
  const title = (label: string) =>
    section.getByRole('textbox', { name: `Tiêu đề mục ${label}`, exact: true });

  // Every control names the item it acts on, and its tooltip names the key that does the same.
  const up = section.getByRole('button', { name: 'Lên mục 2', exact: true });
  await expect(up).toHaveAttribute('title', 'Lên mục 2 (Alt+Shift+↑)');
  await expect(up).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+ArrowUp');
  await expect(section.getByRole('button', { name: 'Thụt lề mục 2', exact: true })).toHaveAttribute(
    'title',
    'Thụt lề mục 2 (Alt+Shift+→)',
  );
  await expect(section.getByRole('button', { name: 'Xóa mục 2', exact: true })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Thêm mục sau mục 2', exact: true })).toHaveAttribute(
    'title',
    'Thêm mục sau mục 2 (Ctrl+Enter)',
  );
  await expect(page.getByRole('button', { name: 'Lên Mục II', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Xóa Mục III', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất Word', exact: true })).toHaveAttribute(
    'title',
    'Xuất Word (Ctrl+E)',
  );
  await section.getByTestId('item-2').first().scrollIntoViewIfNeeded();
  await shot(page, 'keys-01-item-controls', section.getByTestId('item-2').first());

  // Alt+Shift+↓ / ↑ move the task the caret is in; the caret stays in its title.
  const second = await title('2').inputValue();
  const third = await title('3').inputValue();
  await title('2').click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(title('3')).toHaveValue(second);
  await expect(title('2')).toHaveValue(third);
  await expect.poll(() => focusedName(page)).toBe('Tiêu đề mục 3');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(title('2')).toHaveValue(second);
  await expect.poll(() => focusedName(page)).toBe('Tiêu đề mục 2');

  // Alt+Shift+→ puts it under task 1 (as 1.n), Alt+Shift+← brings it back.
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(title('2')).toHaveValue(third);
  await expect.poll(() => focusedName(page)).toMatch(/^Tiêu đề mục 1\.\d+$/);
  const indented = await focusedName(page);
  await expect(section.getByRole('textbox', { name: indented, exact: true })).toHaveValue(second);
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(title('2')).toHaveValue(second);
  await expect.poll(() => focusedName(page)).toBe('Tiêu đề mục 2');

  // The same from inside a task's rich text (Lexical): the caret comes along, Enter is not taken.
  const body = (label: string) =>
    section.getByRole('textbox', { name: `Nội dung mục ${label}`, exact: true });
  await body('3').click();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(title('2')).toHaveValue(third);
  await expect.poll(() => focusedName(page)).toBe('Nội dung mục 2');
  await page.keyboard.type(' (thử)');
  await expect(body('2')).toContainText('(thử)');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(title('2')).toHaveValue(second);
  await expect.poll(() => focusedName(page)).toBe('Nội dung mục 3');
  await title('2').click();

  // Ctrl+Enter: a new task right after, its title ready for typing.
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => focusedName(page)).toBe('Tiêu đề mục 3');
  await expect(title('3')).toHaveValue('');
  await page.keyboard.type('Tổ chức hội nghị tập huấn');
  await expect(title('3')).toHaveValue('Tổ chức hội nghị tập huấn');
  await expect(title('4')).toHaveValue(third);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // F8 / Shift+F8 go through the findings of the checks panel (the seed has warnings).
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByRole('button', { name: 'Vấn đề tiếp theo' })).toHaveAttribute(
    'title',
    'Vấn đề tiếp theo (F8)',
  );
  await page.keyboard.press('F8');
  await expect(panel.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(panel.getByText(/^Vấn đề 1\/\d+$/)).toBeVisible();
  await page.keyboard.press('Shift+F8');
  const last = await panel.getByText(/^Vấn đề \d+\/\d+$/).textContent();
  const [, n, count] = /(\d+)\/(\d+)/.exec(last ?? '') ?? [];
  expect(n).toBe(count);
  await shot(page, 'keys-02-finding-current', panel);

  // Ctrl+S takes the drafter to the version name; typed there, Ctrl+S saves the named version.
  await page.keyboard.press('Control+s');
  const name = page.getByRole('textbox', { name: 'Tên phiên bản' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Gửi xin ý kiến các sở');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('history-panel')).toContainText('“Gửi xin ý kiến các sở”');

  // Ctrl+E exports the final copy (the seed has no error, so no reason is asked).
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);

  // The side panel keeps the width it was given.
  const handle = page.getByRole('separator', { name: 'Đổi độ rộng bảng bên' });
  await handle.focus();
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 40));
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Đổi độ rộng bảng bên' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 40),
  );
  expect(problems).toEqual([]);
});

test('the citation picker fills the Căn cứ lines and marks a document issued after the plan', async ({
  page,
  host,
}) => {
  await createSeedPlan(page, host.url);
  const legal = page.getByTestId('legal');
  const panel = page.getByTestId('checks-panel');
  const picker = page.getByTestId('citation-picker');

  await legal.getByRole('button', { name: /Thêm căn cứ/ }).click();
  const line1 = legal.getByRole('textbox', { name: 'Căn cứ 1', exact: true });
  await line1.click();
  await expect(panel).toContainText('Chèn vào: Căn cứ 1');
  await panel.getByTestId('insert-citation').click();
  await picker.getByTestId('picker-search').fill('hoa giai o co so');
  await picker.getByRole('button', { name: 'Chèn Luật 35/2013/QH13', exact: true }).click();
  await expect(picker).toHaveCount(0);
  await expect(line1).toHaveValue('Luật Hòa giải ở cơ sở năm 2013');
  // The caret is left after the citation: the semicolon follows it without a space.
  await page.keyboard.type(';');
  await expect(line1).toHaveValue('Luật Hòa giải ở cơ sở năm 2013;');

  // The plan is of January 2021: a decision of July 2021 is marked, in words and for a screen reader.
  await legal.getByRole('button', { name: /Thêm căn cứ/ }).click();
  const line2 = legal.getByRole('textbox', { name: 'Căn cứ 2', exact: true });
  await line2.click();
  await panel.getByTestId('insert-citation').click();
  await picker.getByTestId('picker-search').fill('25/2021');
  const insert25 = picker.getByRole('button', { name: 'Chèn Quyết định 25/2021/QĐ-TTg', exact: true });
  await expect(insert25).toHaveAccessibleDescription(/ban hành sau ngày của kế hoạch/);
  const row25 = picker
    .locator('[data-testid="picker-row"][data-late="true"]')
    .filter({ has: page.getByRole('button', { name: 'Chèn Quyết định 25/2021/QĐ-TTg', exact: true }) });
  await expect(row25).toContainText('ban hành sau ngày của kế hoạch');
  // "Quy định về …" follows the issuer directly: no "về quy định về".
  await expect(row25).toContainText('của Thủ tướng Chính phủ quy định về xã, phường, thị trấn');
  await shot(page, 'keys-03-picker-late', picker);
  await insert25.click();
  await expect(line2).toHaveValue(
    'Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật',
  );
  await expect(panel.locator('[data-rule="citation.after-plan"]')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await shot(page, 'keys-04-legal-lines', page.locator('#block-legal'));

  // The lines and their buttons carry their numbers.
  await expect(legal.getByRole('button', { name: 'Xóa căn cứ 2', exact: true })).toBeVisible();
  await expect(
    page.getByTestId('recipients').getByRole('combobox', { name: 'Nơi nhận 2', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xóa nơi nhận 3', exact: true })).toBeVisible();
});

test('an issued plan offers no quick fix, and goes to the bin only after an explicit tick', async ({
  page,
  host,
}) => {
  await createSeedPlan(page, host.url);
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByTestId('finding-fix').first()).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await dialog.getByRole('textbox', { name: 'Số văn bản' }).fill('5');
  await dialog.getByRole('textbox', { name: 'Ngày ban hành' }).fill('5/1/2021');
  await dialog.getByRole('button', { name: 'Xác nhận ban hành' }).click();
  await expect(page.getByTestId('issue-controls')).toContainText('Đã ban hành');
  await expect(panel.getByTestId('finding').first()).toBeVisible();
  await expect(panel.getByTestId('finding-fix')).toHaveCount(0);
  await expect(panel).toContainText('Kế hoạch đã ban hành: không sửa nhanh được');
  await expect(panel.getByTestId('insert-citation')).toBeDisabled();
  await shot(page, 'keys-05-issued-checks', panel);

  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  await page
    .getByTestId('plan-row')
    .getByRole('button', { name: /^Xóa kế hoạch/ })
    .click();
  const ask = page.getByRole('dialog', { name: 'Xóa kế hoạch đã ban hành?' });
  await expect(ask).toContainText('đã ban hành (số 05/KH-BCĐ) và là văn bản lưu trữ');
  const confirm = ask.getByRole('button', { name: 'Xóa kế hoạch' });
  await expect(confirm).toBeDisabled();
  await shot(page, 'keys-06-delete-issued');
  await ask
    .getByRole('checkbox', { name: 'Tôi xác nhận chuyển văn bản đã ban hành này vào thùng rác' })
    .check();
  await confirm.click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('plan-row')).toHaveCount(0);
});
