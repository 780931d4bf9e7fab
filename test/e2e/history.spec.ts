import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the history panel. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

const SENT = 'Kế hoạch phổ biến pháp luật năm 2021 — bản gửi xin ý kiến các sở';
const LATER = 'Kế hoạch phổ biến pháp luật năm 2021 — bản sửa sau góp ý';

test('"Lưu phiên bản", then "Khôi phục" brings the named version back, also after a reload', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => problems.push(`native dialog: ${d.message()}`));

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const newPlan = page.getByRole('dialog');
  await newPlan.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await newPlan.getByRole('button', { name: 'Tạo', exact: true }).click();

  const editor = page.getByTestId('editor');
  const summary = editor.getByRole('textbox', { name: 'Trích yếu' });
  await summary.fill(SENT);

  const history = page.getByRole('complementary').getByTestId('history-panel');
  await history.getByRole('textbox', { name: 'Tên phiên bản' }).fill('Gửi xin ý kiến các sở');
  await history.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(history.getByRole('status')).toHaveText('Đã lưu phiên bản “Gửi xin ý kiến các sở”.');
  const list = history.getByRole('list', { name: 'Lịch sử phiên bản' });
  await expect(list.getByText('“Gửi xin ý kiến các sở”')).toBeVisible();
  // The autosave before the version says what it changed.
  await expect(list.getByText('Sửa Trích yếu').first()).toBeVisible();

  // Editing goes on after the version: the autosave builds on it (no save conflict).
  await summary.fill(LATER);
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await expect(page.getByText('Một cửa sổ khác đã lưu kế hoạch này trước.')).toHaveCount(0);

  // "So sánh" shows the named version against the current plan.
  await history.getByRole('button', { name: 'So sánh: Gửi xin ý kiến các sở' }).click();
  const compare = page.getByRole('dialog', { name: 'So sánh phiên bản' });
  await expect(compare.getByText('bản gửi xin ý kiến các sở', { exact: false }).first()).toBeVisible();
  await expect(compare.getByText('bản sửa sau góp ý', { exact: false }).first()).toBeVisible();
  await compare.getByRole('button', { name: 'Đóng' }).click();

  await history.getByRole('button', { name: 'Khôi phục: Gửi xin ý kiến các sở' }).click();
  const confirm = page.getByRole('dialog', { name: 'Khôi phục phiên bản' });
  await expect(confirm).toContainText('Bản hiện tại vẫn được giữ trong lịch sử');
  await shot(page, 'history-01-restore-dialog');
  await confirm.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();

  await expect(page.getByTestId('editor').getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(SENT);
  const after = page.getByTestId('history-panel');
  await expect(
    after.getByRole('list', { name: 'Lịch sử phiên bản' }).getByText('Khôi phục', { exact: true }).first(),
  ).toBeVisible();
  await after.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'history-02-after-restore');

  // The restore can itself be undone: the notice's "Hoàn tác" brings the later text back (and saves
  // it), "Làm lại" restores again.
  const notice = page.getByRole('status').filter({ hasText: 'Đã khôi phục “Gửi xin ý kiến các sở”' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByTestId('editor').getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(LATER);
  await page.getByRole('button', { name: 'Làm lại' }).click();
  await expect(page.getByTestId('editor').getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(SENT);
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();

  await page.reload();
  const reopened = page.getByTestId('editor').getByRole('textbox', { name: 'Trích yếu' });
  await expect(reopened).toHaveValue(SENT);

  // Two autosaves in a row make a working session, collapsed to one line that expands.
  for (const text of [`${SENT} (1)`, `${SENT} (2)`]) {
    await reopened.fill(text);
    await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  }
  const panel = page.getByTestId('history-panel');
  const sessionLine = panel.getByRole('button', {
    name: /Phiên làm việc \d\d:\d\d–\d\d:\d\d, 2 lần tự lưu/u,
  });
  await expect(sessionLine).toHaveAttribute('aria-expanded', 'false');
  await sessionLine.click();
  await expect(sessionLine).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator('.history-session-list').getByText('Tự lưu', { exact: true })).toHaveCount(2);
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'history-03-session');
  expect(problems).toEqual([]);
});
