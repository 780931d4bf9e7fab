import { parseFieldKey, type FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import type { EditorSession } from '../session/editorSession.ts';

/**
 * Run a structural edit from the keyboard without losing the drafter's place. Moving a block moves
 * its DOM nodes (which drops the focus) and indenting mounts the item anew under another parent, so
 * the field that had the focus is found again by its `data-field` after the render and focused, with
 * its caret where it was (a rich-text field through its Lexical editor, which keeps its selection).
 */
export function keepFocus(session: EditorSession | null, edit: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement ? active.closest('[data-field]')?.getAttribute('data-field') : null;
  const range =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? [active.selectionStart ?? 0, active.selectionEnd ?? 0]
      : null;
  edit();
  if (!key) return;
  // After React has committed the edit (a frame later at most).
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    if (!el || el.contains(document.activeElement)) {
      el?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const address = parseFieldKey(key);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.focus({ preventScroll: true });
      if (range) el.setSelectionRange(range[0]!, range[1]!);
    } else if (address && address.kind !== 'numberSymbol') {
      session?.focus(address);
    }
    el.scrollIntoView({ block: 'nearest' });
  });
}

/** Focus a field once it is on screen (a new item's title, right after it was added). */
export function focusFieldSoon(session: EditorSession | null, address: FieldAddress): void {
  requestAnimationFrame(() => void session?.focus(address));
}
