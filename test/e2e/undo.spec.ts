import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the deletion notice. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The values of every input a locator matches, in page order. */
const values = (inputs: Locator): Promise<string[]> =>
  inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
}

test('a deleted section comes back with "Hoàn tác", a deleted task with Ctrl+Z, and Ctrl+Y redoes', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // The product asks in its own dialog: a native one would fail the test here.
  page.on('dialog', (d) => {
    problems.push(`native dialog: ${d.message()}`);
    void d.dismiss();
  });

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const newPlan = page.getByRole('dialog');
  await newPlan.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await newPlan.getByRole('button', { name: 'Tạo', exact: true }).click();
  const editor = page.getByTestId('editor');
  await expect(editor).toBeVisible();
  await saved(page);

  const toolbarUndo = page.getByRole('button', { name: 'Hoàn tác', exact: true }).first();
  const toolbarRedo = page.getByRole('button', { name: 'Làm lại', exact: true });
  await expect(toolbarUndo).toBeDisabled();
  await expect(toolbarUndo).toHaveAttribute('title', 'Hoàn tác (Ctrl+Z)');
  await expect(toolbarRedo).toBeDisabled();

  // 1. Delete section III through the product's dialog.
  const titles = editor.getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ });
  const before = await values(titles);
  expect(before.length).toBeGreaterThan(3);
  const third = before[2] ?? '';
  await page.getByTestId('section-III').getByRole('button', { name: 'Xóa Mục III', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Xóa Mục III?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText(third);
  await ask.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(ask).toBeHidden();
  await expect(titles).toHaveCount(before.length - 1);
  await expect.poll(() => values(titles)).not.toContain(third);

  const notice = page.getByRole('status').filter({ hasText: 'Đã xóa Mục III' });
  await expect(notice).toBeVisible();
  await shot(page, 'undo-notice');
  await expect(toolbarUndo).toBeEnabled();
  await notice.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(notice).toBeHidden();
  await expect(titles).toHaveCount(before.length);
  await expect.poll(() => values(titles)).toEqual(before);
  await expect(toolbarRedo).toBeEnabled();

  // The undo was saved like any edit: the section is there after a reload.
  await saved(page);
  await page.reload();
  await expect(editor).toBeVisible();
  await expect(titles).toHaveCount(before.length);
  await expect.poll(() => values(titles)).toEqual(before);

  // 2. Delete a task (section II, item 2), then Ctrl+Z with the focus on the page, then Ctrl+Y.
  const section = page.getByTestId('section-II');
  const taskTitles = section.getByRole('textbox', { name: /^Tiêu đề (mục|điểm) / });
  const tasksBefore = await values(taskTitles);
  const task = section.getByTestId('item-2').first();
  const taskTitle = await task.getByRole('textbox', { name: 'Tiêu đề mục 2', exact: true }).inputValue();
  expect(taskTitle).not.toBe('');
  await task.getByRole('button', { name: 'Xóa mục 2', exact: true }).click();
  const askTask = page.getByRole('dialog', { name: 'Xóa mục 2?' });
  await askTask.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa mục 2' })).toBeVisible();
  await expect(taskTitles).toHaveCount(tasksBefore.length - 1);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(taskTitles).toHaveCount(tasksBefore.length);
  await expect.poll(() => values(taskTitles)).toEqual(tasksBefore);
  await page.keyboard.press('Control+y');
  await expect(taskTitles).toHaveCount(tasksBefore.length - 1);
  await expect.poll(() => values(taskTitles)).not.toContain(taskTitle);

  // 3. Inside a text field its own undo applies: Ctrl+Z there does not bring the task back.
  const summary = editor.getByRole('textbox', { name: 'Trích yếu' });
  await summary.click();
  await summary.press('Control+End');
  await summary.pressSequentially(' mới');
  await summary.press('Control+z');
  await expect(taskTitles).toHaveCount(tasksBefore.length - 1);

  // Typing is one undo step: the toolbar's "Hoàn tác" takes the typed words back at once.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const typed = await summary.inputValue();
  // A pause longer than the coalescing window (1 s): the next words are a step of their own.
  await page.waitForTimeout(1100);
  await summary.click();
  await summary.press('Control+End');
  await summary.pressSequentially(' năm 2026');
  await expect(summary).toHaveValue(`${typed} năm 2026`);
  await toolbarUndo.click();
  await expect(summary).toHaveValue(typed);
  await saved(page);

  // 4. A Nơi nhận line: removed without a question, its notice brings it back.
  const recipients = page.getByTestId('recipients');
  // Each line is an agency combobox (the directory's autocomplete, issue 11).
  const lines = recipients.getByRole('combobox');
  const linesBefore = await values(lines);
  expect(linesBefore[0]).toBeTruthy();
  await recipients.getByRole('button', { name: 'Xóa nơi nhận 1', exact: true }).click();
  await expect(lines).toHaveCount(linesBefore.length - 1);
  const lineNotice = page.getByRole('status').filter({ hasText: 'Đã xóa dòng 1' });
  await lineNotice.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect.poll(() => values(lines)).toEqual(linesBefore);
  await saved(page);

  expect(problems).toEqual([]);
});
