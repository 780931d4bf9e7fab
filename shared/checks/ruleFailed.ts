import type { Finding } from './finding.ts';
import { RULE_FAILED, type RuleId } from './ruleIds.ts';

/**
 * The finding that stands for a rule module that threw: an error naming its rules, so that the clerk
 * knows the check is incomplete instead of reading "no findings" as "no problems".
 */
export function ruleFailedFinding(rules: readonly RuleId[], error: unknown): Finding {
  const names = rules.join(', ');
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: RULE_FAILED,
    severity: 'error',
    message: `Lỗi nội bộ: quy tắc kiểm tra ${names} không chạy được (${detail}); các lỗi thuộc quy tắc này có thể bị bỏ sót.`,
    messageEn: `Internal error: the check ${names} failed (${detail}); its findings may be missing.`,
    excerpt: names,
    location: null,
    clause: null,
    fix: null,
  };
}
