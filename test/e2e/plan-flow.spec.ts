import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host.ts';

const LEAD = 'Sở Tư pháp và Công an tỉnh Lạng Sơn';
const SUMMARY_TAIL = ' — bản sửa đổi của Phòng Phổ biến, giáo dục pháp luật';
const PREAMBLE_TAIL = ' Các sở, ngành phối hợp chặt chẽ.';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of every screen (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(page: Page, name: string, scrollTo?: Locator): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await scrollTo?.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** Every text of the document body, tags removed (Word may split a sentence into several runs). */
function documentText(docx: Uint8Array): string {
  const files = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml missing');
  return strFromU8(xml)
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

test('create a plan from the template, edit in Vietnamese, reload, export to Word', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/api/')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Kế hoạch của tôi' })).toBeVisible();
  await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();
  // The token left the address bar but stays for this tab.
  expect(page.url()).not.toContain('token=');
  await shot(page, '01-library-empty');

  await page.getByTestId('new-plan').click();
  await expect(page.getByTestId('new-plan-dialog')).toBeVisible();
  await expect(page.getByText('Lạng Sơn').first()).toBeVisible();
  await shot(page, '02-new-plan-dialog');
  await page.getByTestId('create-plan').click();

  // The editor opens on the new plan, numbered from its position.
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('section-II')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await shot(page, '03-editor');

  // 1. trích yếu (a plain field)
  const summary = page.getByTestId('summary');
  const originalSummary = await summary.inputValue();
  await summary.click();
  await summary.press('Control+End'); // End alone stops at the end of the wrapped line
  await summary.pressSequentially(SUMMARY_TAIL);

  // 2. a task's Cơ quan chủ trì (section II, task 2)
  const task = page.getByTestId('section-II').getByTestId('item-2');
  const lead = task.getByLabel('Cơ quan chủ trì').first();
  await lead.fill(LEAD);

  // 3. the preamble (a Lexical rich-text field)
  const preamble = page.getByTestId('preamble').locator('[contenteditable="true"]');
  await preamble.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(PREAMBLE_TAIL);

  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  // The live A4 preview beside the editor follows the edits.
  await expect(page.getByTestId('preview-panel')).toContainText(LEAD);
  await shot(page, '04-editor-edited');
  await shot(page, '04b-section-II', page.getByTestId('section-II'));
  await shot(page, '04c-recipients', page.locator('#block-recipients'));
  await shot(page, '04d-appendices', page.locator('#block-appendices'));
  await shot(page, '04e-header', page.locator('#block-header'));

  // Reload: the same plan opens from the store with every edit.
  await page.reload();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('summary')).toHaveValue(originalSummary + SUMMARY_TAIL);
  await expect(
    page.getByTestId('section-II').getByTestId('item-2').getByLabel('Cơ quan chủ trì').first(),
  ).toHaveValue(LEAD);
  await expect(page.getByTestId('preamble')).toContainText(PREAMBLE_TAIL.trim());

  // Export (final): a .docx download whose body carries the edited text.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-final').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByTestId('export-done')).toContainText(download.suggestedFilename());
  await shot(page, '05-exported');
  const file = await download.path();
  const text = documentText(new Uint8Array(fs.readFileSync(file)));
  expect(text).toContain(LEAD);
  expect(text).toContain(SUMMARY_TAIL.trim());
  expect(text).toContain(PREAMBLE_TAIL.trim());

  // The draft export is a different file.
  const draftDownloading = page.waitForEvent('download');
  await page.getByTestId('export-draft').click();
  const draft = await draftDownloading;
  expect(draft.suggestedFilename()).toMatch(/\.docx$/);

  // Back in the library the plan is listed with its new summary and today's date.
  await page.getByTestId('back').click();
  const row = page.getByTestId('plan-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(SUMMARY_TAIL.trim());
  const now = new Date();
  const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  await expect(row).toContainText(today);
  await shot(page, '06-library');

  expect(problems).toEqual([]);
});

