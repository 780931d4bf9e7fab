import type { Finding, RuleMeta } from './finding.ts';
import { RULE_FAILED } from './ruleIds.ts';

/**
 * The finding that stands for a rule module that threw: an error naming its checks by title, so that
 * the clerk knows the check is incomplete instead of reading "no findings" as "no problems". The
 * exception itself is no sentence for a clerk (issue 9 point 10): `plandraft check` on the plan
 * shows the rule id, and the same plan reproduces it for support.
 */
export function ruleFailedFinding(rules: readonly RuleMeta[], _error: unknown): Finding {
  const titles = rules.map((r) => r.title).join('; ');
  const titlesEn = rules.map((r) => r.titleEn).join('; ');
  return {
    rule: RULE_FAILED,
    severity: 'error',
    message: `Một phần kiểm tra không chạy được do lỗi của PlanDraft (${titles}); các lỗi thuộc phần này có thể bị bỏ sót. Hãy báo bộ phận hỗ trợ.`,
    messageEn: `Part of the check could not run because of a PlanDraft fault (${titlesEn}); its findings may be missing. Please tell support.`,
    excerpt: '',
    location: null,
    clause: null,
    fix: null,
  };
}
