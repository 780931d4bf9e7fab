import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep the screenshot (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;

test('a document-like window: only the columns scroll, the outline lists tasks, sections move', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  const editor = page.getByTestId('editor');
  await expect(editor).toBeVisible();

  // The outline lists the items and tasks under their section, numbered as in the document.
  const outline = page.getByRole('navigation', { name: 'Bố cục' });
  const entries = outline.getByRole('button');
  const texts = await entries.allTextContents();
  const tasks = texts.filter((t) => /^\d+\.\d+\. \S/.test(t));
  expect(tasks.length).toBeGreaterThan(0);
  const last = tasks[tasks.length - 1] ?? '';

  await outline.getByRole('button', { name: last, exact: true }).click();
  // Smooth scrolling: wait until the editor column has moved, then check the window did not.
  await expect.poll(() => editor.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  const title = last.replace(/^\S+ /, '');
  const target = editor.locator('[data-item-id]').filter({ has: page.locator(`input[value="${title}"]`) });
  await expect(target.first()).toBeInViewport();
  expect(await page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop ?? -1])).toEqual([
    0, 0,
  ]);
  await expect(page.getByRole('banner')).toBeInViewport();
  await expect(page.getByTestId('save-status')).toBeInViewport();

  // Sections move down and back; the roman numbers follow the place.
  const first = await page
    .getByTestId('section-I')
    .getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ })
    .first()
    .inputValue();
  const second = await page
    .getByTestId('section-II')
    .getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ })
    .first()
    .inputValue();
  await expect(page.getByRole('button', { name: 'Lên Mục I', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Xuống Mục I', exact: true }).click();
  await expect(
    page.getByTestId('section-II').getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ }).first(),
  ).toHaveValue(first);
  await expect(
    page.getByTestId('section-I').getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ }).first(),
  ).toHaveValue(second);
  await expect(outline.getByRole('button', { name: `II. ${first}`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lên Mục II', exact: true }).click();
  await expect(
    page.getByTestId('section-I').getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ }).first(),
  ).toHaveValue(first);
  // The move goes through setPlan, so the plan-level undo takes it back too.
  await page.getByRole('button', { name: 'Xuống Mục I', exact: true }).click();
  await expect(
    page.getByTestId('section-II').getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ }).first(),
  ).toHaveValue(first);
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(
    page.getByTestId('section-I').getByRole('textbox', { name: /^Tên Mục [IVXL]+$/ }).first(),
  ).toHaveValue(first);

  // The side panel is resizable from the keyboard.
  const panel = page.getByRole('complementary');
  const before = (await panel.boundingBox())?.width ?? 0;
  const handle = page.getByRole('separator', { name: 'Đổi độ rộng bảng bên' });
  await expect(handle).toHaveAttribute('aria-orientation', 'vertical');
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '420');
  await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBeCloseTo(before + 40, 0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  if (shotsDir) {
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, 'window-1440x900.png') });
  }
});
