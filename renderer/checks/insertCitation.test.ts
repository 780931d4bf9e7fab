import { ListItemNode, ListNode } from '@lexical/list';
import { $getSelection, $isRangeSelection, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { paragraphText, type RichText } from '../../shared/model/richText.ts';
import { $lexicalToRichText, $richTextToLexical } from '../richtext/convert.ts';
import { $insertCitation, registerCitationSpacing } from './insertCitation.ts';

const ND30 = 'Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư';

function load(rt: RichText): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
  registerCitationSpacing(editor);
  editor.update(() => $richTextToLexical(rt), { discrete: true });
  return editor;
}

const typeAtCaret = (editor: LexicalEditor, text: string) =>
  editor.update(
    () => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) sel.insertText(text);
    },
    { discrete: true },
  );

const texts = (editor: LexicalEditor) => editor.getEditorState().read(() => $lexicalToRichText().map(paragraphText));

describe('inserting a citation into a rich-text field', () => {
  it('spaces it from the words around it, and a semicolon typed after it needs no space before', () => {
    const editor = load([{ runs: [{ text: 'Căn cứ' }] }]);
    editor.update(() => $insertCitation({ paragraph: 0, offset: 6 }, ND30, 'seed-nd-30-2020-nd-cp'), {
      discrete: true,
    });
    expect(texts(editor)).toEqual([`Căn cứ ${ND30} `]);
    typeAtCaret(editor, ';');
    expect(texts(editor)).toEqual([`Căn cứ ${ND30};`]);
    // The mark stays plain text after the citation run, which keeps its registry id.
    const runs = editor.getEditorState().read(() => $lexicalToRichText()[0]!.runs);
    expect(runs.find((r) => r.cite === 'seed-nd-30-2020-nd-cp')?.text).toBe(ND30);
    typeAtCaret(editor, ' Sở Tư pháp');
    expect(texts(editor)).toEqual([`Căn cứ ${ND30}; Sở Tư pháp`]);
  });

  it('keeps the space when a word is typed next, and leaves no space before a stop already there', () => {
    const editor = load([{ runs: [{ text: 'Thực hiện .' }] }]);
    editor.update(() => $insertCitation({ paragraph: 0, offset: 9 }, ND30, 'x'), { discrete: true });
    expect(texts(editor)).toEqual([`Thực hiện ${ND30}.`]);
    const other = load([{ runs: [{ text: 'Theo' }] }]);
    other.update(() => $insertCitation({ paragraph: 0, offset: 4 }, ND30, 'x'), { discrete: true });
    typeAtCaret(other, 'và');
    expect(texts(other)).toEqual([`Theo ${ND30} và`]);
  });
});
