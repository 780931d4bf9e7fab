import { useEffect, useRef } from 'react';
import { shortcutOf, type ShortcutId } from './shortcuts.ts';

/** What a shortcut does; returning false lets the key through (nothing to act on here). */
export type ShortcutHandlers = Partial<Record<ShortcutId, () => boolean | void>>;

/** A dialog has the keyboard to itself: the editor's shortcuts wait until it closes. */
const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;

/**
 * Run the editor's shortcuts (shortcuts.ts) wherever the focus is in the window, text fields
 * included. Listened to in the capture phase, so a key taken here never reaches Lexical (which would
 * read Ctrl+Enter as a new paragraph) nor the browser (Ctrl+S, "save the page").
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const id = shortcutOf(e);
      const run = id ? current.current[id] : undefined;
      if (!run || inDialog(e.target)) return;
      if (run() === false) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
