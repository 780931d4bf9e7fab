import { ListItemNode, ListNode } from '@lexical/list';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../shared/model/richText.ts';
import { $lexicalToRichText, $richTextToLexical } from './convert.ts';

function headless(): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes: [ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
}

function load(rt: RichText): LexicalEditor {
  const editor = headless();
  editor.update(() => $richTextToLexical(rt), { discrete: true });
  return editor;
}

function read(editor: LexicalEditor): RichText {
  return editor.getEditorState().read(() => $lexicalToRichText());
}

describe('richTextToLexical / lexicalToRichText', () => {
  it('round-trips bold, italic and underline runs with Vietnamese text', () => {
    const rt: RichText = [
      {
        runs: [
          { text: 'Sở Tư pháp ' },
          { text: 'chủ trì', bold: true },
          { text: ', phối hợp với ' },
          { text: 'Công an tỉnh', italic: true, underline: true },
          { text: ' thực hiện.' },
        ],
      },
    ];
    expect(read(load(rt))).toEqual(rt);
  });

  it('builds one Lexical list per run of list paragraphs and reads them back', () => {
    const rt: RichText = [
      { runs: [{ text: 'Các nhiệm vụ:' }] },
      { list: 'bullet', runs: [{ text: 'Tuyên truyền, phổ biến pháp luật' }] },
      { list: 'bullet', runs: [{ text: 'Hòa giải ở cơ sở' }] },
      { list: 'number', runs: [{ text: 'Quý I năm 2021' }] },
      { list: 'number', runs: [{ text: 'Quý II', bold: true }] },
      { runs: [{ text: 'Kết thúc.' }] },
    ];
    const editor = load(rt);
    const shape = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getType()),
    );
    expect(shape).toEqual(['paragraph', 'list', 'list', 'paragraph']);
    expect(read(editor)).toEqual(rt);
  });

  it('keeps citation and reference marks apart from neighbouring plain text', () => {
    const rt: RichText = [
      {
        runs: [
          { text: 'Thực hiện ' },
          { text: 'Quyết định số 705/QĐ-TTg', cite: 'reg-705-2017' },
          { text: ' và ' },
          { text: 'khoản 2 Mục IV', ref: 's4-2' },
        ],
      },
    ];
    const editor = load(rt);
    expect(read(editor)).toEqual(rt);
    // The marks must also survive Lexical's own serialisation (undo history, copy/paste).
    const again = headless();
    again.setEditorState(again.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(read(again)).toEqual(rt);
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Lạng Sơn'.normalize('NFD');
    expect(decomposed).not.toBe('Lạng Sơn');
    const out = read(load([{ runs: [{ text: decomposed }] }]));
    expect(out[0]?.runs[0]?.text).toBe('Lạng Sơn');
  });

  it('gives [] for an empty field and keeps an empty paragraph between two', () => {
    expect(read(load([]))).toEqual([]);
    const rt: RichText = [{ runs: [{ text: 'Một' }] }, { runs: [] }, { runs: [{ text: 'Hai' }] }];
    expect(read(load(rt))).toEqual(rt);
  });

  it('merges adjacent runs with the same marks', () => {
    const out = read(
      load([{ runs: [{ text: 'phổ biến, ', bold: true }, { text: 'giáo dục', bold: true }, { text: '' }] }]),
    );
    expect(out).toEqual([{ runs: [{ text: 'phổ biến, giáo dục', bold: true }] }]);
  });
});
