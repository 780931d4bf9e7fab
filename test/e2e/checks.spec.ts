import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { planFields } from '../../shared/model/fields/planFields.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  if (target) await target.screenshot({ path: path.join(shotsDir, `${name}.png`) });
  else await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** The texts currently underlined with one severity (CSS Custom Highlight API ranges). */
async function underlined(page: Page, severity: 'error' | 'warning' | 'info'): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    // The underlines are StaticRanges (no toString): read their text through a live Range.
    const text = (s: AbstractRange) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r.toString();
    };
    return h ? [...h].map(text) : [];
  }, `pd-check-${severity}`);
}

/** Select `text` inside a Lexical field, as a drafter would by dragging over it. */
async function selectText(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf(wanted);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + wanted.length);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" not found in the field`);
  }, text);
}

/** The keys of the seed template's fields, from the field table the editor's inputs are named by. */
function seedFieldKeys(): string[] {
  const file = new URL('../../templates/plans/langson-2021.json', import.meta.url);
  const parsed = parsePlan(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  if (!parsed.ok) throw new Error(parsed.message);
  return planFields(parsed.plan).map((f) => f.key);
}

async function createSeedPlan(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  const panel = page.getByTestId('checks-panel');
  await expect(panel).toBeVisible();
  return panel;
}

test('live checks: the seed has no error, a typed contradiction is caught and underlined, quick fix, citation picker', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  const panel = await createSeedPlan(page, host.url);

  // The seed, a real signed plan: no error, and its real style slips as warnings.
  await expect(panel.getByTestId('count-error')).toContainText('0');
  await expect(panel.getByTestId('group-error')).toHaveCount(0);
  const warnings = panel.getByTestId('group-warning');
  await expect(warnings).toContainText('Cảnh báo');
  await expect(warnings.locator('[data-rule="style.missing-so"]')).toContainText('Quyết định 705/QĐ-TTg');
  await expect(warnings.locator('[data-rule="plan.archive-line"]')).toContainText('NĐ 30/2020, PL I, II.9');
  await expect(panel.getByTestId('group-info').locator('[data-rule="style.year-range"]')).toHaveCount(2);
  // Warnings are underlined in the text; the Lưu line (a plain input) carries a marker.
  await expect.poll(() => underlined(page, 'warning')).toContain('Quyết định 705/QĐ-TTg');
  await expect(page.getByTestId('recipients-archive')).toHaveAttribute('data-check', 'warning');
  // Every field of the seed's field table has exactly one input, found by its field key.
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-field]')].map((e) => e.dataset.field ?? ''),
  );
  expect(shown.length).toBe(new Set(shown).size);
  expect(seedFieldKeys().filter((k) => !shown.includes(k))).toEqual([]);
  await shot(page, 'checks-01-seed');
  await shot(page, 'checks-01b-panel', panel);

  // Type a contradiction: the second mention of Kế hoạch 113/KH-UBND gets another date.
  const item1 = page.getByTestId('item-s1-1-body').locator('[contenteditable="true"]');
  await selectText(item1, '20/6/2017');
  await page.keyboard.type('21/6/2017');
  const errors = panel.getByTestId('group-error');
  await expect(errors).toBeVisible();
  await expect(errors.locator('[data-rule="citation.conflicting-date"]').first()).toContainText(
    '113/KH-UBND',
  );
  await expect(panel.getByTestId('count-error')).not.toContainText(/\b0\b/);
  await expect.poll(() => underlined(page, 'error')).toContainEqual(expect.stringContaining('21/6/2017'));
  await expect(page.getByTestId('item-s1-1-body').locator('[data-check="error"]')).toBeVisible();
  await page.getByTestId('item-s1-1-body').scrollIntoViewIfNeeded();
  await shot(page, 'checks-02-error-underlined');
  await shot(page, 'checks-02b-error-field', page.getByTestId('item-s1-1-body'));

  // Click the finding: the editor jumps to it and selects the text.
  await errors.getByTestId('finding-jump').first().click();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toContain('21/6/2017');
  // A finding in a plain input: the jump puts the caret in the input its field key names.
  await warnings.locator('[data-rule="plan.archive-line"]').getByTestId('finding-jump').click();
  await expect(page.getByTestId('recipients-archive')).toBeFocused();

  // Quick fix: add "số"; the finding goes away and the text is saved.
  const missingSo = warnings.locator('[data-rule="style.missing-so"]');
  // The side panel can still be settling (the A4 preview re-measures its pages after the jump), so a
  // click may land beside the button: click again until the fix took effect, never more than needed.
  await expect(async () => {
    if ((await missingSo.count()) > 0) await missingSo.getByTestId('finding-fix').click({ timeout: 2000 });
    await expect(missingSo).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('preamble')).toContainText('Quyết định số 705/QĐ-TTg');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // Citation picker: into the body of Mục I, 2 — 705 is cited above (short form), Decree 30 is not (full).
  const item2 = page.getByTestId('item-s1-2-body').locator('[contenteditable="true"]');
  await item2.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thực hiện theo');
  await expect(panel.getByTestId('insert-citation')).toBeEnabled();
  await expect(panel).toContainText('Chèn vào: Mục I, 2');
  await panel.getByTestId('insert-citation').click();
  const picker = page.getByTestId('citation-picker');
  await expect(picker).toBeVisible();
  await picker.getByTestId('picker-search').fill('nghi dinh 30 van thu');
  // Decree 110/2004 is listed too, marked as replaced by 30/2020.
  const row30 = picker
    .getByTestId('picker-row')
    .filter({ has: page.locator('.picker-id', { hasText: 'Nghị định 30/2020/NĐ-CP' }) });
  await expect(row30).toContainText('Dẫn đầy đủ');
  await shot(page, 'checks-03-picker');
  await row30.getByTestId('picker-insert').click();
  await expect(picker).toHaveCount(0);
  const full30 = 'Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư';
  await expect(page.getByTestId('item-s1-2-body')).toContainText(`Thực hiện theo ${full30}`);
  // The caret stays after the citation: typing goes on in plain text.
  await page.keyboard.type('và');
  await expect(page.getByTestId('item-s1-2-body')).toContainText(`${full30} và`);

  await panel.getByTestId('insert-citation').click();
  await picker.getByTestId('picker-search').fill('705');
  // The 113/KH-UBND plan mentions 705 in its summary too: pick the decision itself.
  const row705 = picker
    .getByTestId('picker-row')
    .filter({ has: page.locator('.picker-id', { hasText: 'Quyết định 705/QĐ-TTg' }) });
  await expect(row705).toContainText('Dẫn rút gọn');
  await row705.getByTestId('picker-insert').click();
  await expect(page.getByTestId('item-s1-2-body')).toContainText(`${full30} và Quyết định số 705/QĐ-TTg`);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await shot(page, 'checks-04-inserted', page.getByTestId('item-s1-2-body'));

  // Stored with the registry ids on the citation runs; underlines are never saved.
  const planId = decodeURIComponent(new URL(page.url()).hash.replace('#/plan/', ''));
  const stored = await page.request.post(`${host.origin}/api/getPlan`, {
    data: [planId],
    headers: { Authorization: `Bearer ${host.token}` },
  });
  const json = JSON.stringify(await stored.json());
  expect(json).toContain('"cite":"seed-nd-30-2020-nd-cp"');
  expect(json).toContain('"cite":"seed-qd-705-2017-ttg"');
  expect(json).not.toContain('pd-check');
  expect(json).toContain('21/6/2017');

  expect(problems).toEqual([]);
});

