import { AppError } from '../contract/appError.ts';
import type { Plan } from '../model/plan.ts';
import { checkPlan } from './checkPlan.ts';
import type { CheckOptions } from './context.ts';
import type { Finding } from './finding.ts';

export { exportReason, MAX_EXPORT_REASON } from './exportReason.ts';

/** The error findings that stand between a plan and its final copy: the checks run as final. */
export function finalExportErrors(plan: Plan, options: Omit<CheckOptions, 'final'> = {}): Finding[] {
  return checkPlan(plan, { ...options, final: true }).filter((f) => f.severity === 'error');
}

/**
 * The export gate: a final copy goes out only without error findings, or with the drafter's reason
 * for sending it anyway (kept in the export log). Refused otherwise, with the first errors named.
 */
export function gateFinalExport(errors: readonly Finding[], reason: string | null): void {
  if (errors.length === 0 || reason !== null) return;
  const first = errors.slice(0, 3);
  const more = errors.length > first.length ? ` …` : '';
  throw new AppError(
    'export_has_errors',
    `Chưa xuất bản chính thức: kế hoạch còn ${errors.length} lỗi (${first.map((f) => f.message).join(' ')}${more}). Hãy sửa, hoặc ghi lý do để vẫn xuất.`,
    `Final copy not exported: the plan has ${errors.length} error(s) (${first.map((f) => f.messageEn).join(' ')}${more}). Fix them, or give a reason to export anyway.`,
  );
}
