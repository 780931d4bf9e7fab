import type { Request } from '@playwright/test';
import { expect, test } from './host.ts';

// Issue 13: an autosave sends the edit, not the whole plan (patchPlan); what is stored is the same.
test('an autosave sends only the edit, and the plan reloads as typed', async ({ page, host }) => {
  const saves: Array<{ op: string; bytes: number; body: string }> = [];
  page.on('request', (r: Request) => {
    const op = /\/api\/(patchPlan|savePlan)$/.exec(new URL(r.url()).pathname)?.[1];
    const body = r.postData() ?? '';
    if (op) saves.push({ op, bytes: Buffer.byteLength(body), body });
  });
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // Each edit, then its save's answer (the status alone may still read "Đã lưu" before the edit lands).
  const saved = () => page.waitForResponse((r) => /\/api\/(patchPlan|savePlan)$/.test(r.url()));
  const summary = page.getByTestId('summary');
  const typed = `${await summary.inputValue()} — phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số`;
  let answer = saved();
  await summary.fill(typed);
  await answer;
  const place = page.getByTestId('header-place');
  answer = saved();
  await place.fill('Thành phố Lạng Sơn');
  await answer;
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // Two autosaves, each the edited field alone: a few hundred bytes, not the ≈ 30 KB plan.
  expect(saves.map((s) => s.op)).toEqual(['patchPlan', 'patchPlan']);
  for (const s of saves) expect(s.bytes).toBeLessThan(1024);
  expect(JSON.parse(saves[0]!.body)[1]).toEqual([{ path: ['summary'], value: typed }]);
  expect(JSON.parse(saves[1]!.body)[1]).toEqual([{ path: ['header', 'place'], value: 'Thành phố Lạng Sơn' }]);

  await page.reload();
  await expect(summary).toHaveValue(typed);
  await expect(place).toHaveValue('Thành phố Lạng Sơn');
});
