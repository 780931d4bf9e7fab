import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of the preview (to compare with the printed file). */
const shotsDir = process.env.PLANDRAFT_SHOTS;

test('the A4 preview: seed pages as printed, zoom control, draft mark', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('editor')).toBeVisible();

  const preview = page.getByTestId('a4-preview');
  // The seed prints on five pages (its LibreOffice render); page 2 opens with the same paragraph.
  await expect(preview.locator('[data-page]')).toHaveCount(5);
  await expect(preview.locator('[data-page="2"] [data-part="body"]')).toContainText(
    /^Gắn thực hiện Đề án với việc thực hiện/u,
  );

  const zoom = page.getByRole('group', { name: 'Thu phóng' });
  const fit = zoom.getByRole('button', { name: 'Vừa chiều rộng' });
  const actual = zoom.getByRole('button', { name: '100 %' });
  const whole = zoom.getByRole('button', { name: 'Cả trang' });
  await expect(fit).toHaveAttribute('aria-pressed', 'true');
  const mount = page.locator('#a4-preview-mount');
  const first = preview.locator('[data-page="1"]');
  const width = async (): Promise<number> => (await first.boundingBox())?.width ?? 0;
  const mountBox = await mount.boundingBox();
  // Fit width: the page fills the panel's width (less its padding).
  expect(Math.abs((await width()) - (mountBox?.width ?? 0) + 16)).toBeLessThan(4);
  await actual.click();
  await expect(actual).toHaveAttribute('aria-pressed', 'true');
  // 100 %: 210 mm at 96 px per inch.
  expect(Math.abs((await width()) - (210 / 25.4) * 96)).toBeLessThan(2);
  await whole.click();
  const h = (await first.boundingBox())?.height ?? 0;
  expect(h).toBeLessThanOrEqual(900);
  expect(h).toBeGreaterThan(200);
  if (shotsDir) {
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, 'preview-whole-page.png') });
  }

  // Draft: the boxed "DỰ THẢO" in the header of every page, as the exported draft prints it.
  await page.getByTestId('preview-panel').getByLabel('Xuất bản dự thảo').check();
  await expect(preview.locator('[data-role="draftMark"]')).toHaveCount(5);
  // Under it, what the export stamps: the revision and the time.
  await expect(preview.locator('[data-page="1"] [data-part="header"]')).toHaveText(
    /^DỰ THẢOLần \d+ — \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u,
  );
  if (shotsDir) {
    // Each page alone at 60 dpi (zoom 60/96), to lay beside `pdftoppm -r 60` of the exported draft.
    const view = await page.context().newPage();
    for (const n of [1, 2]) {
      const html = await preview.locator(`[data-page="${n}"]`).evaluate((el) => el.outerHTML);
      await view.setContent(`<body style="margin:0">${html}</body>`);
      await view.locator('[data-page]').evaluate((el) => ((el as HTMLElement).style.zoom = String(60 / 96)));
      await view.locator('[data-page]').screenshot({ path: path.join(shotsDir, `preview-page${n}.png`) });
    }
    await view.close();
  }
  expect(problems).toEqual([]);
});
