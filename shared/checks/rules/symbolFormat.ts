import type { RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';

/**
 * Identifiers written with stray spaces ("NĐ- CP") or in the wrong case ("QĐ-TTG"): the canonical
 * form is certain, so the fix is safe. A number below 10 without its leading zero is only noted.
 */
export const symbolFormatRules: RuleModule = {
  rules: [
    {
      id: 'citation.malformed-symbol',
      severity: 'warning',
      title: 'Số, ký hiệu viết sai quy cách',
      titleEn: 'Malformed number and symbol',
    },
    {
      id: 'citation.number-padding',
      severity: 'info',
      title: 'Số văn bản dưới 10 thiếu số 0 ở đầu',
      titleEn: 'Number below 10 without its leading zero',
    },
  ],
  run({ scan }) {
    const out: Draft[] = [];
    for (const c of scan.citations) {
      const span = c.numberSymbolSpan;
      if (span === null || c.numberSymbol === null || c.numberSymbolWritten === null) continue;
      const written = c.numberSymbolWritten;
      const loc = at(c.location, span.start, span.end);
      if (written !== c.numberSymbol) {
        const spaces = /\s/.test(written);
        out.push({
          rule: 'citation.malformed-symbol',
          message: `Số, ký hiệu "${written.replace(/\s+/g, ' ')}" viết chưa đúng${spaces ? ' (có khoảng trắng)' : ' (chữ hoa, chữ thường)'}; viết đúng là "${c.numberSymbol}".`,
          messageEn: `The number and symbol "${written.replace(/\s+/g, ' ')}" is malformed${spaces ? ' (spaces inside)' : ' (letter case)'}; it is written "${c.numberSymbol}".`,
          excerpt: written,
          location: loc,
          clause: CLAUSE.number,
          fix: {
            location: c.location,
            range: { start: span.start, end: span.end },
            replacement: c.numberSymbol,
            label: `Sửa thành ${c.numberSymbol}`,
            labelEn: `Change to ${c.numberSymbol}`,
          },
        });
      }
      // Since 2011 numbers below 10 carry a leading zero; older documents may not.
      const dated = c.dateParts?.year ?? c.year;
      if (c.number !== null && /^[1-9]$/.test(c.number) && !c.party && (dated === null || dated >= 2011)) {
        const padded = `0${c.number}`;
        out.push({
          rule: 'citation.number-padding',
          message: `Số văn bản dưới 10 viết có số 0 ở đầu: "${padded}".`,
          messageEn: `Numbers below 10 take a leading zero: "${padded}".`,
          excerpt: written,
          location: loc,
          clause: CLAUSE.number,
          fix: {
            location: c.location,
            range: { start: span.start, end: span.start },
            replacement: '0',
            label: `Thêm số 0: ${padded}`,
            labelEn: `Add the leading zero: ${padded}`,
          },
        });
      }
    }
    return out;
  },
};
