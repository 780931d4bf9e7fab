import type { PlanCitation } from '../../citations/planCitations.ts';
import type { RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';
import { sameCitations } from '../sameValue.ts';
import { byKey } from './groups.ts';
import { fieldArea } from '../../model/fields/fieldAddress.ts';

const label = (c: PlanCitation): string => c.numberSymbol ?? c.name ?? c.text;

/**
 * NĐ 30: the first mention of a document gives its type, number and symbol, date, issuer and
 * summary (a law: its name); later mentions may be short. Numbers without a year restart every year,
 * so a number cited with neither year nor date is ambiguous.
 */
export const mentionRules: RuleModule = {
  rules: [
    {
      id: 'citation.incomplete-first',
      severity: 'info',
      title: 'Lần dẫn đầu tiên chưa đầy đủ',
      titleEn: 'First mention is incomplete',
    },
    {
      id: 'citation.short-before-full',
      severity: 'warning',
      title: 'Dẫn rút gọn trước lần dẫn đầy đủ',
      titleEn: 'Short mention before the full one',
    },
    {
      id: 'citation.ambiguous-number',
      severity: 'warning',
      title: 'Số văn bản không có năm và không có ngày',
      titleEn: 'Number with neither year nor date',
    },
  ],
  // Reads the citations alone (with their places).
  affectedBy: (change) => !sameCitations(change),
  run({ scan }) {
    const out: Draft[] = [];
    // The trích yếu names documents briefly; the body's first mention is the one NĐ 30 judges.
    for (const group of byKey(
      scan.citations.filter((c) => fieldArea(c.location.address) !== 'title'),
    ).values()) {
      const first = group[0];
      if (!first) continue;
      const full = group.find((c) => c.mention === 'full');
      const isLawByName = first.name !== null;
      const ambiguous =
        !isLawByName && !first.party && group.every((c) => c.year === null && c.dateParts === null);
      if (full === undefined && ambiguous) {
        // Reported below as ambiguous, which says more.
      } else if (full === undefined) {
        out.push({
          rule: 'citation.incomplete-first',
          message: isLawByName
            ? `${first.name} chỉ được dẫn rút gọn; lần dẫn đầu tiên nên ghi đầy đủ tên và năm ban hành.`
            : `${first.type ?? 'Văn bản'} số ${label(first)} chỉ được dẫn rút gọn; lần dẫn đầu tiên cần ghi ngày ban hành, cơ quan ban hành và trích yếu.`,
          messageEn: isLawByName
            ? `${first.name} is only cited in short form; its first mention should give the full name and year.`
            : `${label(first)} is only cited in short form; its first mention needs the date, the issuer and the summary.`,
          excerpt: first.text,
          location: first.location,
          clause: CLAUSE.citeFirst,
          fix: null,
        });
      } else {
        const missing: Array<[string, string]> = [];
        if (!isLawByName) {
          if (full.dateParts === null) missing.push(['ngày ban hành', 'date']);
          if (full.issuer === null) missing.push(['cơ quan ban hành', 'issuer']);
          if (full.summary === null) missing.push(['trích yếu', 'summary']);
        }
        if (missing.length > 0) {
          out.push({
            rule: 'citation.incomplete-first',
            message: `Lần dẫn đầu tiên của ${full.type ?? 'văn bản'} số ${label(full)} thiếu ${missing.map((m) => m[0]).join(', ')}.`,
            messageEn: `The first full mention of ${label(full)} lacks its ${missing.map((m) => m[1]).join(', ')}.`,
            excerpt: full.text,
            location: full.location,
            clause: CLAUSE.citeFirst,
            fix: null,
          });
        }
        for (const c of group) {
          if (c === full) break;
          if (c.mention !== 'short') continue;
          out.push({
            rule: 'citation.short-before-full',
            message: `${label(c)} được dẫn rút gọn ở đây trước lần dẫn đầy đủ (${full.location.label}); nên chuyển lần dẫn đầy đủ lên trước.`,
            messageEn: `${label(c)} is cited in short form here before its full mention (${full.location.labelEn}).`,
            excerpt: c.text,
            location: c.location,
            clause: CLAUSE.citeFirst,
            fix: null,
          });
        }
      }
      if (ambiguous) {
        out.push({
          rule: 'citation.ambiguous-number',
          message: `${first.type ?? 'Văn bản'} số ${label(first)} không có năm trong số hiệu và không ghi ngày ban hành: số văn bản hành chính đánh lại từ đầu mỗi năm nên không xác định được văn bản.`,
          messageEn: `${label(first)} has no year in its number and no date: administrative numbers restart every year, so the document cannot be identified.`,
          excerpt: first.text,
          location: at(first.location, first.start, first.end),
          clause: CLAUSE.citeFirst,
          fix: null,
        });
      }
    }
    return out;
  },
};
