import { ListItemNode, ListNode } from '@lexical/list';
import { createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { paragraphText, type RichText } from '../../shared/model/richText.ts';
import { $lexicalToRichText, $richTextToLexical } from '../richtext/convert.ts';
import { $insertCitation } from './insertCitation.ts';
import { $paragraphs, locate, pointToOffset } from './lexicalParagraphs.ts';

function load(rt: RichText): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $richTextToLexical(rt), { discrete: true });
  return editor;
}

const MIXED: RichText = [
  {
    runs: [{ text: 'Căn cứ ' }, { text: 'Quyết định 705/QĐ-TTg', bold: true }, { text: ' ngày 25/5/2017;' }],
  },
  { list: 'bullet', runs: [{ text: 'Sở Tư pháp chủ trì' }] },
  { list: 'bullet', runs: [{ text: 'Công an tỉnh phối hợp', italic: true }] },
  { runs: [{ text: 'Kế hoạch số 113/KH-UBND của UBND tỉnh Lạng Sơn.' }] },
];

describe('$paragraphs', () => {
  it('sees the same paragraphs and texts as the plan (lists flattened)', () => {
    const editor = load(MIXED);
    const [paras, plan] = editor.getEditorState().read(() => [$paragraphs(), $lexicalToRichText()]);
    expect(paras.map((p) => p.text)).toEqual(plan.map(paragraphText));
    expect(paras.map((p) => p.text)).toEqual(MIXED.map(paragraphText));
  });

  it('maps a finding range across runs to text nodes, and back', () => {
    const editor = load(MIXED);
    editor.getEditorState().read(() => {
      const paras = $paragraphs();
      const p = paras[0]!;
      const start = p.text.indexOf('705');
      const a = locate(p, start, 'start')!;
      const b = locate(p, p.text.indexOf(';'), 'end')!;
      expect(a.key).not.toBe(b.key);
      expect(pointToOffset(paras, { ...a, type: 'text' })).toEqual({ paragraph: 0, offset: start });
      // At a run boundary the start takes the next node, the end the previous one.
      const boundary = 'Căn cứ '.length;
      expect(locate(p, boundary, 'start')).toEqual({ key: p.segments[1]!.key, offset: 0 });
      expect(locate(p, boundary, 'end')).toEqual({ key: p.segments[0]!.key, offset: boundary });
      expect(pointToOffset(paras, { ...locate(paras[2]!, 4, 'start')!, type: 'text' })).toEqual({
        paragraph: 2,
        offset: 4,
      });
    });
  });
});

function insert(rt: RichText, caret: { paragraph: number; offset: number } | null, text: string): RichText {
  const editor = load(rt);
  editor.update(() => $insertCitation(caret, text, 'seed-qd-705-2017-ttg'), { discrete: true });
  return editor.getEditorState().read(() => $lexicalToRichText());
}

describe('$insertCitation', () => {
  const cite = 'Quyết định số 705/QĐ-TTg';

  it('inserts a run carrying the registry id at the caret, spaced from the words around it', () => {
    const rt: RichText = [{ runs: [{ text: 'Thực hiệnđể triển khai.' }] }];
    const out = insert(rt, { paragraph: 0, offset: 'Thực hiện'.length }, cite);
    expect(paragraphText(out[0]!)).toBe(`Thực hiện ${cite} để triển khai.`);
    expect(out[0]!.runs.find((r) => r.cite)).toEqual({ text: cite, cite: 'seed-qd-705-2017-ttg' });
  });

  it('adds no space before punctuation or after an opening bracket', () => {
    const rt: RichText = [{ runs: [{ text: 'Căn cứ (); tiếp theo' }] }];
    const out = insert(rt, { paragraph: 0, offset: 'Căn cứ ('.length }, cite);
    expect(paragraphText(out[0]!)).toBe(`Căn cứ (${cite}); tiếp theo`);
  });

  it('keeps the marks of the text around it and writes into the right paragraph of a list', () => {
    const out = insert(MIXED, { paragraph: 2, offset: 'Công an tỉnh'.length }, cite);
    expect(paragraphText(out[2]!)).toBe(`Công an tỉnh ${cite} phối hợp`);
    expect(out[2]!.list).toBe('bullet');
    expect(out[2]!.runs[0]).toEqual({ text: 'Công an tỉnh', italic: true });
    expect(out.map(paragraphText).filter((_, i) => i !== 2)).toEqual(
      MIXED.map(paragraphText).filter((_, i) => i !== 2),
    );
  });

  it('appends at the end without a caret, and fills an empty field', () => {
    const out = insert(MIXED, null, cite);
    expect(paragraphText(out[3]!)).toBe(`Kế hoạch số 113/KH-UBND của UBND tỉnh Lạng Sơn. ${cite} `);
    const empty = insert([], null, cite);
    expect(empty).toEqual([{ runs: [{ text: cite, cite: 'seed-qd-705-2017-ttg' }, { text: ' ' }] }]);
  });
});
