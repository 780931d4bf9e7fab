import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  FOCUS_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useId, useRef } from 'react';
import type { Severity } from '../../shared/checks/finding.ts';
import type { RichText } from '../../shared/model/richText.ts';
import { checkStore, useRichKey, useRichMarks, type RichFieldHandle } from './checkStore.ts';
import { worstSeverity, type Mark } from './fieldTargets.ts';
import { setHighlights } from './highlights.ts';
import { $insertCitation } from './insertCitation.ts';
import { $paragraphs, locate, pointToOffset } from './lexicalParagraphs.ts';

function firstTextNode(el: HTMLElement | null): Text | null {
  if (!el) return null;
  if (el.nodeType === Node.TEXT_NODE) return el as unknown as Text;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * DOM ranges of the marks whose paragraph still reads as it did when checked (a mark on edited text
 * waits for the re-check), and the worst severity among them.
 */
function markRanges(
  editor: LexicalEditor,
  marks: readonly Mark[],
): { ranges: Array<[Severity, Range]>; worst: Severity | null } {
  if (marks.length === 0) return { ranges: [], worst: null };
  return editor.getEditorState().read(() => {
    const paras = $paragraphs();
    const out: Array<[Severity, Range]> = [];
    const current = marks.filter((m) => paras[m.paragraph]?.text === m.text);
    for (const m of current) {
      const p = paras[m.paragraph];
      if (!p || m.end <= m.start) continue;
      const a = locate(p, m.start, 'start');
      const b = locate(p, m.end, 'end');
      const domA = a && firstTextNode(editor.getElementByKey(a.key));
      const domB = b && firstTextNode(editor.getElementByKey(b.key));
      if (!a || !b || !domA || !domB) continue;
      try {
        const range = document.createRange();
        range.setStart(domA, Math.min(a.offset, domA.length));
        range.setEnd(domB, Math.min(b.offset, domB.length));
        out.push([m.severity, range]);
      } catch {
        // The DOM moved under us (a render in between): the next update draws it again.
      }
    }
    return { ranges: out, worst: worstSeverity(current) };
  });
}

/**
 * Connects one rich-text field to the citation checks: underlines the findings in it (CSS highlights
 * over the DOM, never in the document), marks the field with its worst severity, and lets the checks
 * panel jump into it and insert citations at its caret. A field outside a plan does nothing.
 */
export function CheckMarksPlugin({ value }: { value: RichText }) {
  const [editor] = useLexicalComposerContext();
  const key = useRichKey(value);
  const marks = useRichMarks(key);
  const owner = useId();
  const keyRef = useRef(key);
  useEffect(() => {
    keyRef.current = key;
  }, [key]);
  const caretRef = useRef<{ paragraph: number; offset: number } | null>(null);

  // Remember the caret while the field has focus: the picker takes focus away before inserting.
  useEffect(() => {
    const save = () => {
      const root = editor.getRootElement();
      if (!root || !root.contains(document.activeElement)) return;
      editor.getEditorState().read(() => {
        const sel = $getSelection();
        if ($isRangeSelection(sel)) caretRef.current = pointToOffset($paragraphs(), sel.focus);
      });
    };
    const offUpdate = editor.registerUpdateListener(save);
    const offFocus = editor.registerCommand(
      FOCUS_COMMAND,
      () => {
        if (keyRef.current !== null) checkStore.setActive(keyRef.current);
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      offUpdate();
      offFocus();
    };
  }, [editor]);

  useEffect(() => {
    if (key === null) return;
    const handle: RichFieldHandle = {
      select(paragraph, start, end) {
        const root = editor.getRootElement();
        root?.focus({ preventScroll: true });
        let target: HTMLElement | null = null;
        editor.update(() => {
          const p = $paragraphs()[paragraph];
          const a = p && locate(p, start, 'start');
          const b = p && locate(p, end, 'end');
          if (!a || !b) return;
          const sel = $createRangeSelection();
          sel.anchor.set(a.key, a.offset, 'text');
          sel.focus.set(b.key, b.offset, 'text');
          $setSelection(sel);
          target = editor.getElementByKey(a.key);
        });
        caretRef.current = { paragraph, offset: end };
        checkStore.setActive(key);
        (target ?? root)?.scrollIntoView({ block: 'center' });
      },
      caret: () => caretRef.current,
      insertCitation(text, cite) {
        editor.update(() => $insertCitation(caretRef.current, text, cite));
        editor.focus();
      },
    };
    return checkStore.register(key, handle);
  }, [editor, key]);

  // Draw the underlines now and after every change of the field's content.
  useEffect(() => {
    const draw = () => {
      const { ranges, worst } = markRanges(editor, marks);
      setHighlights(owner, ranges);
      const root = editor.getRootElement();
      if (root) {
        if (worst) root.dataset.check = worst;
        else delete root.dataset.check;
      }
    };
    draw();
    const off = editor.registerUpdateListener(draw);
    return () => {
      off();
      setHighlights(owner, []);
      const root = editor.getRootElement();
      if (root) delete root.dataset.check;
    };
  }, [editor, marks, owner]);

  return null;
}
