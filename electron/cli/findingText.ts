import type { Finding, Severity } from '../../shared/checks/finding.ts';

const LABEL: Record<Severity, string> = {
  error: 'LỖI     ERROR',
  warning: 'CẢNH BÁO WARN',
  info: 'LƯU Ý   INFO',
};

/** One finding as the terminal prints it: severity, rule, place, then the Vietnamese and English message. */
export function findingText(f: Finding): string {
  const where = f.location ? `${f.location.label} [${f.location.start}–${f.location.end}]` : '';
  const clause = f.clause ? `  (${f.clause})` : '';
  const fix = f.fix ? `\n      → ${f.fix.label} / ${f.fix.labelEn}` : '';
  return `${LABEL[f.severity]}  ${f.rule}  ${where}\n      ${f.message}\n      ${f.messageEn}${clause}${fix}\n`;
}
