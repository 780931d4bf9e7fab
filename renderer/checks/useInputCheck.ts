import type { Severity } from '../../shared/checks/finding.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useInputMarks } from './checkStore.ts';
import { worstSeverity } from './fieldTargets.ts';

export interface InputCheck {
  /** Extra class for the input ("" when nothing is found in it). */
  className: string;
  /** The findings' messages, for the tooltip. */
  title: string | undefined;
  severity: Severity | undefined;
}

/**
 * The checks' marker for a plain input (task fields, titles, căn cứ…): the input's test id names the
 * field; a finding computed on other text than the input now shows is not shown (it is being re-checked).
 */
export function useInputCheck(testId: string | undefined, value: string): InputCheck {
  const { lang } = useI18n();
  const marks = useInputMarks(testId).filter((m) => m.text === value);
  const severity = worstSeverity(marks) ?? undefined;
  if (!severity) return { className: '', title: undefined, severity };
  return {
    className: `check-input check-input-${severity}`,
    title: marks.map((m) => (lang === 'en' ? m.messageEn : m.message)).join('\n'),
    severity,
  };
}
