import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host.ts';

/** Set PLANDRAFT_SHOTS=/some/dir to keep screenshots of every screen (for looking at the UI). */
const shotsDir = process.env.PLANDRAFT_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

// Issue 9 point 10: a value the save schema refuses is marked on its input and left out; the rest
// of the plan saves (before, one over-long field made every autosave fail until it was fixed).
test('an invalid field is marked and never blocks saving the rest of the plan', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('new-plan').click();
  await page.getByTestId('create-plan').click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  const issuingBody = page.getByTestId('header-issuingBody');
  const symbol = page.getByTestId('header-symbol');
  const lead = page.getByTestId('section-II').getByTestId('item-2').getByLabel('Cơ quan chủ trì').first();
  const place = page.getByTestId('header-place');
  await issuingBody.fill('SỞ TƯ PHÁP '.repeat(200)); // 2 200 characters: a line holds 2 000
  await symbol.fill(`KH-${'X'.repeat(80)}`); // 83: a symbol holds 64
  await lead.fill('Sở Tư pháp, '.repeat(250)); // 3 000
  await place.fill('Hà Nội');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(page.getByTestId('save-error')).toHaveCount(0);

  // Each refused value: red, aria-invalid, and its message, named in plain Vietnamese.
  await expect(issuingBody).toHaveAttribute('aria-invalid', 'true');
  await expect(issuingBody).toHaveAccessibleDescription(
    'Cơ quan ban hành: dài 2.200 ký tự, quá giới hạn 2.000. Chỉ 2.000 ký tự đầu được lưu; hãy rút gọn nội dung này.',
  );
  await expect(symbol).toHaveAttribute('aria-invalid', 'true');
  await expect(symbol).toHaveAccessibleDescription(/^Ký hiệu: dài 83 ký tự, quá giới hạn 64/);
  await expect(lead).toHaveAttribute('aria-invalid', 'true');
  await expect(lead).toHaveAccessibleDescription(/^Mục II, 2, Cơ quan chủ trì: dài 3\.000 ký tự/);
  await expect(place).not.toHaveAttribute('aria-invalid', 'true');
  const banner = page.getByTestId('invalid-fields');
  await expect(banner).toContainText('Có 3 chỗ chưa hợp lệ — kế hoạch vẫn được lưu');
  await expect(banner).not.toContainText(/header|sections|too_big|savePlan/);

  // A day out of range: marked with what is accepted; the plan still saves.
  const day = page.getByTestId('date-day');
  await day.fill('45');
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(day).toHaveAccessibleDescription(/^Ngày: từ 1 đến 31\. Số vừa gõ chưa được lưu/);
  await summaryEdit(page, ' (dự thảo)');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await shot(page, 'invalid-fields-vi');

  // English: the same marks, in English only.
  await page.getByTestId('lang-en').click();
  await expect(issuingBody).toHaveAccessibleDescription(
    /^Issuing body: 2,200 characters, over the limit of 2,000/,
  );
  await expect(banner).toContainText('3 value(s) not valid');
  await shot(page, 'invalid-fields-en');
  await page.getByTestId('lang-vi').click();

  // Stored: the rest of the plan, and the refused values cut to their limit.
  await page.reload();
  await expect(place).toHaveValue('Hà Nội');
  await expect(page.getByTestId('summary')).toHaveValue(/\(dự thảo\)$/);
  expect((await issuingBody.inputValue()).length).toBe(2000);
  expect((await symbol.inputValue()).length).toBe(64);
  await expect(issuingBody).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('invalid-fields')).toHaveCount(0);
});

async function summaryEdit(page: Page, tail: string): Promise<void> {
  const summary = page.getByTestId('summary');
  await summary.click();
  await summary.press('Control+End');
  await summary.pressSequentially(tail);
}

// Issue 9 point 10: an error says what happened and what to do; its code only under "Chi tiết kỹ thuật".
test('an error shows a plain sentence, its code folded under "Chi tiết kỹ thuật"', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('open-registry').click();
  await page.getByTestId('reg-add').click();
  const form = page.getByTestId('registry-form');
  await form.getByTestId('reg-type').fill('Quyết định');
  await form.getByTestId('reg-numberSymbol').fill('12/QĐ-UBND');
  await form.getByTestId('reg-date').fill('31/02/2021');
  await form.getByTestId('reg-issuer').fill('UBND tỉnh Lạng Sơn');
  await form
    .getByTestId('reg-summary')
    .fill('Về việc kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật');
  await form.getByTestId('reg-save').click();
  const banner = form.getByTestId('error-banner');
  await expect(banner).toContainText('Văn bản chưa được lưu: Ngày "31/02/2021" không tồn tại');
  const details = banner.getByTestId('tech-details');
  await expect(details.locator('pre')).toBeHidden();
  await expect(banner.getByText('invalid_registry_doc')).toBeHidden();
  await details.getByText('Chi tiết kỹ thuật').click();
  await expect(details.locator('pre')).toHaveText('invalid_registry_doc');
  await shot(page, 'error-details-vi');
});
