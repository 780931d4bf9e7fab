import { createContext, useContext } from 'react';

/**
 * How a block tells the editor it just deleted something: the editor shows the notice with its
 * "Hoàn tác" button (UndoNotice). Outside an editor (tests of a single block) nothing is shown.
 */
export const DeletionNoticeContext = createContext<(text: string) => void>(() => undefined);

export const useDeletionNotice = (): ((text: string) => void) => useContext(DeletionNoticeContext);
