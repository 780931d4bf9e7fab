import { describe, expect, it } from 'vitest';
import { historyKey } from './historyKey.ts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  historyKey({
    key: k,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  });

describe('historyKey', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo', () => {
    expect(key('z', { ctrl: true })).toBe('undo');
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(key('y', { ctrl: true })).toBe('redo');
    expect(key('z', { meta: true })).toBe('undo');
  });

  it('ignores the letters alone, with Alt, and Ctrl+Shift+Y', () => {
    expect(key('z')).toBeNull();
    expect(key('y', { shift: true })).toBeNull();
    expect(key('z', { ctrl: true, alt: true })).toBeNull();
    expect(key('y', { ctrl: true, shift: true })).toBeNull();
    expect(key('s', { ctrl: true })).toBeNull();
  });
});
