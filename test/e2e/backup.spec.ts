import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, startHost } from './host.ts';
import { test } from '@playwright/test';

/** Overwrite every page after the first with garbage: the file still looks like SQLite, but is damaged. */
function damage(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
  fs.closeSync(fd);
}

test('Sao lưu: back up by hand, then recover a damaged data file from the newest good backup', async ({
  page,
}) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-e2e-backup-'));
  try {
    const first = await startHost({ home });
    try {
      const created = await fetch(`${first.host.origin}/api/createPlan`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${first.host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify([{ templateId: 'langson-2021' }]),
      });
      expect((await created.json()).ok).toBe(true);
      await page.goto(first.host.url);
      await expect(page.getByTestId('plan-table')).toContainText('Lạng Sơn');

      await page.getByRole('button', { name: 'Sao lưu', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' });
      await dialog.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await expect(dialog.getByRole('status')).toContainText('Đã sao lưu lúc');
      await expect(dialog.getByRole('row').filter({ hasText: 'Sao lưu thủ công' })).toHaveCount(1);

      // Restoring from the list asks first, then says so.
      await dialog
        .getByRole('row')
        .filter({ hasText: 'Sao lưu thủ công' })
        .getByRole('button', { name: 'Khôi phục' })
        .click();
      await dialog.getByRole('button', { name: 'Khôi phục bản này' }).click();
      await expect(dialog.getByRole('status')).toContainText('Đã khôi phục bản sao lưu');
      await expect(dialog.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);
      await dialog.getByRole('button', { name: 'Đóng' }).click();
    } finally {
      await first.stop();
    }

    damage(path.join(home, 'plandraft.sqlite'));

    const second = await startHost({ home });
    try {
      await page.goto(second.host.url);
      // The recovery screen opens by itself; the library is not shown as empty.
      const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' });
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText('Tệp dữ liệu không mở được');
      await expect(alert).toContainText('bị hỏng');
      await alert.getByRole('button', { name: /Khôi phục bản sao lưu tốt mới nhất/ }).click();
      await expect(dialog.getByRole('status')).toContainText('Đã khôi phục bản sao lưu');
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await expect(page.getByTestId('plan-table')).toContainText('Lạng Sơn');
      // The damaged file is kept aside, never deleted.
      expect(fs.readdirSync(home).some((n) => n.startsWith('plandraft-damaged-'))).toBe(true);
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});
