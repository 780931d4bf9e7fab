import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $getState,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  $setState,
  TextNode,
  type LexicalEditor,
} from 'lexical';
import { citeState } from '../richtext/convert.ts';
import { $paragraphs, locate } from './lexicalParagraphs.ts';

/** Characters after which a citation needs no space before it, and before which none after it. */
export const OPEN_BEFORE = /[\s(“"‘'[]$/u;
export const CLOSE_AFTER = /^[\s,.;:)”"’'\]]/u;
/** A stop, comma, semicolon, colon or closing bracket typed right after the space that follows a citation. */
const SPACE_THEN_CLOSE = /^ [,.;:)”’\]]/u;

/**
 * Insert a citation run (text marked with its registry id) at a paragraph offset, or at the end of
 * the field when there is no caret, with a space before and after where the words would otherwise
 * touch. The caret ends after the trailing space, outside the citation run, so what the drafter types
 * next is plain text and not part of the citation. Call inside `editor.update`.
 */
export function $insertCitation(
  caret: { paragraph: number; offset: number } | null,
  text: string,
  cite: string,
): void {
  let paras = $paragraphs();
  if (paras.length === 0) {
    $getRoot().append($createParagraphNode());
    paras = $paragraphs();
  }
  const index = caret && caret.paragraph < paras.length ? caret.paragraph : paras.length - 1;
  const para = paras[index]!;
  const offset =
    caret && caret.paragraph < paras.length ? Math.min(caret.offset, para.text.length) : para.text.length;
  const selection = $createRangeSelection();
  const point = locate(para, offset, 'end');
  if (point) {
    selection.anchor.set(point.key, point.offset, 'text');
    selection.focus.set(point.key, point.offset, 'text');
  } else {
    selection.anchor.set(para.elementKey, 0, 'element');
    selection.focus.set(para.elementKey, 0, 'element');
  }
  $setSelection(selection);
  const before = para.text.slice(0, offset);
  const after = para.text.slice(offset);
  const nodes: TextNode[] = [];
  if (before !== '' && !OPEN_BEFORE.test(before)) nodes.push($createTextNode(' '));
  const citation = $createTextNode(text.normalize('NFC'));
  $setState(citation, citeState, cite);
  nodes.push(citation);
  const trail = CLOSE_AFTER.test(after) ? null : $createTextNode(' ');
  if (trail) nodes.push(trail);
  selection.insertNodes(nodes);
  if (trail) trail.select(1, 1);
  else citation.selectNext(0, 0);
}

/**
 * The space left after an inserted citation keeps what is typed next out of the citation run; when
 * what is typed next is a full stop or a semicolon, that space would print "… pháp luật ;". This
 * transform drops it as the mark is typed, keeping the caret after the mark.
 */
export function registerCitationSpacing(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if ($getState(node, citeState)) return;
    const prev = node.getPreviousSibling();
    if (!$isTextNode(prev) || !$getState(prev, citeState)) return;
    if (!SPACE_THEN_CLOSE.test(node.getTextContent())) return;
    const selection = $getSelection();
    const key = node.getKey();
    const shift = (p: { key: string; offset: number }) =>
      p.key === key ? Math.max(0, p.offset - 1) : p.offset;
    const anchor = $isRangeSelection(selection) ? shift(selection.anchor) : null;
    const focus = $isRangeSelection(selection) ? shift(selection.focus) : null;
    node.spliceText(0, 1, '', false);
    if ($isRangeSelection(selection) && anchor !== null && focus !== null) {
      if (selection.anchor.key === key) selection.anchor.set(key, anchor, 'text');
      if (selection.focus.key === key) selection.focus.set(key, focus, 'text');
    }
  });
}
