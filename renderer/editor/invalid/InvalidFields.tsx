import { createContext, useContext, useId } from 'react';
import { fieldKey, type FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import type { InvalidField } from '../../../shared/model/savablePlan.ts';
import { useI18n } from '../../i18n/I18n.tsx';

/**
 * The values the save schema refused in the open plan, by field key (shared/model/savablePlan): the
 * plan is saved without them, and their inputs say so — red border, aria-invalid and the message.
 */
export const InvalidFieldsContext = createContext<ReadonlyMap<string, InvalidField>>(new Map());

export interface InvalidMark {
  /** Props for the input: aria-invalid and the id of its message. */
  inputProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  className: string;
  /** The message, shown under the input (null when the value is valid). */
  note: React.ReactNode;
}

/** How an input shows that its value was refused by the save schema. */
export function useInvalidField(address: FieldAddress | undefined): InvalidMark {
  const fields = useContext(InvalidFieldsContext);
  const { lang } = useI18n();
  const id = useId();
  const hit = address ? fields.get(fieldKey(address)) : undefined;
  if (!hit) return { inputProps: {}, className: '', note: null };
  return {
    inputProps: { 'aria-invalid': true, 'aria-describedby': id },
    className: 'input-invalid',
    note: (
      // Hidden from the label's name (the input keeps its name) and read as its description.
      <span
        id={id}
        className="field-error field-invalid-note"
        aria-hidden="true"
        data-testid="field-invalid-note"
      >
        {lang === 'en' ? hit.messageEn : hit.message}
      </span>
    ),
  };
}
