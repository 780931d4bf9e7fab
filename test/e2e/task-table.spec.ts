import { expect, test } from './host.ts';

const TASK = 'Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh';
const LEAD = 'Ngân hàng Nhà nước chi nhánh tỉnh';

test('an appendix task table: its rows are checked as tasks, its columns typed, and Ctrl+Z undoes a change of kind', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
  const panel = page.getByTestId('checks-panel');

  await page.getByTestId('add-appendix').click();
  const appendix = page.getByTestId('appendix-0');
  await appendix.getByTestId('appendix-0-add-table').click();
  const taskTable = appendix.getByRole('checkbox', { name: /Bảng nhiệm vụ/ });
  await expect(taskTable).toBeChecked();
  const leadKind = appendix.getByRole('combobox', { name: 'Cột 3 chứa' });
  await expect(leadKind).toHaveValue('lead');

  // A row with a task but no lead and no deliverable: two warnings, pointing at the row.
  await appendix.getByRole('textbox', { name: 'Nội dung nhiệm vụ, dòng 1' }).fill(TASK);
  const noLead = panel.locator('[data-rule="plan.task-no-lead"]', { hasText: TASK });
  await expect(noLead).toHaveCount(1);
  await expect(panel.locator('[data-rule="plan.task-no-deliverable"]', { hasText: TASK })).toHaveCount(1);

  // The lead typed: the warning goes; an agency missing from Nơi nhận is a hint.
  await appendix.getByRole('textbox', { name: 'Cơ quan chủ trì, dòng 1' }).fill(LEAD);
  await expect(noLead).toHaveCount(0);
  await expect(panel.locator('[data-rule="plan.recipient-missing"]', { hasText: LEAD })).toHaveCount(1);

  // The third column said to hold notes: no lead any more. Ctrl+Z gives it back.
  await leadKind.focus();
  await leadKind.selectOption('note');
  await expect(noLead).toHaveCount(1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(leadKind).toHaveValue('lead');
  await expect(noLead).toHaveCount(0);

  // A plain table again: its rows are no tasks.
  await taskTable.uncheck();
  await expect(leadKind).toHaveCount(0);
  await expect(panel.locator('[data-rule="plan.task-no-deliverable"]', { hasText: TASK })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the plan’s own field labels are printed instead of the defaults, and an empty box restores them', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
  const preview = page.getByTestId('a4-preview');
  await expect(preview).toContainText('- Cơ quan chủ trì:');

  const lead = page.getByRole('textbox', { name: 'Nhãn thay cho “Cơ quan chủ trì”' });
  await expect(lead).toHaveAttribute('placeholder', 'Cơ quan chủ trì');
  await lead.fill('Đơn vị chủ trì');
  await expect(preview).toContainText('- Đơn vị chủ trì:');
  await expect(preview).not.toContainText('- Cơ quan chủ trì:');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nhãn thay cho “Cơ quan chủ trì”' })).toHaveValue(
    'Đơn vị chủ trì',
  );

  await page.getByRole('textbox', { name: 'Nhãn thay cho “Cơ quan chủ trì”' }).fill('');
  await expect(preview).toContainText('- Cơ quan chủ trì:');
});
