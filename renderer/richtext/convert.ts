import {
  $createListItemNode,
  $createListNode,
  $isListItemNode,
  $isListNode,
  type ListNode,
} from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { Paragraph, RichText, Run } from '../../shared/model/richText.ts';

/**
 * Marks of the portable model that Lexical has no format bit for: the registry id of an inserted
 * citation and the id of a plan node a run refers to. They ride on the text node as node state so
 * that editing around a citation does not lose it.
 */
const parseMark = (v: unknown): string => (typeof v === 'string' ? v : '');
export const citeState = createState('pdCite', { parse: parseMark });
export const refState = createState('pdRef', { parse: parseMark });

function $createRunNode(run: Run): TextNode {
  const node = $createTextNode(run.text.normalize('NFC'));
  if (run.bold) node.toggleFormat('bold');
  if (run.italic) node.toggleFormat('italic');
  if (run.underline) node.toggleFormat('underline');
  if (run.cite) $setState(node, citeState, run.cite);
  if (run.ref) $setState(node, refState, run.ref);
  return node;
}

function $appendRuns(target: ElementNode, runs: Run[]): void {
  for (const run of runs) if (run.text !== '') target.append($createRunNode(run));
}

/**
 * Replace the content of the current editor's root with the portable rich text. Call inside
 * `editor.update` (or as LexicalComposer's initial `editorState` function). Consecutive paragraphs
 * of the same list kind become one Lexical list.
 */
export function $richTextToLexical(rt: RichText): void {
  const root = $getRoot();
  root.clear();
  let openList: ListNode | null = null;
  let openKind: Paragraph['list'] = undefined;
  for (const p of rt) {
    if (p.list) {
      if (!openList || openKind !== p.list) {
        openList = $createListNode(p.list);
        openKind = p.list;
        root.append(openList);
      }
      const li = $createListItemNode();
      $appendRuns(li, p.runs);
      openList.append(li);
    } else {
      openList = null;
      openKind = undefined;
      const para = $createParagraphNode();
      $appendRuns(para, p.runs);
      root.append(para);
    }
  }
  // An empty field still needs one paragraph for the caret.
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/** Alias without the `$` for callers outside Lexical's naming convention (same contract). */
export const richTextToLexical = $richTextToLexical;

function $runOf(node: TextNode): Run {
  const run: Run = { text: node.getTextContent().normalize('NFC') };
  if (node.hasFormat('bold')) run.bold = true;
  if (node.hasFormat('italic')) run.italic = true;
  if (node.hasFormat('underline')) run.underline = true;
  const cite = $getState(node, citeState);
  const ref = $getState(node, refState);
  if (cite) run.cite = cite;
  if (ref) run.ref = ref;
  return run;
}

function sameMarks(a: Run, b: Run): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.underline === !!b.underline &&
    a.cite === b.cite &&
    a.ref === b.ref
  );
}

/** Runs of an element's inline content; a soft line break (Shift+Enter) becomes a space. */
function $runsOf(element: ElementNode): Run[] {
  const runs: Run[] = [];
  const push = (run: Run): void => {
    if (run.text === '') return;
    const last = runs[runs.length - 1];
    if (last && sameMarks(last, run)) last.text += run.text;
    else runs.push(run);
  };
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node)) push($runOf(node));
    else if ($isLineBreakNode(node)) push({ ...(runs[runs.length - 1] ?? {}), text: ' ' });
    else if ($isListNode(node))
      return; // nested lists are flattened by the caller
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  element.getChildren().forEach(visit);
  return runs;
}

function $listParagraphs(list: ListNode, out: Paragraph[]): void {
  const kind = list.getListType() === 'number' ? 'number' : 'bullet';
  for (const child of list.getChildren()) {
    if (!$isListItemNode(child)) continue;
    const nested = child.getChildren().filter($isListNode);
    const runs = $runsOf(child);
    // A list item that only wraps a nested list (Lexical's way of indenting) has no runs itself.
    if (runs.length > 0 || nested.length === 0) out.push({ list: kind, runs });
    for (const n of nested) $listParagraphs(n, out);
  }
}

/**
 * Read the current editor state's root as portable rich text. Call inside `editorState.read` or
 * `editor.update`. Nested lists are flattened to one level (the plan model has no list depth);
 * trailing empty paragraphs are dropped so an untouched empty field stays `[]`.
 */
export function $lexicalToRichText(): RichText {
  const out: Paragraph[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) $listParagraphs(child, out);
    else if ($isElementNode(child)) out.push({ runs: $runsOf(child) });
  }
  while (out.length > 0 && (out[out.length - 1]?.runs.length ?? 0) === 0) out.pop();
  return out;
}

export const lexicalToRichText = $lexicalToRichText;
