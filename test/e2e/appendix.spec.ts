import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Host } from './host.ts';

const TASK = 'Tuyên truyền Luật Hòa giải ở cơ sở trên Đài Phát thanh và Truyền hình tỉnh';
const LEAD = 'Sở Tư pháp';
const COORDINATING = 'Ủy ban nhân dân các huyện, thành phố';
const TIMELINE = 'Quý II/2021';
const DELIVERABLE = 'Chuyên mục phát sóng hằng tháng';
const TASK_2 = 'Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam';
const SUBTITLE = 'Kèm theo Kế hoạch phổ biến, giáo dục pháp luật năm 2021';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of every screen (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(target: Page | Locator, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await target.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** word/document.xml of an exported file, and its text with the tags removed. */
function documentXml(docx: Uint8Array): { xml: string; text: string } {
  const files = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' });
  const bytes = files['word/document.xml'];
  if (!bytes) throw new Error('word/document.xml missing');
  const xml = strFromU8(bytes);
  const text = xml
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { xml, text };
}

async function newPlan(page: Page, host: Host): Promise<string> {
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  const id = /#\/plan\/([^/&]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no plan id in ${page.url()}`);
  return id;
}

test('an appendix with a landscape task table: edit, preview, export', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await newPlan(page, host);

  await page.getByTestId('add-appendix').click();
  const appendix = page.getByTestId('appendix-0');
  await expect(appendix).toBeVisible();
  await appendix.getByTestId('appendix-0-subtitle').fill(SUBTITLE);
  await appendix.getByTestId('appendix-0-add-table').click();
  const head = (c: number) => appendix.getByTestId(`appendix-0-head-${c}`);
  const cell = (r: number, c: number) => appendix.getByTestId(`appendix-0-cell-${r}-${c}`);
  await expect(head(1)).toHaveValue('Nội dung nhiệm vụ');
  await expect(head(5)).toHaveValue('Kết quả sản phẩm');
  await expect(cell(0, 0)).toHaveValue('1');

  // Typed key by key (as an input method delivers Vietnamese), then filled.
  await cell(0, 1).click();
  await cell(0, 1).pressSequentially(TASK);
  await cell(0, 2).fill(LEAD);
  await cell(0, 3).fill(COORDINATING);
  await cell(0, 4).fill(TIMELINE);
  await cell(0, 5).fill(DELIVERABLE);
  await appendix.getByTestId('appendix-0-add-row').click();
  await expect(cell(1, 0)).toHaveValue('2');
  await cell(1, 1).fill(TASK_2);
  // Move the second task up: the STT column keeps counting.
  await appendix.getByTestId('appendix-0-row-1-up').click();
  await expect(cell(0, 1)).toHaveValue(TASK_2);
  await expect(cell(0, 0)).toHaveValue('1');
  await expect(cell(1, 1)).toHaveValue(TASK);
  // A column added and removed again leaves the table as it was.
  await appendix.getByTestId('appendix-0-add-col').click();
  await expect(head(6)).toBeVisible();
  await appendix.getByTestId('appendix-0-remove-col-6').click();
  await expect(head(6)).toHaveCount(0);
  await appendix.getByTestId('appendix-0-landscape').check();

  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  await shot(appendix, 'appendix-01-editor');

  // The preview shows the appendix on a landscape page of its own, the table's text in it.
  const preview = page.getByTestId('a4-preview');
  const landscapePage = preview.locator('[data-orientation="landscape"]');
  await expect(landscapePage).toHaveCount(1);
  await expect(landscapePage).toContainText('PHỤ LỤC 1');
  await expect(landscapePage).toContainText(SUBTITLE);
  await expect(landscapePage).toContainText('Nội dung nhiệm vụ');
  await expect(landscapePage).toContainText(TASK);
  await expect(landscapePage).toContainText(COORDINATING);
  await shot(landscapePage, 'appendix-02-preview-page');
  if (shotsDir) {
    // Once more at real size on a page of its own (the side panel shows pages scaled down), to look at the type.
    const html = await landscapePage.evaluate((el) => el.outerHTML);
    const view = await page.context().newPage();
    await view.setViewportSize({ width: 1160, height: 820 });
    await view.setContent(`<body style="margin:0;background:#d9dee5">${html}</body>`);
    await view.locator('[data-orientation]').evaluate((el) => ((el as HTMLElement).style.zoom = '1'));
    await shot(view, 'appendix-02b-preview-page-full-size');
    await view.close();
  }

  // Reload: the table comes back from the store.
  await page.reload();
  await expect(page.getByTestId('appendix-0-cell-1-1')).toHaveValue(TASK);
  await expect(page.getByTestId('appendix-0-landscape')).toBeChecked();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-final').click();
  const download = await downloading;
  const { xml, text } = documentXml(new Uint8Array(fs.readFileSync(await download.path())));
  for (const s of [TASK, TASK_2, LEAD, COORDINATING, TIMELINE, DELIVERABLE, SUBTITLE, 'Nội dung nhiệm vụ'])
    expect(text).toContain(s);
  expect(xml).toContain('w:orient="landscape"');
  // The table is in the landscape section: the appendix is the last section, whose properties close the body.
  const fromTable = xml.slice(xml.lastIndexOf('<w:tbl>'));
  expect(fromTable).toContain(TASK_2);
  expect(fromTable).toContain('w:orient="landscape"');

  // A long table runs onto more landscape pages, numbered from 1 again, the header row repeated.
  for (let i = 0; i < 40; i += 1) await page.getByTestId('appendix-0-add-row').click();
  await expect(page.getByTestId('appendix-0-cell-41-0')).toHaveValue('42');
  const second = page.getByTestId('a4-preview').locator('[data-orientation="landscape"][data-page="2"]');
  await expect(second).toBeVisible();
  await expect(second).toContainText('Nội dung nhiệm vụ');
  await expect(second).not.toContainText('PHỤ LỤC 1');
  await expect(second.locator(':scope > div').first()).toHaveText('2');
  expect(problems).toEqual([]);
});

test('two windows save the same plan: the second chooses to keep its version', async ({ page, host }) => {
  const planId = await newPlan(page, host);
  const other = await page.context().newPage();
  await other.goto(`${host.origin}/#/plan/${planId}&token=${host.token}`);
  await expect(other.getByTestId('editor')).toBeVisible();
  await expect(other.getByTestId('save-status')).toHaveText('Đã lưu');
  const original = await page.getByTestId('summary').inputValue();

  // Window 1 saves first.
  await page.getByTestId('summary').fill(`${original} — bản của cửa sổ thứ nhất`);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });

  // Window 2 started from the same revision: its save is refused and it is asked what to do.
  const mine = `${original} — bản sửa của cửa sổ thứ hai`;
  await other.getByTestId('summary').fill(mine);
  const conflict = other.getByTestId('save-conflict');
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict).toContainText('Một cửa sổ khác đã lưu kế hoạch này trước.');
  await expect(conflict.getByTestId('conflict-reload')).toHaveText('Tải lại bản mới nhất');
  await expect(conflict).toContainText('sẽ bị bỏ');
  await shot(other, 'conflict-01-choice');
  await conflict.getByTestId('conflict-keep').click();
  await expect(other.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  await expect(conflict).toHaveCount(0);

  await other.reload();
  await expect(other.getByTestId('summary')).toHaveValue(mine);

  // Window 1 now edits on top of its old revision: it is refused in turn and reloads the latest.
  await page.getByTestId('summary').fill(`${original} — sửa tiếp ở cửa sổ thứ nhất`);
  await expect(page.getByTestId('save-conflict')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('summary')).toHaveValue(mine);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(page.getByTestId('save-conflict')).toHaveCount(0);
});
