import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { useTempHome } from './tempHome.testkit.ts';

const { home, io } = useTempHome('registry');
const snapshot = path.resolve(import.meta.dirname, '../../../test/fixtures/registry/snapshot-vbpl.csv');

describe('plandraft registry', () => {
  it('import --dry-run reports the counts and the line error, then the import writes', async () => {
    const dry = io();
    expect(await runCli(['registry', 'import', snapshot, '--dry-run'], dry)).toBe(1);
    expect(dry.out).toContain('Chạy thử (không ghi gì)');
    expect(dry.out).toContain('Thêm 0, cập nhật 3, không đổi 0, bị từ chối 1.');
    expect(dry.out).toContain('Dòng 4: Ngày "31/02/2016" không tồn tại');
    expect(dry.out).toContain('Line 4: Date "31/02/2016" does not exist');

    const real = io();
    expect(await runCli(['registry', 'import', snapshot, '--json'], real)).toBe(1);
    expect(JSON.parse(real.out)).toMatchObject({ updated: 3, rejected: 1, dryRun: false });

    const exported = io();
    expect(await runCli(['registry', 'export', '-o', 'sổ.csv'], exported)).toBe(0);
    const csv = fs.readFileSync(path.join(home(), 'sổ.csv'), 'utf8');
    expect(csv).toContain('Ngày có hiệu lực');
    expect(csv).toMatch(
      /80\/2015\/QH13,22\/06\/2015,Quốc hội.*01\/07\/2016,Bị thay thế,01\/04\/2025,64\/2025\/QH15/u,
    );
  });

  it('refuses an unknown action with its usage', async () => {
    const bad = io();
    expect(await runCli(['registry', 'load', snapshot], bad)).toBe(2);
    expect(bad.err).toContain('import, export');
  });
});