test('moving a task renumbers it, and an impossible issue date is saved and flagged, not refused', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  const section = page.getByTestId('section-II');
  const titleOf = (label: string) => section.getByTestId(`item-${label}`).getByRole('textbox', { name: `Tiêu đề mục ${label}`, exact: true });
  const first = await titleOf('1.1').inputValue();
  const second = await titleOf('1.2').inputValue();
  expect(first).not.toBe(second);
  await section.getByTestId('item-1.1').getByRole('button', { name: 'Xuống mục 1.1', exact: true }).click();
  await expect(titleOf('1.1')).toHaveValue(second);
  await expect(titleOf('1.2')).toHaveValue(first);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // 31 February: each part is valid, the date is not. The plan still saves (an invalid field never
  // blocks the rest, issue 9) and the checks name the impossible date as an error.
  await page.getByTestId('date-day').fill('31');
  await page.getByTestId('date-month').fill('2');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(page.getByText('Ngày ban hành 31/2/2021 không có trong lịch')).toBeVisible();
  await shot(page, '09-impossible-date');
  await page.getByTestId('date-day').fill('28');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(page.getByText('Ngày ban hành 31/2/2021 không có trong lịch')).toHaveCount(0);

  await page.reload();
  await expect(titleOf('1.1')).toHaveValue(second);
  await expect(page.getByTestId('date-day')).toHaveValue('28');
});

test('bold text and a bulleted list typed in a Lexical field reach the stored plan', async ({
  page,
  host,
  request,
}) => {
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  const item = page.getByTestId('section-II').getByTestId('item-1');
  const body = item.getByRole('textbox', { name: 'Nội dung mục 1', exact: true });
  await body.click();
  await page.keyboard.type('Sở Tư pháp chủ trì');
  await page.keyboard.press('Control+A');
  await item.getByRole('button', { name: 'Đậm' }).first().click();
  // Let Lexical commit the bold before moving the caret: a key pressed before that commit has its
  // selection change overwritten by the commit's (the whole text stays selected, and Enter would
  // replace it). A person never types that fast; the test must not either.
  await expect(body.locator('.rt-bold')).toHaveText('Sở Tư pháp chủ trì');
  await page.keyboard.press('End');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await page.keyboard.press('Enter');
  await item.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).first().click();
  await page.keyboard.press('Control+B'); // bold carries over to the new line, as in Word: turn it off
  await page.keyboard.type('Hòa giải ở cơ sở');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  const planId = decodeURIComponent(/#\/plan\/([^&]+)/.exec(page.url())?.[1] ?? '');
  const res = await request.post(`${host.origin}/api/getPlan`, {
    data: [planId],
    headers: { Authorization: `Bearer ${host.token}` },
  });
  const record = await res.json();
  const section = record.value.plan.sections.find((s: { role: string }) => s.role === 'content');
  expect(section.content[0].body).toEqual([
    { runs: [{ text: 'Sở Tư pháp chủ trì', bold: true }] },
    { list: 'bullet', runs: [{ text: 'Hòa giải ở cơ sở' }] },
  ]);
});

test('deleting a plan asks first, and the language switch persists', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByTestId('back').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);

  await page.getByTestId('delete-plan').click();
  await expect(page.getByTestId('delete-dialog')).toBeVisible();
  await shot(page, '07-delete-confirm');
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await page.getByTestId('delete-plan').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(0);

  // Deleting only moves the plan to the bin: restore it, with its number shown as not yet issued.
  await page.getByTestId('trash').click();
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await shot(page, '07b-trash');
  await page.getByTestId('trash-row').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByTestId('trash-row')).toHaveCount(0);
  await page.getByTestId('trash-dialog').getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await expect(page.getByTestId('plan-row')).toContainText('chưa cấp số/KH-BCĐ');

  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'My plans' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My plans' })).toBeVisible();
  await shot(page, '08-library-en');
});

test('the API refuses a call without the token', async ({ request, host }) => {
  const anonymous = await request.post(`${host.origin}/api/listPlans`, { data: [] });
  expect(anonymous.status()).toBe(401);
  const wrong = await request.post(`${host.origin}/api/listPlans`, {
    data: [],
    headers: { Authorization: 'Bearer not-the-token-of-this-run' },
  });
  expect(wrong.status()).toBe(401);
  const ok = await request.post(`${host.origin}/api/listPlans`, {
    data: [],
    headers: { Authorization: `Bearer ${host.token}` },
  });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ ok: true, value: [] });
});

test('a page without a token says how to get in instead of failing silently', async ({ page, host }) => {
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('alert')).toContainText('mã truy cập');
});
