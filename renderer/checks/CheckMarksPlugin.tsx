import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  FOCUS_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useId, useRef } from 'react';
import type { Severity } from '../../shared/checks/finding.ts';
import { fieldKey, parseFieldKey, type FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import { useEditorSession, useFieldMarks } from '../editor/session/EditorSessionContext.tsx';
import { useLazyFields } from '../editor/lazy/lazyFields.ts';
import type { Mark } from '../editor/session/editorSession.ts';
import { INSERT_CITATION_COMMAND, SELECT_FIELD_RANGE_COMMAND } from '../richtext/fieldCommands.ts';
import { worstSeverity } from './fieldMarks.ts';
import { setHighlights } from './highlights.ts';
import { $insertCitation, registerCitationSpacing } from './insertCitation.ts';
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
): { ranges: Array<[Severity, AbstractRange]>; worst: Severity | null } {
  if (marks.length === 0) return { ranges: [], worst: null };
  return editor.getEditorState().read(() => {
    const paras = $paragraphs();
    const out: Array<[Severity, AbstractRange]> = [];
    const current = marks.filter((m) => paras[m.paragraph]?.text === m.text);
    for (const m of current) {
      const p = paras[m.paragraph];
      if (!p || m.end <= m.start) continue;
      const a = locate(p, m.start, 'start');
      const b = locate(p, m.end, 'end');
      const domA = a && firstTextNode(editor.getElementByKey(a.key));
      const domB = b && firstTextNode(editor.getElementByKey(b.key));
      if (!a || !b || !domA || !domB) continue;
      // A StaticRange, not a live Range: the marks are drawn again after every update of the
      // field, and hundreds of live ranges made every DOM insertion or removal of the whole
      // editor ≈ 50× slower (the browser updates each live range on each mutation).
      out.push([
        m.severity,
        new StaticRange({
          startContainer: domA,
          startOffset: Math.min(a.offset, domA.length),
          endContainer: domB,
          endOffset: Math.min(b.offset, domB.length),
        }),
      ]);
    }
    return { ranges: out, worst: worstSeverity(current) };
  });
}

/**
 * Connects one rich-text field to the editor session: underlines the findings in it (CSS highlights
 * over the DOM, never in the document), marks the field with its worst severity, and handles the
 * session's commands to select a range in it and insert a citation at its caret. A field outside an
 * editor (no session, or no address) does nothing.
 */
export function CheckMarksPlugin({ field }: { field: FieldAddress | undefined }) {
  const [editor] = useLexicalComposerContext();
  const session = useEditorSession();
  const marks = useFieldMarks(field);
  const owner = useId();
  const caretRef = useRef<{ paragraph: number; offset: number } | null>(null);
  const key = field ? fieldKey(field) : null;

  useEffect(() => {
    if (!session || key === null) return;
    const address = parseFieldKey(key);
    if (address === null || address.kind === 'numberSymbol') return;
    // Remember the caret while the field has focus: the picker takes focus away before inserting.
    const save = () => {
      const root = editor.getRootElement();
      if (!root || !root.contains(document.activeElement)) return;
      editor.getEditorState().read(() => {
        const sel = $getSelection();
        if ($isRangeSelection(sel)) caretRef.current = pointToOffset($paragraphs(), sel.focus);
      });
    };
    return mergeRegister(
      editor.registerUpdateListener(save),
      editor.registerCommand(
        FOCUS_COMMAND,
        () => {
          session.setActive(address);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        SELECT_FIELD_RANGE_COMMAND,
        ({ paragraph, start, end }) => {
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
          session.setActive(address);
          (target ?? root)?.scrollIntoView({ block: 'center' });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        INSERT_CITATION_COMMAND,
        ({ text, cite }) => {
          editor.update(() => $insertCitation(caretRef.current, text, cite));
          editor.focus();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      session.registerRich(address, { editor, caret: () => caretRef.current }),
      registerCitationSpacing(editor),
    );
  }, [editor, session, key]);

  // In a large plan a field underlines only near the view (highlights.ts).
  const nearOnly = useLazyFields() !== null;
  // Draw the underlines now and after every change of the field's content.
  useEffect(() => {
    const draw = () => {
      const { ranges, worst } = markRanges(editor, marks);
      const root = editor.getRootElement();
      setHighlights(owner, ranges, nearOnly ? root : null);
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
  }, [editor, marks, owner, nearOnly]);

  return null;
}
