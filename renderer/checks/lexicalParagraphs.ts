import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type PointType,
} from 'lexical';

/**
 * The editor's content seen as the plan's paragraphs, in the same order and with the same character
 * offsets as convert.ts writes them (nested lists flattened, a soft break counted as one space), so
 * a finding's paragraph index and range can be found among Lexical's nodes. Call inside read/update.
 */
export interface Segment {
  key: string;
  start: number;
  length: number;
  isText: boolean;
}

export interface LexicalParagraph {
  elementKey: string;
  segments: Segment[];
  text: string;
}

function $inline(element: ElementNode, para: LexicalParagraph): void {
  for (const node of element.getChildren()) {
    if ($isTextNode(node)) {
      const text = node.getTextContent().normalize('NFC');
      if (text === '') continue;
      para.segments.push({ key: node.getKey(), start: para.text.length, length: text.length, isText: true });
      para.text += text;
    } else if ($isLineBreakNode(node)) {
      para.segments.push({ key: node.getKey(), start: para.text.length, length: 1, isText: false });
      para.text += ' ';
    } else if ($isListNode(node)) {
      continue; // flattened by the caller, as in convert.ts
    } else if ($isElementNode(node)) $inline(node, para);
  }
}

function $paragraphOf(element: ElementNode): LexicalParagraph {
  const para: LexicalParagraph = { elementKey: element.getKey(), segments: [], text: '' };
  $inline(element, para);
  return para;
}

function $listParagraphs(list: ListNode, out: LexicalParagraph[]): void {
  for (const child of list.getChildren()) {
    if (!$isListItemNode(child)) continue;
    const nested = child.getChildren().filter($isListNode);
    const para = $paragraphOf(child);
    if (para.segments.length > 0 || nested.length === 0) out.push(para);
    for (const n of nested) $listParagraphs(n, out);
  }
}

export function $paragraphs(): LexicalParagraph[] {
  const out: LexicalParagraph[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) $listParagraphs(child, out);
    else if ($isElementNode(child)) out.push($paragraphOf(child));
  }
  return out;
}

export interface TextPoint {
  key: string;
  offset: number;
}

/**
 * The text node and offset at a character offset of a paragraph. At a boundary between two nodes,
 * `side` chooses: a range's start takes the next node, its end the previous one. Soft breaks are not
 * text: a point on one moves to the neighbouring text.
 */
export function locate(para: LexicalParagraph, offset: number, side: 'start' | 'end'): TextPoint | null {
  const texts = para.segments.filter((s) => s.isText);
  if (texts.length === 0) return null;
  if (side === 'start') {
    const seg = texts.find((s) => offset < s.start + s.length);
    if (seg) return { key: seg.key, offset: Math.max(0, offset - seg.start) };
    const last = texts[texts.length - 1]!;
    return { key: last.key, offset: last.length };
  }
  const seg = texts.find((s) => offset <= s.start + s.length);
  if (!seg) {
    const last = texts[texts.length - 1]!;
    return { key: last.key, offset: last.length };
  }
  return { key: seg.key, offset: Math.max(0, offset - seg.start) };
}

/** A selection point (text or element) as paragraph and offset. */
export function pointToOffset(
  paras: readonly LexicalParagraph[],
  point: Pick<PointType, 'key' | 'offset' | 'type'>,
): { paragraph: number; offset: number } | null {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (point.type === 'element' && p.elementKey === point.key) {
      return { paragraph: i, offset: point.offset === 0 ? 0 : p.text.length };
    }
    const seg = p.segments.find((s) => s.key === point.key);
    if (seg) return { paragraph: i, offset: seg.start + Math.min(point.offset, seg.length) };
  }
  return null;
}
