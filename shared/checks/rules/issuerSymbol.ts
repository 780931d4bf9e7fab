import { issuerAgreement } from '../../citations/issuers.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';

/**
 * Issuer named in the text against the issuer code of the symbol: "705/QĐ-TTg … của UBND tỉnh" is
 * certainly wrong, while "1824/QĐ-UBND … của Chủ tịch UBND tỉnh" is the normal form of a chairman's
 * individual decision.
 */
export const issuerSymbolRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.issuer-symbol',
      severity: 'error',
      title: 'Cơ quan ban hành không khớp ký hiệu',
      titleEn: 'Issuer does not match the symbol',
    },
    {
      id: 'citation.issuer-symbol-irregular',
      severity: 'warning',
      title: 'Cơ quan ban hành và ký hiệu khác nhau (có thể chấp nhận)',
      titleEn: 'Issuer and symbol differ (possibly acceptable)',
    },
  ],
  run({ scan }) {
    const out: Draft[] = [];
    for (const c of scan.citations) {
      if (c.issuer === null || c.issuerSpan === null || c.numberSymbol === null) continue;
      const agreement = issuerAgreement(c.issuer, c.issuerSegments);
      if (agreement !== 'conflict' && agreement !== 'near') continue;
      const error = agreement === 'conflict';
      out.push({
        rule: error ? 'citation.issuer-symbol' : 'citation.issuer-symbol-irregular',
        message: error
          ? `Cơ quan ban hành "${c.issuer}" không khớp ký hiệu "${c.numberSymbol}" (${c.issuerSegments.join('-')} là cơ quan khác).`
          : `Cơ quan ban hành "${c.issuer}" khác cơ quan trong ký hiệu "${c.numberSymbol}"; đề nghị kiểm tra lại.`,
        messageEn: error
          ? `Issuer "${c.issuer}" does not match the symbol "${c.numberSymbol}" (${c.issuerSegments.join('-')} is another body).`
          : `Issuer "${c.issuer}" differs from the body in the symbol "${c.numberSymbol}"; please check it.`,
        excerpt: c.issuer,
        location: at(c.location, c.issuerSpan.start, c.issuerSpan.end),
        clause: 'NĐ 30/2020, PL III',
        fix: null,
      });
    }
    return out;
  },
};
