import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { useTempHome } from './tempHome.testkit.ts';

const { home, io } = useTempHome('agencies');

describe('plandraft agencies', () => {
  it('lists, exports and imports with line-level errors', async () => {
    const listed = io();
    expect(await runCli(['agencies', 'list'], listed)).toBe(0);
    expect(listed.out).toContain('lang-son-ubnd-cac-huyen-thanh-pho\tUBND các huyện, thành phố');
    expect(await runCli(['agencies', 'export', '-o', 'danh-ba.csv'], io())).toBe(0);
    expect(fs.readFileSync(path.join(home(), 'danh-ba.csv'), 'utf8')).toContain('Sở Tư pháp tỉnh Lạng Sơn');
    fs.writeFileSync(
      path.join(home(), 'them.csv'),
      'Tên cơ quan,Cấp,Nguồn\r\nSở Ngoại vụ,Tỉnh,QĐ thành lập\r\nSở X,Quận,Y\r\n',
    );
    const imported = io();
    expect(await runCli(['agencies', 'import', 'them.csv'], imported)).toBe(1);
    expect(imported.out).toContain('Thêm 1');
    expect(imported.err).toContain('Dòng 3: Cấp "Quận" không rõ');
  });

  it('refuses an unknown action with exit code 2', async () => {
    expect(await runCli(['agencies', 'drop'], io())).toBe(2);
  });
});
