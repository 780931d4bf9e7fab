import { expect, test } from './host.ts';

test('a typed reference follows its task when the task moves, and Ctrl+Z restores both', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const newPlan = page.getByRole('dialog');
  await newPlan.getByRole('radio', { name: /Lạng Sơn/ }).check();
  await newPlan.getByRole('button', { name: 'Tạo', exact: true }).click();
  const editor = page.getByTestId('editor');
  await expect(editor).toBeVisible();

  // A reference in a one-line field and one in a rich-text (Lexical) field.
  const summary = editor.getByRole('textbox', { name: 'Trích yếu' });
  await summary.click();
  await summary.press('Control+End');
  await summary.pressSequentially(', theo khoản 2 Mục II');
  const typed = await summary.inputValue();
  expect(typed.endsWith(', theo khoản 2 Mục II')).toBe(true);
  const preamble = editor.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await preamble.click();
  await preamble.press('Control+End');
  await preamble.pressSequentially(' Thực hiện theo khoản 2 Mục II.');
  await expect(preamble).toContainText('Thực hiện theo khoản 2 Mục II.');

  // Move task 2 of Mục II down: it becomes task 3, and both references say so.
  const section = page.getByTestId('section-II');
  const titleOf = (n: string) =>
    section.getByTestId(`item-${n}`).getByRole('textbox', { name: `Tiêu đề mục ${n}`, exact: true });
  const second = await titleOf('2').inputValue();
  const third = await titleOf('3').inputValue();
  expect(second).not.toBe(third);
  await section.getByTestId('item-2').getByRole('button', { name: 'Xuống mục 2', exact: true }).click();
  await expect(titleOf('3')).toHaveValue(second);
  await expect(summary).toHaveValue(typed.replace('khoản 2 Mục II', 'khoản 3 Mục II'));
  await expect(preamble).toContainText('Thực hiện theo khoản 3 Mục II.');
  await expect(preamble).not.toContainText('khoản 2 Mục II');

  // The link is visible on hover: the input's tooltip, and over the words in the rich-text field.
  await expect.poll(() => summary.getAttribute('title')).toContain(`→ Mục II, 3: ${second}`);
  const box = await preamble.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf('khoản 3 Mục II');
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i + 2);
      range.setEnd(n, i + 8);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  });
  expect(box).not.toBeNull();
  await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
  await expect(preamble).toHaveAttribute('title', `→ Mục II, 3: ${second}`);

  // One undo step (focus on the page body) restores the order and the texts.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(titleOf('2')).toHaveValue(second);
  await expect(titleOf('3')).toHaveValue(third);
  await expect(summary).toHaveValue(typed);
  await expect(preamble).toContainText('Thực hiện theo khoản 2 Mục II.');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 10_000 });

  expect(problems).toEqual([]);
});
