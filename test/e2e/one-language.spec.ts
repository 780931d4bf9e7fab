import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { englishIn, unquoted, vietnameseIn } from '../../renderer/i18n/languageMarkers.ts';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of every screen (for looking at the UI). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLANDRAFT_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/**
 * What the UI itself says on the page (text, aria-label, title, placeholder), apart from the plan's
 * own words: the fields' values, the rich text, the A4 preview, the outline, table cells and quoted
 * excerpts are the document, in Vietnamese whatever the UI language.
 */
async function uiTexts(page: Page): Promise<{ ui: string[]; content: Set<string> }> {
  // The A4 preview follows the plan a moment later (issue 13): its words count once it has caught up.
  await expect(
    page.locator('#a4-preview-mount[aria-busy="true"], #a4-preview-mount [aria-busy="true"]'),
  ).toHaveCount(0);
  const { ui, content } = await page.evaluate(() => {
    const CONTENT = [
      '.outline',
      '#a4-preview-mount',
      '[contenteditable]',
      '.finding-excerpt',
      '.toolbar-title',
      'td',
      '.place-date > span',
      '.number-symbol .prefix',
      '.reuse-list .muted',
      '.reuse-list q',
      '.lang-switch',
      '.err-code',
      '.template-name',
      '.template-desc',
      '.export-gate-excerpt',
    ].join(',');
    const ui: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement;
      if (text === '' || !parent || parent.closest(CONTENT) || parent.closest('script, style')) continue;
      ui.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (el.closest(CONTENT)) continue;
      const field = el.matches('input, textarea');
      for (const a of ['aria-label', 'placeholder', ...(field ? [] : ['title'])]) {
        const v = el.getAttribute(a)?.trim();
        if (v) ui.push(v);
      }
    }
    const content: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      content.push(el.value);
    for (const el of document.querySelectorAll(CONTENT)) content.push(el.textContent ?? '');
    return { ui, content };
  });
  return { ui, content: new Set(content.flatMap((t) => t.split(/[\s,.;:()"“”]+/u))) };
}

async function expectOneLanguage(page: Page, lang: 'vi' | 'en', screen: string): Promise<void> {
  const { ui, content } = await uiTexts(page);
  // A word of the plan quoted in a message ("…Quyết định số 2658/QĐ-BTP…") is the plan's own.
  const own = (text: string) =>
    text
      .split(/(\s+)/u)
      .map((w) => (content.has(w.replace(/^[…“"(]+|[,.;:…”")]+$/gu, '')) ? ' ' : w))
      .join('');
  const mixed = [...new Set(ui)].filter((t) => {
    const text = own(unquoted(t));
    return lang === 'en' ? vietnameseIn(text) : englishIn(text);
  });
  expect(mixed, `${screen} (${lang})`).toEqual([]);
  await shot(page, `lang-${lang}-${screen}`);
}

// Issue 9 point 10: the UI speaks Vietnamese, or English when chosen — never both at once.
test('every main screen speaks one language at a time, in Vietnamese and in English', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  // An error finding, so that the export gate opens.
  await page.getByRole('textbox', { name: 'Họ và tên người ký' }).fill('');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.getByTestId('back').click();

  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId(`lang-${lang}`).click();
    await expect(page.getByTestId('plan-row').first()).toBeVisible();
    await expectOneLanguage(page, lang, 'library');

    await page.getByTestId('new-plan').click();
    await expect(page.getByTestId('new-plan-dialog')).toBeVisible();
    await expectOneLanguage(page, lang, 'new-plan');
    await page.keyboard.press('Escape');

    await page.getByTestId('trash').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectOneLanguage(page, lang, 'trash');
    await page.keyboard.press('Escape');

    await page.getByTestId('open-registry').click();
    await expect(page.getByTestId('reg-table')).toBeVisible();
    await expectOneLanguage(page, lang, 'registry');
    await page.getByTestId('reg-close').click();

    // Rollover: the review list, then the new plan with its checklist.
    await page.getByTestId('rollover').click();
    await page.getByTestId('rollover-plan').selectOption({ index: 0 });
    await page.getByTestId('rollover-run').click();
    await expect(page.getByTestId('rollover-review')).toBeVisible();
    await expectOneLanguage(page, lang, 'rollover');
    await page.getByTestId('rollover-open').click();
    await expect(page.getByTestId('editor')).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveCount(1);
    await expectOneLanguage(page, lang, 'editor-rollover');
    await page.getByTestId('back').click();

    // The first plan: editor with its checks, history and reuse panels, the export gate, issuing.
    await page.getByTestId('plan-row').last().getByTestId('open-plan').click();
    await expect(page.getByTestId('editor')).toBeVisible();
    await expect(page.getByTestId('history-panel')).toBeVisible();
    await expectOneLanguage(page, lang, 'editor');

    await page.getByTestId('export-final').click();
    await expect(page.getByTestId('export-gate')).toBeVisible();
    await expect(page.getByTestId('export-gate').getByRole('listitem').first()).toBeVisible();
    await expectOneLanguage(page, lang, 'export-gate');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-gate')).toHaveCount(0);

    await page.getByTestId('issue-controls').getByRole('button').last().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectOneLanguage(page, lang, 'issue');
    await page.keyboard.press('Escape');
    await page.getByTestId('back').click();
  }
});
