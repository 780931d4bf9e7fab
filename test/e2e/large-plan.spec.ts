import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { workspaceWith } from '../bench/browser.bench.ts';
import { largePlan } from '../bench/citations.bench.ts';
import { startHost } from './host.ts';

/**
 * The 100-page plan of the bench (300 tasks in 30 groups): its blocks and Lexical editors are built
 * as they near the view (renderer/editor/lazy), and every way into a field still reaches it.
 */
test('a 100-page plan opens with its far blocks unbuilt, and the outline, focus and clicks reach them', async ({
  page,
}) => {
  const home = await workspaceWith(largePlan());
  const { host, stop } = await startHost({ home });
  try {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(host.url);
    await page.getByTestId('open-plan').first().click();
    const section = page.getByTestId('section-II');
    const body = (label: string) =>
      section.getByRole('textbox', { name: `Nội dung mục ${label}`, exact: true });

    // In view: section I takes typing. Below: the groups of tasks are boxes without their inputs.
    await expect(
      page.getByTestId('section-I').getByRole('textbox', { name: 'Nội dung mục 1', exact: true }),
    ).toHaveAttribute('contenteditable', 'true');
    await expect(page.locator('[data-item-id="g30"]')).toHaveClass(/lazy-block/);
    await expect(page.locator('[data-item-id="g5-t1"]')).toHaveCount(0);

    // The outline jumps to the first group: it is built, and its first task takes typing.
    const outline = page.getByRole('navigation', { name: 'Bố cục' });
    await outline.getByRole('button', { name: '1. Nhóm nhiệm vụ thứ 1', exact: true }).click();
    await expect(body('1.1')).toHaveAttribute('contenteditable', 'true');

    // Further down the first group the body is static text with the same name until it is focused;
    // the keyboard focus lands in its editor, and what is typed lands in the plan.
    const far = body('1.10');
    await expect(far).not.toHaveAttribute('contenteditable', 'true');
    await expect(far).toContainText('Triển khai Kế hoạch số 1010/KH-UBND');
    await far.focus();
    await expect(far).toHaveAttribute('contenteditable', 'true');
    await expect(far).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' Đã rà soát.');
    await expect(far).toContainText('giai đoạn 2021 - 2025. Đã rà soát.');

    // The outline jumps to a task of the last group: the group is built, and a click types there.
    await outline.getByRole('button', { name: /^30\.10\. Tổ chức tuyên truyền/ }).click();
    const last = body('30.10');
    await expect(last).toBeVisible();
    await last.click();
    await expect(last).toHaveAttribute('contenteditable', 'true');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Hoàn thành.');
    await expect(last).toContainText('Hoàn thành.');
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu', { timeout: 15_000 });
    expect(problems).toEqual([]);
  } finally {
    await stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
