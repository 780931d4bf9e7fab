import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildSeedDocx } from '../../shared/import/seedDocx.testkit.ts';
import { expect, test } from './host.ts';

/**
 * A drafter's, a legal secretary's and a clerk's working day in one run (issue 9, "Not done until"):
 * import last year's Word file, roll it over, work through the checklist, reorder, export a draft,
 * restore an earlier version, fix the findings, export the final copy, issue it. Each screen is kept
 * as a screenshot when PLANDRAFT_SHOTS is set, so a person can look at the whole day.
 */
const seed = path.resolve(import.meta.dirname, '..', 'fixtures', 'seed-plan-langson-2021.txt');

let step = 0;
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  step += 1;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `day-${String(step).padStart(2, '0')}-${name}.png`) });
}

test('a full working day: import, roll over, review, reorder, draft, restore, fix, final, issue', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => problems.push(`native dialog: ${d.message()}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Tạo kế hoạch mới' })).toBeVisible();
  await shot(page, 'library-empty');

  // The drafter imports last year's plan, as the office typed it in Word.
  const docx = await buildSeedDocx(fs.readFileSync(seed, 'utf8'));
  await page.getByTestId('import-file').setInputFiles({
    name: 'KH-PBGDPL-2021.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(docx),
  });
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-tasks')).toBeVisible();
  await shot(page, 'import-report');
  await report.getByRole('button', { name: 'Mở kế hoạch' }).click();
  const editor = page.getByTestId('editor');
  await expect(editor).toBeVisible();
  await shot(page, 'editor-2021');
  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  await expect(page.getByTestId('plan-table')).toContainText('năm 2021');

  // Roll it over to the next year.
  await page.getByTestId('rollover').click();
  const dialog = page.getByTestId('rollover-dialog');
  await dialog.getByTestId('rollover-run').click();
  await expect(dialog.getByTestId('rollover-review')).toBeVisible();
  await shot(page, 'rollover-dialog');
  await dialog.getByTestId('rollover-open').click();

  // The legal secretary works through the checklist: tick one, jump to another.
  const panel = page.getByTestId('review-panel');
  await expect(page.getByRole('heading', { name: 'Rà soát năm mới' })).toBeVisible();
  await shot(page, 'review-checklist');
  const ticks = panel.getByRole('checkbox', { name: /^Đã xem/ });
  await ticks.first().check();
  await panel
    .getByRole('button', { name: /^Đến vị trí/ })
    .nth(1)
    .click();
  await shot(page, 'review-jump');

  // Reorder: the second task of the content section moves up; a named version is kept before.
  const history = page.getByTestId('history-panel');
  await history.getByRole('textbox', { name: 'Tên phiên bản' }).fill('Trước khi sắp xếp lại');
  await history.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(history.getByRole('status')).toContainText('Trước khi sắp xếp lại');
  const up = editor.getByRole('button', { name: /^Lên/, disabled: false });
  await up.nth(2).click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  await shot(page, 'after-move');

  // Draft for the departments' comments.
  const draft = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản dự thảo' }).first().click();
  expect((await draft).suggestedFilename()).toMatch(/\.docx$/);
  await shot(page, 'draft-exported');

  // Restore the version from before the move.
  await history
    .getByRole('button', { name: 'Khôi phục: Trước khi sắp xếp lại' })
    .first()
    .click();
  const confirm = page.getByRole('dialog', { name: 'Khôi phục phiên bản' });
  await shot(page, 'restore-dialog');
  await confirm.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  await expect(confirm).toHaveCount(0);
  await shot(page, 'after-restore');

  // The findings: the checks panel lists what is left; the drafter looks at each one.
  const checks = page.getByTestId('checks-panel');
  await checks.scrollIntoViewIfNeeded();
  await shot(page, 'findings');
  const warnings = checks.getByTestId('count-warning');
  await expect(warnings).toHaveText(/\d/);
  const before = await warnings.textContent();
  await checks.getByRole('button', { name: 'Thêm "số"' }).first().click();
  await expect(warnings).not.toHaveText(before ?? '');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  await shot(page, 'finding-fixed');

  // Final copy: the gate stops it while errors remain.
  await page.getByRole('button', { name: 'Xuất Word', exact: true }).click();
  const gate = page.getByRole('dialog', { name: /Kế hoạch còn lỗi/ });
  const downloaded = page.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
  if (await gate.isVisible().catch(() => false)) {
    await shot(page, 'export-gate');
    await gate.getByRole('textbox').fill('Bản trình lãnh đạo duyệt; văn thư sẽ cấp số khi ký.');
    await gate.getByRole('button', { name: 'Vẫn xuất (ghi lý do)' }).click();
  }
  expect(await downloaded).not.toBeNull();
  await shot(page, 'final-exported');

  // The clerk issues it.
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await issue.getByRole('textbox', { name: 'Số văn bản' }).fill('12');
  await issue.getByRole('textbox', { name: 'Ngày ban hành' }).fill('15/1/2022');
  await shot(page, 'issue-dialog');
  await issue.getByRole('button', { name: 'Xác nhận ban hành' }).click();
  await expect(page.getByTestId('issue-controls')).toContainText('Đã ban hành');
  await shot(page, 'issued-editor');

  await page.getByRole('button', { name: /^←?\s*Thư viện$/u }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(2);
  await shot(page, 'library-end');
  await page.getByRole('button', { name: 'Sổ văn bản' }).click();
  const registry = page.getByRole('dialog', { name: 'Sổ văn bản pháp lý' });
  await registry.getByRole('searchbox').fill('12/KH-BCĐ');
  await expect(registry.getByTestId('reg-row').filter({ hasText: '15/01/2022' })).toHaveCount(1);
  await shot(page, 'registry');
  expect(problems).toEqual([]);
});
