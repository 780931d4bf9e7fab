import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './dataDir.ts';

describe('resolveDataDir', () => {
  it('prefers PLANDRAFT_HOME', () => {
    expect(resolveDataDir({ PLANDRAFT_HOME: '/tmp/kế-hoạch' }, 'linux', '/home/a')).toBe('/tmp/kế-hoạch');
  });
  it('names the folder as Electron userData would, per OS', () => {
    expect(resolveDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/PlanDraft');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/PlanDraft');
    expect(resolveDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/PlanDraft');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toContain(
      'PlanDraft',
    );
  });
});
