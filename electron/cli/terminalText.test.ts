import { describe, expect, it } from 'vitest';
import { runCli } from '../cli.ts';
import type { CliIo } from './command.ts';
import { terminalSafe } from './terminalText.ts';

describe('terminalSafe', () => {
  it('escapes what a terminal would obey and keeps Vietnamese text, tabs and newlines', () => {
    expect(terminalSafe('Kế hoạch\x1b[2J\x1b]0;pwned\x07\tLạng Sơn\n')).toBe(
      'Kế hoạch\\x1B[2J\\x1B]0;pwned\\x07\tLạng Sơn\n',
    );
    expect(terminalSafe('a\rb\x9bc\u202Ed\x7f')).toBe('a\\x0Db\\x9Bc\\u202Ed\\x7F');
  });

  it('is applied to everything the CLI prints', async () => {
    const o = { out: '', err: '' };
    const io: CliIo = {
      cwd: process.cwd(),
      env: {},
      stdout: (t) => (o.out += t),
      stderr: (t) => (o.err += t),
    };
    expect(await runCli(['\x1b[2Jxoá-màn-hình'], io)).toBe(2);
    expect(o.err).toContain('\\x1B[2Jxoá-màn-hình');
    expect(o.err).not.toContain('\x1b');
  });
});