test('a citation the registry does not know is added from the panel in one click', async ({ page, host }) => {
  const panel = await createSeedPlan(page, host.url);
  const preamble = page.getByTestId('preamble').locator('[contenteditable="true"]');
  await preamble.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    ' Căn cứ Kế hoạch số 45/KH-UBND ngày 10/12/2020 của UBND tỉnh Lạng Sơn về công tác phổ biến, giáo dục pháp luật năm 2021.',
  );
  // A correct new citation is no error.
  await expect(panel.getByTestId('count-error')).toContainText('0');
  const unknown = panel.getByTestId('unknown-citations');
  await expect(unknown).toBeVisible();
  await unknown.locator('summary').click();
  const row = unknown.getByTestId('unknown-citation').filter({ hasText: '45/KH-UBND' });
  await expect(row).toBeVisible();
  await shot(page, 'checks-05-unknown', panel);
  await row.getByTestId('add-to-registry').click();
  await expect(panel.getByTestId('checks-notice')).toHaveText('Đã thêm vào sổ');
  await expect(unknown.getByTestId('unknown-citation').filter({ hasText: '45/KH-UBND' })).toHaveCount(0);

  // The registry screen (from the library) lists it; accent-insensitive search finds it.
  await page.getByTestId('back').click();
  await page.getByTestId('open-registry').click();
  const screen = page.getByTestId('registry-screen');
  await expect(screen).toBeVisible();
  await screen.getByTestId('reg-search').fill('cong tac pho bien 2021');
  await expect(screen.getByTestId('reg-row').filter({ hasText: '45/KH-UBND' })).toHaveCount(1);
  await expect(screen.getByTestId('reg-row').filter({ hasText: '45/KH-UBND' })).toContainText('10/12/2020');
});

