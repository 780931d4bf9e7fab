import { ISSUERS } from '../../legal/issuers.ts';
import type { RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';

const SYSTEM = new Map(ISSUERS.map((i) => [i.code.toUpperCase(), i.system]));
const systemOf = (code: string | undefined): 'state' | 'party' | undefined =>
  code === undefined ? undefined : SYSTEM.get(code.toUpperCase());

/**
 * State documents number as "số/ký hiệu" ("38/CT-TTg", NĐ 30/2020 PL III); Party documents as
 * "số-ký hiệu/cơ quan" ("32-CT/TW", HD 36-HD/VPTW). A Prime Minister's directive written "38-CT/TTg"
 * or a Secretariat's directive written "32/CT-TW" is in the other system's form.
 */
export const partyFormRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.party-form',
      severity: 'warning',
      title: 'Số, ký hiệu viết theo thể thức của hệ thống khác (Đảng / Nhà nước)',
      titleEn: 'Number written in the form of the other system (Party / State)',
    },
  ],
  run({ scan }) {
    const out: Draft[] = [];
    for (const c of scan.citations) {
      const span = c.numberSymbolSpan;
      if (span === null || c.number === null || c.typeCode === null || c.numberSymbolWritten === null)
        continue;
      const code = c.typeCode;
      const issuer = c.issuerSegments[0];
      let right: string | null = null;
      let vi = '';
      let en = '';
      if (c.party && c.issuerSegments.length === 1 && systemOf(issuer) === 'state') {
        right = `${c.number}/${code}-${issuer ?? ''}`;
        vi = `viết theo thể thức của Đảng, nhưng ${issuer ?? ''} là cơ quan nhà nước (viết "số/ký hiệu")`;
        en = `is written in the Party's form, but ${issuer ?? ''} is a State body (written "number/symbol")`;
      } else if (
        !c.party &&
        c.year === null &&
        c.issuerSegments.length === 1 &&
        systemOf(issuer) === 'party'
      ) {
        right = `${c.number}-${code}/${issuer ?? ''}`;
        vi = `viết theo thể thức của Nhà nước, nhưng ${issuer ?? ''} là cơ quan của Đảng (viết "số-ký hiệu/cơ quan")`;
        en = `is written in the State's form, but ${issuer ?? ''} is a Party body (written "number-symbol/body")`;
      }
      if (right === null) continue;
      const written = c.numberSymbolWritten.replace(/\s+/g, ' ');
      out.push({
        rule: 'citation.party-form',
        message: `${c.type ?? 'Văn bản'} số ${written} ${vi}: viết đúng là "${right}".`,
        messageEn: `${written} ${en}: it is written "${right}".`,
        excerpt: c.numberSymbolWritten,
        location: at(c.location, span.start, span.end),
        clause: CLAUSE.number,
        fix: {
          location: c.location,
          range: { start: span.start, end: span.end },
          replacement: right,
          label: `Sửa thành ${right}`,
          labelEn: `Change to ${right}`,
        },
      });
    }
    return out;
  },
};
