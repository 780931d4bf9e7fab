import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListItemNode,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { FORMAT_TEXT_COMMAND, type EditorState, type LexicalEditor, type TextFormatType } from 'lexical';
import { Fragment, startTransition, useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { fieldKey, type FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import type { RichText } from '../../shared/model/richText.ts';
import { CheckMarksPlugin } from '../checks/CheckMarksPlugin.tsx';
import { ReferenceHoverPlugin } from '../editor/refs/ReferenceHoverPlugin.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { $lexicalToRichText, $richTextToLexical } from './convert.ts';
import { useReadOnly } from '../issue/readOnly.ts';
import { useControlNames } from '../editor/names/controlText.ts';

const theme = {
  paragraph: 'rt-p',
  list: { ul: 'rt-ul', ol: 'rt-ol', listitem: 'rt-li', nested: { listitem: 'rt-li-nested' } },
  text: { bold: 'rt-bold', italic: 'rt-italic', underline: 'rt-underline' },
};

interface ToolButton {
  label: MessageKey;
  /** What the button shows. */
  text: string;
  /** Extra class beside rt-btn (the B/I/U buttons style their glyph). */
  className?: string;
  /** A thin separator before the button, between the text formats and the lists. */
  separatorBefore?: boolean;
  run: (editor: LexicalEditor) => void;
}

const format = (f: TextFormatType) => (editor: LexicalEditor) =>
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);

const TOOL_BUTTONS: ToolButton[] = [
  { label: 'bold', text: 'B', className: 'rt-btn-b', run: format('bold') },
  { label: 'italic', text: 'I', className: 'rt-btn-i', run: format('italic') },
  { label: 'underline', text: 'U', className: 'rt-btn-u', run: format('underline') },
  {
    label: 'bulletList',
    text: '•≡',
    separatorBefore: true,
    run: (editor) => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'numberList',
    text: '1≡',
    run: (editor) => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'plainParagraph',
    text: '¶',
    run: (editor) => editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined),
  },
];

function Toolbar({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const n = useControlNames();
  // Keep the caret in the editor: a mousedown on a button would otherwise move focus and selection.
  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <div className="rt-toolbar" role="toolbar" aria-label={n('formatOf', { field: label })}>
      {TOOL_BUTTONS.map((b) => (
        <Fragment key={b.label}>
          {b.separatorBefore && <span className="rt-sep" />}
          <button
            type="button"
            className={b.className ? `rt-btn ${b.className}` : 'rt-btn'}
            title={t(b.label)}
            aria-label={t(b.label)}
            onMouseDown={keep}
            onClick={() => b.run(editor)}
          >
            {b.text}
          </button>
        </Fragment>
      ))}
    </div>
  );
}

/**
 * Follow edits made to the plan outside this field (a check's quick fix, a rollover step): when the
 * value differs from what the field shows, reload the editor from it.
 *
 * The plan comes back to the field a render later than the field emitted it, and a fast typist
 * emits again meanwhile. Such a late echo of the field's own earlier value is not an outside edit:
 * reloading from it would drop the keystrokes typed since and reset the selection. So every value
 * emitted and not yet seen back is remembered, and echoes of them are ignored.
 */
function SyncPlugin({ value, isOutsideEdit }: { value: RichText; isOutsideEdit: (json: string) => boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (isOutsideEdit(JSON.stringify(value))) editor.update(() => $richTextToLexical(value));
  }, [editor, value, isOutsideEdit]);
  return null;
}

/** An issued plan's fields are read-only (renderer/issue/readOnly.ts); Lexical stops taking input. */
function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);
  return null;
}

/** What the field shows, and the values it emitted that the plan has not echoed back yet. */
interface FieldSync {
  shown: string;
  pending: string[];
}

export interface RichTextFieldProps {
  /** The field owns its editing state; a different value from outside is loaded into it. */
  value: RichText;
  onChange: (value: RichText) => void;
  label: string;
  placeholder?: string;
  testId?: string;
  /** The plan field this edits: its `data-field`, its check marks and the session's commands. */
  field?: FieldAddress;
}

/**
 * A Lexical editor for one rich-text block of the plan. The plan stores the portable RichText model;
 * this field converts at its edge (convert.ts) and reports only real content changes.
 */
export function RichTextField({ value, onChange, label, placeholder, testId, field }: RichTextFieldProps) {
  const initial = useRef(value);
  const readOnly = useReadOnly();
  // Filled once: a useRef argument would serialise the value again at every render (each keystroke).
  const sync = useRef<FieldSync | null>(null);
  if (sync.current === null) sync.current = { shown: JSON.stringify(value), pending: [] };
  const initialConfig: InitialConfigType = {
    namespace: 'plandraft',
    theme,
    nodes: [ListNode, ListItemNode],
    editorState: () => $richTextToLexical(initial.current),
    editable: !readOnly,
    onError: (error) => {
      // Lexical reports internal errors here; surface them instead of losing the field silently.
      console.error(error);
    },
  };
  const isOutsideEdit = useCallback((json: string) => {
    const field = sync.current;
    if (!field) return false;
    const echo = field.pending.indexOf(json);
    if (echo >= 0) {
      field.pending.splice(0, echo + 1);
      return false;
    }
    if (json === field.shown) return false;
    field.shown = json;
    field.pending = [];
    return true;
  }, []);
  const handleChange = useCallback(
    (state: EditorState) => {
      const rt = state.read(() => $lexicalToRichText());
      const json = JSON.stringify(rt);
      const field = sync.current;
      if (!field || json === field.shown) return;
      field.shown = json;
      field.pending.push(json);
      if (field.pending.length > 100) field.pending.shift();
      // Lexical has drawn the keystroke already and the field holds its own state: what React renders
      // from the new plan (the form around it, the toolbar's state) follows at transition priority,
      // after the keystroke's frame (issue 13). The edit itself (the plan value, undo, autosave) is
      // taken at once by the handler; a late echo of this value is recognised (SyncPlugin).
      startTransition(() => onChange(rt));
    },
    [onChange],
  );
  return (
    <div className="rt-field" data-testid={testId} data-field={field ? fieldKey(field) : undefined}>
      <LexicalComposer initialConfig={initialConfig}>
        <Toolbar label={label} />
        <div className="rt-body">
          <RichTextPlugin
            contentEditable={
              <ContentEditable className="rt-editable" aria-label={label} aria-multiline="true" />
            }
            placeholder={placeholder ? <div className="rt-placeholder">{placeholder}</div> : null}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <OnChangePlugin onChange={handleChange} ignoreSelectionChange />
        <SyncPlugin value={value} isOutsideEdit={isOutsideEdit} />
        <EditablePlugin editable={!readOnly} />
        {/* Check marks, jump to a finding and citation insertion, through the editor session. */}
        <CheckMarksPlugin field={field} />
        <ReferenceHoverPlugin field={field} />
      </LexicalComposer>
    </div>
  );
}
