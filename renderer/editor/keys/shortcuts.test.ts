import { describe, expect, it } from 'vitest';
import { historyKey } from '../history/historyKey.ts';
import { ariaShortcut, SHORTCUTS, shortcutLabel, shortcutOf, withShortcut, type ShortcutId } from './shortcuts.ts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('editor shortcuts', () => {
  it('reads each key of the table, ⌘ as Ctrl, a letter whatever its case', () => {
    expect(shortcutOf(press('Enter', { ctrl: true }))).toBe('newItem');
    expect(shortcutOf(press('ArrowUp', { alt: true, shift: true }))).toBe('moveUp');
    expect(shortcutOf(press('ArrowRight', { alt: true, shift: true }))).toBe('indent');
    expect(shortcutOf(press('F8'))).toBe('nextFinding');
    expect(shortcutOf(press('F8', { shift: true }))).toBe('prevFinding');
    expect(shortcutOf(press('E', { ctrl: true }))).toBe('exportFinal');
    expect(shortcutOf(press('s', { meta: true }))).toBe('saveVersion');
  });

  it('wants the modifiers exactly: Enter, Alt+↑ or Ctrl+Shift+S are not shortcuts', () => {
    expect(shortcutOf(press('Enter'))).toBeNull();
    expect(shortcutOf(press('Enter', { shift: true }))).toBeNull();
    expect(shortcutOf(press('ArrowUp', { alt: true }))).toBeNull();
    expect(shortcutOf(press('ArrowUp', { shift: true }))).toBeNull();
    expect(shortcutOf(press('s', { ctrl: true, shift: true }))).toBeNull();
    expect(shortcutOf(press('F8', { ctrl: true }))).toBeNull();
  });

  it('takes none of the keys already bound: undo/redo, Lexical formats, Tab, copy and paste', () => {
    const bound = [
      press('z', { ctrl: true }),
      press('z', { ctrl: true, shift: true }),
      press('y', { ctrl: true }),
      press('b', { ctrl: true }),
      press('i', { ctrl: true }),
      press('u', { ctrl: true }),
      press('a', { ctrl: true }),
      press('c', { ctrl: true }),
      press('v', { ctrl: true }),
      press('x', { ctrl: true }),
      press('Tab'),
      press('Tab', { shift: true }),
      press('Enter', { shift: true }),
    ];
    for (const e of bound) expect(shortcutOf(e), JSON.stringify(e)).toBeNull();
    for (const id of Object.keys(SHORTCUTS) as ShortcutId[]) {
      const c = SHORTCUTS[id];
      expect(historyKey(press(c.key, { ctrl: c.ctrl, shift: c.shift, alt: c.alt })), id).toBeNull();
    }
  });

  it('gives one combination to one action', () => {
    const combos = Object.values(SHORTCUTS).map((c) => JSON.stringify([c.key, !!c.ctrl, !!c.shift, !!c.alt]));
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('shows the keys as a tooltip does and names them for aria-keyshortcuts', () => {
    expect(shortcutLabel('moveUp')).toBe('Alt+Shift+↑');
    expect(shortcutLabel('exportFinal')).toBe('Ctrl+E');
    expect(shortcutLabel('prevFinding')).toBe('Shift+F8');
    expect(withShortcut('Lên mục 7', 'moveUp')).toBe('Lên mục 7 (Alt+Shift+↑)');
    expect(ariaShortcut('moveUp')).toBe('Alt+Shift+ArrowUp');
    expect(ariaShortcut('saveVersion')).toBe('Control+S');
    expect(ariaShortcut('newItem')).toBe('Control+Enter');
  });
});
