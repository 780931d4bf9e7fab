import type { RuleModule } from '../context.ts';
import { foreignLetters } from '../../citations/confusables.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';

/** Why the identifier as written differs from its canonical form, or null when it does not. */
function reason(written: string, canonical: string): { vi: string; en: string } | null {
  if (written === canonical) return null;
  if (/\s/.test(written)) return { vi: 'có khoảng trắng', en: 'spaces inside' };
  if (written.toUpperCase() === canonical.toUpperCase())
    return { vi: 'chữ hoa, chữ thường', en: 'letter case' };
  if (written.replace(/-/g, '').toUpperCase() === canonical.replace(/-/g, '').toUpperCase()) {
    return { vi: 'thiếu dấu gạch nối giữa các mã', en: 'a hyphen between the codes is missing' };
  }
  return { vi: 'mã cơ quan viết sai', en: 'a misspelt issuer code' };
}

/**
 * Identifiers written with stray spaces ("NĐ- CP"), in the wrong case ("QĐ-TTG"), without the hyphen
 * between the codes ("NĐCP") or with a known misspelling of a code ("QĐ-UNBD"): the canonical form is
 * known, so a fix is offered. A year of three digits ("34/201/NQ-HĐND") has no certain fix. A number below 10 without its leading zero is only noted.
 */
export const symbolFormatRules: RuleModule = {
  scope: 'text',
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
      // Letters of another script are reported (with their position) by citation.foreign-letter.
      const why = foreignLetters(written).length > 0 ? null : reason(written, c.numberSymbol);
      if (why !== null) {
        out.push({
          rule: 'citation.malformed-symbol',
          message: `Số, ký hiệu "${written.replace(/\s+/g, ' ')}" viết chưa đúng (${why.vi}); viết đúng là "${c.numberSymbol}".`,
          messageEn: `The number and symbol "${written.replace(/\s+/g, ' ')}" is malformed (${why.en}); it is written "${c.numberSymbol}".`,
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
      if (c.year !== null && c.year < 1000) {
        out.push({
          rule: 'citation.malformed-symbol',
          message: `Năm trong số hiệu "${written}" chỉ có ${String(c.year).length} chữ số; năm ban hành phải viết đủ 4 chữ số.`,
          messageEn: `The year in the number "${written}" has only ${String(c.year).length} digits; the year is written with 4 digits.`,
          excerpt: written,
          location: loc,
          clause: CLAUSE.number,
          fix: null,
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
