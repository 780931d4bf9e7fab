import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { fieldKey, type FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import { DeletionNoticeContext } from '../history/deletionNotice.ts';
import type { EditorSession, Mark } from './editorSession.ts';

const SessionContext = createContext<EditorSession | null>(null);

export function EditorSessionProvider({
  session,
  onDeleted,
  children,
}: {
  session: EditorSession;
  /** Shows the notice after a deletion (renderer/editor/history), with its "Hoàn tác". */
  onDeleted?: (text: string) => void;
  children: ReactNode;
}) {
  const provided = <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  return onDeleted ? (
    <DeletionNoticeContext.Provider value={onDeleted}>{provided}</DeletionNoticeContext.Provider>
  ) : (
    provided
  );
}

/** The open editor's session, or null for a field shown outside an editor (it then has no marks). */
export function useEditorSession(): EditorSession | null {
  return useContext(SessionContext);
}

const NO_MARKS: readonly Mark[] = [];
const noop = () => () => {};

/** The check marks of one field, re-rendering when they change. */
export function useFieldMarks(address: FieldAddress | undefined): readonly Mark[] {
  const session = useEditorSession();
  const key = address ? fieldKey(address) : null;
  return useSyncExternalStore(session?.subscribe ?? noop, () =>
    session && key !== null ? session.marks(key) : NO_MARKS,
  );
}

/** The active rich-text field. */
export function useActiveField(): FieldAddress | null {
  const session = useEditorSession();
  return useSyncExternalStore(session?.subscribe ?? noop, () => session?.active() ?? null);
}
