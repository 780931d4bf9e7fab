import type { Severity } from '../../shared/checks/finding.ts';
import type { FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import { useFieldMarks } from '../editor/session/EditorSessionContext.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { worstSeverity } from './fieldMarks.ts';

export interface InputCheck {
  /** Extra class for the input ("" when nothing is found in it). */
  className: string;
  /** The findings' messages, for the tooltip. */
  title: string | undefined;
  severity: Severity | undefined;
}

/**
 * The checks' marker for a plain input (task fields, titles, căn cứ…), from the editor session's
 * marks of its field; a finding computed on other text than the input now shows is not shown (it is
 * being re-checked).
 */
export function useInputCheck(field: FieldAddress | undefined, value: string): InputCheck {
  const { lang } = useI18n();
  const marks = useFieldMarks(field).filter((m) => m.text === value);
  const severity = worstSeverity(marks) ?? undefined;
  if (!severity) return { className: '', title: undefined, severity };
  return {
    className: `check-input check-input-${severity}`,
    title: marks.map((m) => (lang === 'en' ? m.messageEn : m.message)).join('\n'),
    severity,
  };
}