test('registry screen: search, add, edit, delete, CSV import with line errors, CSV export', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('open-registry').click();
  const screen = page.getByTestId('registry-screen');
  await expect(screen.getByRole('heading', { name: 'Sổ văn bản pháp lý' })).toBeVisible();
  await expect(screen.getByTestId('reg-row').first()).toBeVisible();
  const seedCount = await screen.getByTestId('reg-row').count();
  expect(seedCount).toBeGreaterThan(10);

  await screen.getByTestId('reg-search').fill('hoa giai o co so');
  await expect(screen.getByTestId('reg-row').first()).toContainText('Hòa giải ở cơ sở');
  await screen.getByTestId('reg-search').fill('');
  await shot(page, 'registry-01-list');

  // Add
  await screen.getByTestId('reg-add').click();
  const form = page.getByTestId('registry-form');
  await form.getByTestId('reg-type').fill('Quyết định');
  await form.getByTestId('reg-numberSymbol').fill('12/QĐ-UBND');
  await form.getByTestId('reg-date').fill('31/02/2021');
  await form.getByTestId('reg-issuer').fill('UBND tỉnh Lạng Sơn');
  await form
    .getByTestId('reg-summary')
    .fill('Về việc kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh');
  await form.getByTestId('reg-save').click();
  // 31 February does not exist: refused, in Vietnamese.
  await expect(form.getByTestId('error-banner')).toContainText('không');
  await shot(page, 'registry-02-form-error');
  await form.getByTestId('reg-date').fill('12/01/2021');
  await form.getByTestId('reg-save').click();
  await expect(form).toHaveCount(0);
  const added = screen.getByTestId('reg-row').filter({ hasText: '12/QĐ-UBND' });
  await expect(added).toContainText('12/01/2021');

  // Edit
  await added.getByTestId('reg-edit').click();
  await form.getByTestId('reg-status').selectOption('in_force');
  await form.getByTestId('reg-save').click();
  await expect(added).toContainText('Còn hiệu lực');

  // Delete (asks first)
  await added.getByTestId('reg-delete').click();
  await added.getByTestId('reg-confirm-delete').click();
  await expect(screen.getByTestId('reg-row').filter({ hasText: '12/QĐ-UBND' })).toHaveCount(0);

  // CSV import: one good line, one bad date; the dry run reports the bad line by number, then the
  // valid lines are imported.
  const csv = [
    'Loại văn bản,"Số, ký hiệu",Ngày ban hành,Cơ quan ban hành,Trích yếu',
    'Kế hoạch,"20/KH-UBND",15/01/2021,UBND tỉnh Lạng Sơn,Tuyên truyền pháp luật năm 2021',
    'Kế hoạch,"21/KH-UBND",32/01/2021,UBND tỉnh Lạng Sơn,Ngày Pháp luật năm 2021',
  ].join('\r\n');
  await screen.getByTestId('reg-import-file').setInputFiles({
    name: 'so-van-ban.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const dryRun = page.getByTestId('reg-dry-run');
  await expect(dryRun).toContainText('Sẽ thêm 1');
  await expect(dryRun).toContainText('Dòng 3');
  await dryRun.getByRole('button', { name: 'Nhập các dòng hợp lệ' }).click();
  const result = screen.getByTestId('reg-import-result');
  await expect(result).toContainText('thêm 1');
  await expect(result).toContainText('Dòng 3');
  await expect(screen.getByTestId('reg-row').filter({ hasText: '20/KH-UBND' })).toHaveCount(1);
  await shot(page, 'registry-03-import');

  // CSV export: a download with the Vietnamese headers and the imported line.
  const downloading = page.waitForEvent('download');
  await screen.getByTestId('reg-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^so-van-ban-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('Số ký hiệu');
  expect(text).toContain('20/KH-UBND');

  // English
  await screen.getByTestId('reg-close').click();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('open-registry').click();
  await expect(page.getByRole('heading', { name: 'Registry of legal documents' })).toBeVisible();
});
