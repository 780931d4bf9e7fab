import { BODY_CHECKS } from './bodyChecks.ts';
import { readDocxModel, type DocxModel } from './docxModel.ts';
import { FOOTER_CHECKS } from './footerChecks.ts';
import { HEADER_CHECKS } from './headerChecks.ts';
import { locate, type Check } from './locate.ts';
import { PACKAGE_CHECKS } from './packageChecks.ts';
import { VERIFY_RULE_FAILED, VERIFY_RULE_IDS, VERIFY_RULES, type VerifyRuleId } from './verifyRules.ts';

export interface VerifyRuleResult {
  id: VerifyRuleId | typeof VERIFY_RULE_FAILED;
  ok: boolean;
  detail: string;
}
export interface VerifyReport {
  rules: VerifyRuleResult[];
}

/** Every rule's check, from the groups; the type makes a rule without a check a compile error. */
export const VERIFY_CHECKS: Record<VerifyRuleId, Check> = {
  ...PACKAGE_CHECKS,
  ...HEADER_CHECKS,
  ...BODY_CHECKS,
  ...FOOTER_CHECKS,
};

/**
 * Runs the checks over a read model. A check that throws fails its own rule ("not checked") and adds
 * one internal.rule-failed result naming it, after the rules: a broken check is never a silent pass.
 */
export function verifyModel(
  model: DocxModel,
  checks: Record<VerifyRuleId, Check> = VERIFY_CHECKS,
): VerifyReport {
  const loc = locate(model);
  const internal: VerifyRuleResult[] = [];
  const rules = VERIFY_RULE_IDS.map((id): VerifyRuleResult => {
    if (
      id !== 'package.document' &&
      !id.startsWith('package.') &&
      model.body === null &&
      id !== 'properties.core'
    ) {
      return {
        id,
        ok: false,
        detail: `không kiểm tra được: thiếu nội dung / not checked: no document body (${VERIFY_RULES[id][1]})`,
      };
    }
    try {
      const o = checks[id](model, loc);
      return { id, ok: o.ok, detail: o.detail };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      internal.push({
        id: VERIFY_RULE_FAILED,
        ok: false,
        detail: `lỗi nội bộ khi kiểm tra ${id}: ${message} / internal error in the check ${id}: ${message}`,
      });
      return {
        id,
        ok: false,
        detail: `không kiểm tra được (lỗi nội bộ) / not checked (internal error): ${message}`,
      };
    }
  });
  return { rules: [...rules, ...internal] };
}

/**
 * Checks a Word file against Decree 30/2020/NĐ-CP, Appendix I, rule by rule. Works on any .docx (a
 * clerk checks files made elsewhere): a missing part fails its rules instead of crashing. Blanks left
 * for the clerk (number, day) pass. Throws AppError only when the bytes are not a readable package.
 */
export function verifyDocx(bytes: Uint8Array): VerifyReport {
  return verifyModel(readDocxModel(bytes));
}
