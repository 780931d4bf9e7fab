import type { LexicalEditor } from 'lexical';
import type { Severity } from '../../../shared/checks/finding.ts';
import {
  fieldArea,
  fieldKey,
  fieldNodeId,
  type FieldAddress,
} from '../../../shared/model/fields/fieldAddress.ts';
import { INSERT_CITATION_COMMAND, SELECT_FIELD_RANGE_COMMAND } from '../../richtext/fieldCommands.ts';

/**
 * The editor session: what the open editor's fields and its side panels share, provided to both
 * through React context (EditorSessionContext.tsx) — one per open plan, no module state.
 *  - the active field: the rich-text field the drafter was last in, where a citation is inserted;
 *  - focus/select by field address: a rich-text field through its Lexical editor (commands in
 *    richtext/fieldCommands.ts), a plain input found by its `data-field` attribute;
 *  - decorations: the check marks of each field, by field key.
 */

/** One underline: a range of a paragraph (or of an input's value) with its severity. */
export interface Mark {
  paragraph: number;
  start: number;
  end: number;
  severity: Severity;
  /** The paragraph (or input value) as checked: the mark applies only while the text is the same. */
  text: string;
  message: string;
  messageEn: string;
}

/** What a rich-text field registers: its editor and its last caret (kept while focus is elsewhere). */
export interface RichFieldHandle {
  editor: LexicalEditor;
  caret(): { paragraph: number; offset: number } | null;
}

/**
 * A plain field a citation can be inserted into (a Căn cứ line): its caret (offset in its one
 * paragraph, kept after the focus left) and how it takes the text.
 */
export interface PlainFieldHandle {
  caret(): { paragraph: number; offset: number } | null;
  insert(text: string): void;
}

export interface EditorSession {
  subscribe(listener: () => void): () => void;
  /** The active field: the rich-text field (or plain field taking citations) the drafter was last in. */
  active(): FieldAddress | null;
  setActive(address: FieldAddress): void;
  /** The active field's caret, when it has one. */
  caret(): { paragraph: number; offset: number } | null;
  /** Check marks of one field (by `fieldKey`); the same array until the marks change. */
  marks(key: string): readonly Mark[];
  setMarks(marks: ReadonlyMap<string, Mark[]>): void;
  registerRich(address: FieldAddress, handle: RichFieldHandle): () => void;
  /** A plain field that takes citations too; it becomes the active field when focused. */
  registerPlain(address: FieldAddress, handle: PlainFieldHandle): () => void;
  /**
   * A rich-text field shown as static text until it nears the view (renderer/editor/lazy): `mount`
   * turns it into its editor at once; a focus or selection asked for meanwhile runs once it has.
   */
  registerLazy(address: FieldAddress, mount: () => void): () => void;
  /** Scroll to a field and put the caret in it; false when the field is not on screen. */
  focus(address: FieldAddress): boolean;
  /** Scroll to a field and select a range of one of its paragraphs (0 for a one-line input). */
  select(address: FieldAddress, paragraph: number, start: number, end: number): boolean;
  /** Insert a citation into the active field at its caret; false without an active field. */
  insertCitation(text: string, cite: string): boolean;
}

const NO_MARKS: readonly Mark[] = [];

const sameMark = (a: Mark, b: Mark): boolean =>
  a.paragraph === b.paragraph &&
  a.start === b.start &&
  a.end === b.end &&
  a.severity === b.severity &&
  a.text === b.text &&
  a.message === b.message &&
  a.messageEn === b.messageEn;

const sameMarks = (a: readonly Mark[], b: readonly Mark[]): boolean =>
  a.length === b.length && a.every((m, i) => sameMark(m, b[i]!));

/** The input (or rich-text root) that edits a field: every one carries `data-field="<field key>"`. */
export function fieldElement(address: FieldAddress): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldKey(address))}"]`);
}

/** The block card a field lives in: the jump target when the field itself is not found. */
function blockElement(address: FieldAddress): Element | null {
  const id = fieldNodeId(address);
  if (id !== null) {
    const css = CSS.escape(id);
    return document.querySelector(`[data-item-id="${css}"], #block-${css}, #block-appendices`);
  }
  const AREA_BLOCKS: Record<string, string> = {
    header: '#block-header',
    title: '#block-title',
    legalBases: '#block-legal',
    preamble: '#block-preamble',
    recipients: '#block-recipients',
    signature: '#block-signature',
  };
  const selector = AREA_BLOCKS[fieldArea(address)];
  return selector ? document.querySelector(selector) : null;
}

