import { memo, startTransition, useEffect, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { fieldKey } from '../../../shared/model/fields/fieldAddress.ts';
import { plainText } from '../../../shared/model/richText.ts';
import { useReadOnly } from '../../issue/readOnly.ts';
import { RichTextField, type RichTextFieldProps } from '../../richtext/RichTextField.tsx';
import { useEditorSession } from '../session/EditorSessionContext.tsx';
import { useLazyFields, useStartsLazy } from './lazyFields.ts';
import { StaticRichText } from './StaticRichText.tsx';
import './lazy.css';

/** Put the caret where the pointer is, inside `root` (the editor that has just replaced the text). */
function caretAtPoint(root: HTMLElement, x: number, y: number): boolean {
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range || !root.contains(range.startContainer)) return false;
  root.focus({ preventScroll: true });
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return true;
}

/** Same props, a field address compared by its key (the items build a new address each render). */
function sameProps(a: RichTextFieldProps, b: RichTextFieldProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof RichTextFieldProps>);
  for (const k of keys) {
    if (k === 'field') {
      if ((a.field ? fieldKey(a.field) : null) !== (b.field ? fieldKey(b.field) : null)) return false;
    } else if (!Object.is(a[k], b[k])) return false;
  }
  return true;
}

/**
 * A rich-text field of a large plan (renderer/editor/lazy/lazyFields.ts): static text with the same
 * look, `data-field`, test id and accessible name (a textbox), until it nears the view, is focused or
 * clicked (the caret lands where the click was), or the session is asked to focus or select in it
 * (jump to a finding, search, the outline's keys); then its Lexical editor replaces it for good.
 * Memoised: the item around it re-renders for a keystroke in another of its fields (issue 13).
 */
export const LazyRichTextField = memo(function LazyRichTextField(props: RichTextFieldProps) {
  const lazy = useLazyFields();
  const session = useEditorSession();
  const readOnly = useReadOnly();
  const startsLazy = useStartsLazy();
  const [mounted, setMounted] = useState(!startsLazy);
  const ref = useRef<HTMLDivElement>(null);
  const key = props.field ? fieldKey(props.field) : null;
  const address = useRef(props.field);
  useEffect(() => {
    address.current = props.field;
  });

  useEffect(() => {
    const el = ref.current;
    if (mounted || !lazy || !el) return;
    // Coming into view mounts in a transition: a keystroke meanwhile is not kept waiting.
    const stop = lazy.observe(el, () => startTransition(() => setMounted(true)));
    const at = address.current;
    const unregister =
      session && at && key !== null
        ? session.registerLazy(at, () => flushSync(() => setMounted(true)))
        : null;
    return () => {
      stop();
      unregister?.();
    };
  }, [mounted, lazy, session, key]);

  if (mounted) return <RichTextField {...props} />;

  /** Mount now (synchronously) and hand the focus to the editor. */
  const mountAndFocus = (place: (root: HTMLElement) => boolean) => {
    flushSync(() => setMounted(true));
    const root = document.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(key ?? '')}"] [contenteditable]`,
    );
    if (root && place(root)) return;
    if (address.current) session?.focus(address.current);
    else root?.focus({ preventScroll: true });
  };
  const onMouseDown = (e: MouseEvent) => {
    if (e.button !== 0) return;
    // The text under the pointer is about to be replaced: place the caret in the editor instead.
    e.preventDefault();
    const { clientX, clientY } = e;
    mountAndFocus((root) => caretAtPoint(root, clientX, clientY));
  };
  const onFocus = (e: FocusEvent) => {
    if (e.target === e.currentTarget) mountAndFocus(() => false);
  };
  // Lexical shows the placeholder only over one empty paragraph (no list, not even a space).
  const empty = props.value.length <= 1 && !props.value[0]?.list && plainText(props.value) === '';
  return (
    <div className="rt-field" data-testid={props.testId} data-field={key ?? undefined} ref={ref}>
      <div className="rt-body">
        <div
          className="rt-editable rt-static"
          role="textbox"
          aria-label={props.label}
          aria-multiline="true"
          aria-readonly={readOnly || undefined}
          tabIndex={0}
          onMouseDown={onMouseDown}
          onFocus={onFocus}
        >
          <StaticRichText value={props.value} />
        </div>
        {empty && props.placeholder ? <div className="rt-placeholder">{props.placeholder}</div> : null}
      </div>
    </div>
  );
}, sameProps);
