import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import type { CliIo } from '../command.ts';

let home: string;
function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd: home,
    env: { PLANDRAFT_HOME: home },
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
  };
  return o;
}
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-cli-agencies-'));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

describe('plandraft agencies', () => {
  it('lists, exports and imports with line-level errors', async () => {
    const listed = io();
    expect(await runCli(['agencies', 'list'], listed)).toBe(0);
    expect(listed.out).toContain('lang-son-ubnd-cac-huyen-thanh-pho\tUBND các huyện, thành phố');
    expect(await runCli(['agencies', 'export', '-o', 'danh-ba.csv'], io())).toBe(0);
    expect(fs.readFileSync(path.join(home, 'danh-ba.csv'), 'utf8')).toContain('Sở Tư pháp tỉnh Lạng Sơn');
    fs.writeFileSync(
      path.join(home, 'them.csv'),
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