export function createEditorSession(): EditorSession {
  const listeners = new Set<() => void>();
  const handles = new Map<string, RichFieldHandle>();
  const plains = new Map<string, PlainFieldHandle>();
  const lazies = new Map<string, () => void>();
  // What to do with a lazy field's editor once it has registered (the last request wins).
  const pending = new Map<string, (handle: RichFieldHandle) => void>();
  /**
   * Mount a lazy field (or the lazy block it is in) and do what was asked again; false when the
   * field is not lazy. A mount renders synchronously (flushSync): a rich-text editor registers while
   * it does and takes `then`; else the retry finds the input, or the lazy field inside the block.
   */
  const mountLazy = (
    address: FieldAddress,
    retry: () => boolean,
    then: (handle: RichFieldHandle) => void,
  ): boolean => {
    const key = fieldKey(address);
    const mount = lazies.get(key);
    if (!mount) return false;
    lazies.delete(key);
    pending.set(key, then);
    mount();
    // The field's editor registered while mounting: it has taken `then` (run after its effects).
    if (!pending.has(key)) return true;
    pending.delete(key);
    // A plain input now in the DOM, or the lazy rich-text field inside the block just mounted.
    return retry();
  };
  let marks: ReadonlyMap<string, Mark[]> = new Map();
  let active: FieldAddress | null = null;
  const notify = () => {
    for (const l of listeners) l();
  };
  const handleOf = (a: FieldAddress | null) => (a === null ? undefined : handles.get(fieldKey(a)));
  const plainOf = (a: FieldAddress | null) => (a === null ? undefined : plains.get(fieldKey(a)));

  const session: EditorSession = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    active: () => active,
    setActive(address) {
      if (active !== null && fieldKey(active) === fieldKey(address)) return;
      active = address;
      notify();
    },
    caret: () => (handleOf(active) ?? plainOf(active))?.caret() ?? null,
    marks: (key) => marks.get(key) ?? NO_MARKS,
    setMarks(next) {
      // A field whose marks read as before keeps its array: after a re-check only the fields whose
      // findings changed re-render and redraw their underlines (every marked field of the 300-task
      // plan doing so was one ≈ 15–20 ms task, issue 13).
      const kept = new Map<string, Mark[]>();
      for (const [key, list] of next) {
        const prev = marks.get(key);
        kept.set(key, prev !== undefined && sameMarks(prev, list) ? prev : list);
      }
      marks = kept;
      notify();
    },
    registerRich(address, handle) {
      const key = fieldKey(address);
      handles.set(key, handle);
      const then = pending.get(key);
      if (then) {
        pending.delete(key);
        // After the effects that registered the field's commands (this runs inside one of them).
        queueMicrotask(() => {
          if (handles.get(key) === handle) then(handle);
        });
      }
      return () => {
        if (handles.get(key) === handle) handles.delete(key);
      };
    },
    registerPlain(address, handle) {
      const key = fieldKey(address);
      plains.set(key, handle);
      return () => {
        if (plains.get(key) === handle) plains.delete(key);
      };
    },
    registerLazy(address, mount) {
      const key = fieldKey(address);
      lazies.set(key, mount);
      return () => {
        if (lazies.get(key) === mount) lazies.delete(key);
      };
    },
    focus(address) {
      const rich = handleOf(address);
      if (rich) {
        rich.editor.focus();
        return true;
      }
      if (
        mountLazy(
          address,
          () => session.focus(address),
          (h) => h.editor.focus(),
        )
      )
        return true;
      const el = fieldElement(address);
      if (!el) return false;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      return true;
    },
    select(address, paragraph, start, end) {
      const rich = handleOf(address);
      if (rich) {
        rich.editor.dispatchCommand(SELECT_FIELD_RANGE_COMMAND, { paragraph, start, end });
        return true;
      }
      const range = { paragraph, start, end };
      const retry = () => session.select(address, paragraph, start, end);
      if (mountLazy(address, retry, (h) => h.editor.dispatchCommand(SELECT_FIELD_RANGE_COMMAND, range)))
        return true;
      const el = fieldElement(address);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        el.setSelectionRange(Math.min(start, el.value.length), Math.min(end, el.value.length));
        return true;
      }
      blockElement(address)?.scrollIntoView({ block: 'start' });
      return false;
    },
    insertCitation(text, cite) {
      const rich = handleOf(active);
      const plain = plainOf(active);
      if (!rich && plain) {
        // Plain text carries no registry id: the checks recognise the citation from its words.
        plain.insert(text);
        return true;
      }
      if (!rich) return false;
      rich.editor.dispatchCommand(INSERT_CITATION_COMMAND, { text, cite });
      return true;
    },
  };
  return session;
}
