import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots (for looking at the UI). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/**
 * The export gate (issue 9): "Xuất Word" writes a final copy at once when the plan has no error; with
 * error findings it opens the product's own dialog, which lists them with a jump to each and exports
 * only with a reason.
 */
test('final export: at once without errors, gated with them, forced only with a reason', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  const exportFinal = page.getByRole('button', { name: 'Xuất Word', exact: true });
  const gate = page.getByRole('dialog', { name: 'Kế hoạch còn lỗi: chưa nên xuất bản chính thức' });

  // The seed has no error: its final copy goes out with no dialog.
  const first = page.waitForEvent('download');
  await exportFinal.click();
  expect((await first).suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByTestId('export-done')).toBeVisible();
  await expect(gate).toHaveCount(0);

  // Without the signer's name the plan is not ready for signature.
  const signer = page.getByRole('textbox', { name: 'Họ và tên người ký' });
  await signer.fill('');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });

  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await exportFinal.click();
  await expect(gate).toBeVisible();
  await expect(gate.getByRole('list', { name: 'Các lỗi còn lại' })).toContainText('Thiếu họ tên người ký');
  const force = gate.getByRole('button', { name: 'Vẫn xuất (ghi lý do)' });
  await expect(force).toBeDisabled();
  const reason = gate.getByRole('textbox', { name: 'Lý do vẫn xuất bản chính thức' });
  await reason.fill('   ');
  await expect(force).toBeDisabled();

  // Hủy: nothing is exported.
  await gate.getByRole('button', { name: 'Hủy' }).click();
  await expect(gate).toHaveCount(0);
  expect(downloads).toBe(0);

  // The jump closes the dialog and puts the cursor in the field to fill.
  await exportFinal.click();
  await gate.getByRole('button', { name: 'Đến chỗ lỗi: Chữ ký, họ tên' }).click();
  await expect(gate).toHaveCount(0);
  await expect(signer).toBeFocused();
  expect(downloads).toBe(0);

  // With a reason the final copy goes out.
  await exportFinal.click();
  await reason.fill('Lãnh đạo cần bản trình ký gấp; bổ sung họ tên sau.');
  await expect(force).toBeEnabled();
  await shot(page, 'export-gate');
  const forced = page.waitForEvent('download');
  await force.click();
  expect((await forced).suggestedFilename()).toMatch(/\.docx$/);
  await expect(gate).toHaveCount(0);
  await expect(page.getByTestId('export-done')).toBeVisible();
});
