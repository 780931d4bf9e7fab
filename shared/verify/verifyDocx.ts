import { BODY_CHECKS } from './bodyChecks.ts';
import { readDocxModel } from './docxModel.ts';
import { FOOTER_CHECKS } from './footerChecks.ts';
import { HEADER_CHECKS } from './headerChecks.ts';
import { locate, type Check } from './locate.ts';
import { PACKAGE_CHECKS } from './packageChecks.ts';
import { VERIFY_RULE_IDS, VERIFY_RULES, type VerifyRuleId } from './verifyRules.ts';

export interface VerifyRuleResult {
  id: string;
  ok: boolean;
  detail: string;
}
export interface VerifyReport {
  rules: VerifyRuleResult[];
}

/** Every rule's check, from the groups; the type makes a rule without a check a compile error. */
const CHECKS: Record<VerifyRuleId, Check> = {
  ...PACKAGE_CHECKS,
  ...HEADER_CHECKS,
  ...BODY_CHECKS,
  ...FOOTER_CHECKS,
};

/**
 * Checks a Word file against Decree 30/2020/NĐ-CP, Appendix I, rule by rule. Works on any .docx (a
 * clerk checks files made elsewhere): a missing part fails its rules instead of crashing. Blanks left
 * for the clerk (number, day) pass. Throws AppError only when the bytes are not a readable package.
 */
export function verifyDocx(bytes: Uint8Array): VerifyReport {
  const model = readDocxModel(bytes);
  const loc = locate(model);
  return {
    rules: VERIFY_RULE_IDS.map((id) => {
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
        const o = CHECKS[id](model, loc);
        return { id, ok: o.ok, detail: o.detail };
      } catch (e) {
        return { id, ok: false, detail: `lỗi khi kiểm tra / check failed: ${(e as Error).message}` };
      }
    }),
  };
}
