import { COMMAND_PRIORITY_EDITOR, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { fieldKey } from '../../../shared/model/fields/fieldAddress.ts';
import { INSERT_CITATION_COMMAND, SELECT_FIELD_RANGE_COMMAND } from '../../richtext/fieldCommands.ts';
import { createEditorSession, type Mark } from './editorSession.ts';

/** A headless Lexical editor that records the session's commands it receives. */
function recordingEditor(): { editor: LexicalEditor; got: unknown[] } {
  const editor = createEditor({
    namespace: 'test',
    onError: (e) => {
      throw e;
    },
  });
  const got: unknown[] = [];
  editor.registerCommand(
    SELECT_FIELD_RANGE_COMMAND,
    (p) => (got.push(['select', p]), true),
    COMMAND_PRIORITY_EDITOR,
  );
  editor.registerCommand(
    INSERT_CITATION_COMMAND,
    (p) => (got.push(['insert', p]), true),
    COMMAND_PRIORITY_EDITOR,
  );
  return { editor, got };
}

describe('the editor session', () => {
  const preamble = { kind: 'preamble' } as const;
  const item = { kind: 'itemBody', item: 's1-2' } as const;

  it('sends select and insert-citation as Lexical commands to the field they are for', () => {
    const session = createEditorSession();
    const a = recordingEditor();
    const b = recordingEditor();
    session.registerRich(preamble, { editor: a.editor, caret: () => ({ paragraph: 1, offset: 4 }) });
    session.registerRich(item, { editor: b.editor, caret: () => null });

    expect(session.insertCitation('Nghị định số 30/2020/NĐ-CP', 'doc-30')).toBe(false);
    expect(session.select(item, 0, 3, 8)).toBe(true);
    expect(b.got).toEqual([['select', { paragraph: 0, start: 3, end: 8 }]]);

    session.setActive(preamble);
    expect(session.caret()).toEqual({ paragraph: 1, offset: 4 });
    expect(session.insertCitation('Nghị định số 30/2020/NĐ-CP', 'doc-30')).toBe(true);
    expect(a.got).toEqual([['insert', { text: 'Nghị định số 30/2020/NĐ-CP', cite: 'doc-30' }]]);
  });

  it('mounts a lazy field to select in it, and selects once its editor has registered', async () => {
    const session = createEditorSession();
    const b = recordingEditor();
    let mounts = 0;
    const unregister = session.registerLazy(item, () => {
      mounts += 1;
      // The field mounts its editor, which registers with the session (CheckMarksPlugin does so).
      session.registerRich(item, { editor: b.editor, caret: () => null });
    });
    expect(session.select(item, 1, 2, 5)).toBe(true);
    expect(mounts).toBe(1);
    await Promise.resolve();
    expect(b.got).toEqual([['select', { paragraph: 1, start: 2, end: 5 }]]);
    // A field that left is not mounted again.
    unregister();
    expect(session.focus(item)).toBe(true);
    expect(mounts).toBe(1);
  });

  it('tells its subscribers when the active field or the marks change, and forgets a field that left', () => {
    const session = createEditorSession();
    let calls = 0;
    const off = session.subscribe(() => (calls += 1));
    session.setActive(item);
    session.setActive({ kind: 'itemBody', item: 's1-2' }); // the same field: no change
    expect(calls).toBe(1);
    const mark: Mark = {
      paragraph: 0,
      start: 0,
      end: 2,
      severity: 'error',
      text: 'ab',
      message: 'Lỗi',
      messageEn: 'Error',
    };
    session.setMarks(new Map([[fieldKey(item), [mark]]]));
    expect(calls).toBe(2);
    expect(session.marks(fieldKey(item))).toEqual([mark]);
    expect(session.marks(fieldKey(preamble))).toEqual([]);
    // The empty list is one value, so a React store does not re-render a field without marks.
    expect(session.marks('summary')).toBe(session.marks('archive'));
    // A re-check with the same findings keeps the field's array (its field does not re-render);
    // a changed mark gives a new one.
    const before = session.marks(fieldKey(item));
    session.setMarks(new Map([[fieldKey(item), [{ ...mark }]]]));
    expect(session.marks(fieldKey(item))).toBe(before);
    session.setMarks(new Map([[fieldKey(item), [{ ...mark, end: 1 }]]]));
    expect(session.marks(fieldKey(item))).not.toBe(before);
    expect(session.marks(fieldKey(item))[0]?.end).toBe(1);
    off();

    const { editor } = recordingEditor();
    const unregister = session.registerRich(item, { editor, caret: () => null });
    unregister();
    expect(session.insertCitation('x', 'y')).toBe(false);
  });

  it('inserts into a plain Căn cứ line that registered for citations, once it is the active field', () => {
    const session = createEditorSession();
    const line = { kind: 'legalBasis', index: 2 } as const;
    const got: string[] = [];
    session.registerPlain(line, { caret: () => ({ paragraph: 0, offset: 7 }), insert: (t) => got.push(t) });
    expect(session.insertCitation('Luật Hòa giải ở cơ sở năm 2013', 'seed-luat-35-2013-qh13')).toBe(false);
    session.setActive(line);
    expect(session.caret()).toEqual({ paragraph: 0, offset: 7 });
    expect(session.insertCitation('Luật Hòa giải ở cơ sở năm 2013', 'seed-luat-35-2013-qh13')).toBe(true);
    expect(got).toEqual(['Luật Hòa giải ở cơ sở năm 2013']);
  });
});
