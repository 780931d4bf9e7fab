import { createContext, useContext } from 'react';

/**
 * True inside the form of an issued plan: rich-text fields become non-editable (native inputs are
 * disabled by the surrounding <fieldset disabled>, see LockedForm.tsx).
 */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
