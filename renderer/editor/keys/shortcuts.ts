/**
 * The editor's keyboard shortcuts: one table drives both the key handlers (useShortcuts) and what
 * the tooltips show, so a tooltip never names a key that does nothing.
 *
 * Chosen not to clash with what is already bound: the plan's undo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y,
 * history/historyKey.ts), Lexical's text formats (Ctrl+B/I/U) and Tab / Shift+Tab, which stay the
 * keyboard's way from one field to the next. Moving and indenting follow Word's outline keys
 * (Alt+Shift+arrows), findings follow the usual F8 / Shift+F8.
 */
export type ShortcutId =
  | 'newItem'
  | 'moveUp'
  | 'moveDown'
  | 'indent'
  | 'outdent'
  | 'nextFinding'
  | 'prevFinding'
  | 'exportFinal'
  | 'saveVersion';

export interface KeyCombo {
  /** `KeyboardEvent.key`; a letter in lower case. */
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export const SHORTCUTS: Readonly<Record<ShortcutId, KeyCombo>> = {
  newItem: { key: 'Enter', ctrl: true },
  moveUp: { key: 'ArrowUp', alt: true, shift: true },
  moveDown: { key: 'ArrowDown', alt: true, shift: true },
  indent: { key: 'ArrowRight', alt: true, shift: true },
  outdent: { key: 'ArrowLeft', alt: true, shift: true },
  nextFinding: { key: 'F8' },
  prevFinding: { key: 'F8', shift: true },
  exportFinal: { key: 'e', ctrl: true },
  saveVersion: { key: 's', ctrl: true },
};

export type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Does the event press exactly this combination (⌘ counts as Ctrl on a Mac)? */
export function matches(combo: KeyCombo, e: KeyEventLike): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return (
    key === combo.key &&
    (e.ctrlKey || e.metaKey) === (combo.ctrl ?? false) &&
    e.shiftKey === (combo.shift ?? false) &&
    e.altKey === (combo.alt ?? false)
  );
}

/** The shortcut an event presses, if any. */
export function shortcutOf(e: KeyEventLike): ShortcutId | null {
  for (const [id, combo] of Object.entries(SHORTCUTS) as Array<[ShortcutId, KeyCombo]>) {
    if (matches(combo, e)) return id;
  }
  return null;
}

const KEY_TEXT: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** As a tooltip shows it: "Alt+Shift+↑", "Ctrl+E" (the key caps read the same in both languages). */
export function shortcutLabel(id: ShortcutId): string {
  const c = SHORTCUTS[id];
  const key = KEY_TEXT[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  return [c.ctrl ? 'Ctrl' : null, c.alt ? 'Alt' : null, c.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}

/** The `aria-keyshortcuts` value (WAI-ARIA names the keys as `KeyboardEvent.key` does). */
export function ariaShortcut(id: ShortcutId): string {
  const c = SHORTCUTS[id];
  return [c.ctrl ? 'Control' : null, c.alt ? 'Alt' : null, c.shift ? 'Shift' : null, c.key.length === 1 ? c.key.toUpperCase() : c.key]
    .filter(Boolean)
    .join('+');
}

/** "Lên mục 7 (Alt+Shift+↑)": a tooltip with its key. */
export const withShortcut = (label: string, id: ShortcutId): string => `${label} (${shortcutLabel(id)})`;
