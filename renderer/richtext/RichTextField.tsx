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
import { FORMAT_TEXT_COMMAND, type EditorState, type TextFormatType } from 'lexical';
import { useCallback, useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import type { RichText } from '../../shared/model/richText.ts';
import { CheckMarksPlugin } from '../checks/CheckMarksPlugin.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { $lexicalToRichText, $richTextToLexical } from './convert.ts';

const theme = {
  paragraph: 'rt-p',
  list: { ul: 'rt-ul', ol: 'rt-ol', listitem: 'rt-li', nested: { listitem: 'rt-li-nested' } },
  text: { bold: 'rt-bold', italic: 'rt-italic', underline: 'rt-underline' },
};

function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  // Keep the caret in the editor: a mousedown on a button would otherwise move focus and selection.
  const keep = (e: MouseEvent) => e.preventDefault();
  const format = (f: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
  return (
    <div className="rt-toolbar" role="toolbar">
      <button
        type="button"
        className="rt-btn rt-btn-b"
        title={t('bold')}
        aria-label={t('bold')}
        onMouseDown={keep}
        onClick={format('bold')}
      >
        B
      </button>
      <button
        type="button"
        className="rt-btn rt-btn-i"
        title={t('italic')}
        aria-label={t('italic')}
        onMouseDown={keep}
        onClick={format('italic')}
      >
        I
      </button>
      <button
        type="button"
        className="rt-btn rt-btn-u"
        title={t('underline')}
        aria-label={t('underline')}
        onMouseDown={keep}
        onClick={format('underline')}
      >
        U
      </button>
      <span className="rt-sep" />
      <button
        type="button"
        className="rt-btn"
        title={t('bulletList')}
        aria-label={t('bulletList')}
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        •≡
      </button>
      <button
        type="button"
        className="rt-btn"
        title={t('numberList')}
        aria-label={t('numberList')}
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        1≡
      </button>
      <button
        type="button"
        className="rt-btn"
        title={t('plainParagraph')}
        aria-label={t('plainParagraph')}
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)}
      >
        ¶
      </button>
    </div>
  );
}

/**
 * Follow edits made to the plan outside this field (a check's quick fix, a rollover step): when the
 * value differs from what the field last showed or emitted, reload the editor from it. The change
 * listener then reads back the same value and emits nothing, so there is no loop.
 */
function SyncPlugin({ value, lastRef }: { value: RichText; lastRef: RefObject<string> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const json = JSON.stringify(value);
    if (json === lastRef.current) return;
    lastRef.current = json;
    editor.update(() => $richTextToLexical(value));
  }, [editor, value, lastRef]);
  return null;
}

export interface RichTextFieldProps {
  /** The field owns its editing state; a different value from outside is loaded into it. */
  value: RichText;
  onChange: (value: RichText) => void;
  label: string;
  placeholder?: string;
  testId?: string;
}

/**
 * A Lexical editor for one rich-text block of the plan. The plan stores the portable RichText model;
 * this field converts at its edge (convert.ts) and reports only real content changes.
 */
export function RichTextField({ value, onChange, label, placeholder, testId }: RichTextFieldProps) {
  const initial = useRef(value);
  const last = useRef(JSON.stringify(value));
  const initialConfig: InitialConfigType = {
    namespace: 'plandraft',
    theme,
    nodes: [ListNode, ListItemNode],
    editorState: () => $richTextToLexical(initial.current),
    onError: (error) => {
      // Lexical reports internal errors here; surface them instead of losing the field silently.
      console.error(error);
    },
  };
  const handleChange = useCallback(
    (state: EditorState) => {
      const rt = state.read(() => $lexicalToRichText());
      const json = JSON.stringify(rt);
      if (json === last.current) return;
      last.current = json;
      onChange(rt);
    },
    [onChange],
  );
  return (
    <div className="rt-field" data-testid={testId}>
      <LexicalComposer initialConfig={initialConfig}>
        <Toolbar />
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
        <SyncPlugin value={value} lastRef={last} />
        {/* Citation checks: underlines, jump-to-finding and citation insertion (renderer/checks). */}
        <CheckMarksPlugin value={value} />
      </LexicalComposer>
    </div>
  );
}
