import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  $setState,
  type TextNode,
} from 'lexical';
import { citeState } from '../richtext/convert.ts';
import { $paragraphs, locate } from './lexicalParagraphs.ts';

/** Characters after which a citation needs no space before it, and before which none after it. */
const OPEN_BEFORE = /[\s(“"‘'[]$/u;
const CLOSE_AFTER = /^[\s,.;:)”"’'\]]/u;

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
