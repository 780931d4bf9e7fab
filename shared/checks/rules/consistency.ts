import { issuerCode } from '../../citations/issuers.ts';
import { fold } from '../../citations/textPrep.ts';
import type { PlanCitation } from '../../citations/planCitations.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sameCitations } from '../sameValue.ts';
import { byKey, dateText, sameDate } from './groups.ts';

const LEVEL = /\b(tinh|huyen|xa|thanh pho|thi xa|quan|phuong|thi tran)\b/;

/** "UBND tỉnh" and "UBND huyện X" share a code but are different issuers. */
function issuerLevel(issuer: string): string | null {
  return LEVEL.exec(fold(issuer))?.[1] ?? null;
}

// The same issuers are compared for every mention of a document (300 times on a big plan): each pair once.
const compared = new Map<string, 'code' | 'level' | null>();
function differentIssuers(a: string, b: string): 'code' | 'level' | null {
  const pair = `${a}\u0000${b}`;
  let v = compared.get(pair);
  if (v === undefined) {
    if (compared.size >= 5000) compared.clear();
    v = compareIssuers(a, b);
    compared.set(pair, v);
  }
  return v;
}

function compareIssuers(a: string, b: string): 'code' | 'level' | null {
  const ca = issuerCode(a);
  const cb = issuerCode(b);
  if (ca !== null && cb !== null && ca !== cb) return 'code';
  const la = issuerLevel(a);
  const lb = issuerLevel(b);
  if (la !== null && lb !== null && la !== lb) return 'level';
  return null;
}

const where = (c: PlanCitation): string => c.location.label;
const whereEn = (c: PlanCitation): string => c.location.labelEn;

/**
 * One identifier, one document: inside a plan, the same number cited with another date, another
 * issuer or another spelling of its symbol is a contradiction.
 */
export const consistencyRules: RuleModule = {
  rules: [
    {
      id: 'citation.conflicting-date',
      severity: 'error',
      title: 'Một số văn bản được ghi với hai ngày khác nhau',
      titleEn: 'One document number cited with two different dates',
    },
    {
      id: 'citation.conflicting-date-years',
      severity: 'warning',
      title: 'Cùng số, ký hiệu nhưng ngày ở năm khác (có thể là hai văn bản)',
      titleEn: 'Same number with a date in another year (possibly two documents)',
    },
    {
      id: 'citation.conflicting-issuer',
      severity: 'error',
      title: 'Một số văn bản được ghi với hai cơ quan ban hành',
      titleEn: 'One document number cited with two issuers',
    },
    {
      id: 'citation.symbol-variant',
      severity: 'warning',
      title: 'Cùng số và ngày nhưng ký hiệu khác nhau',
      titleEn: 'Same number and date with different symbols',
    },
  ],
  // Reads the citations alone.
  affectedBy: (change) => !sameCitations(change),
  run({ scan }) {
    const out: Draft[] = [];
    for (const group of byKey(scan.citations, true).values()) {
      const dated = group.filter((c) => c.dateParts !== null && c.dateSpan !== null);
      const first = dated[0];
      if (first) {
        for (const c of dated.slice(1)) {
          if (sameDate(first, c) || c.dateSpan === null) continue;
          if (c.issuer !== null && first.issuer !== null && differentIssuers(c.issuer, first.issuer) !== null)
            continue;
          const sameYear = c.dateParts?.year === first.dateParts?.year;
          const certain = sameYear || c.year !== null;
          out.push({
            rule: certain ? 'citation.conflicting-date' : 'citation.conflicting-date-years',
            message: certain
              ? `${c.type ?? 'Văn bản'} số ${c.numberSymbol} ghi ngày ${dateText(c)}, nhưng ở ${where(first)} ghi ngày ${dateText(first)}.`
              : `${c.type ?? 'Văn bản'} số ${c.numberSymbol} ghi ngày ${dateText(c)}, ở ${where(first)} ghi ngày ${dateText(first)} (năm khác): nếu là một văn bản thì một trong hai ngày sai.`,
            messageEn: certain
              ? `${c.numberSymbol} is dated ${dateText(c)} here but ${dateText(first)} in ${whereEn(first)}.`
              : `${c.numberSymbol} is dated ${dateText(c)} here and ${dateText(first)} (another year) in ${whereEn(first)}: if it is one document, one date is wrong.`,
            excerpt: c.text.slice(c.dateSpan.start - c.start, c.dateSpan.end - c.start),
            location: at(c.location, c.dateSpan.start, c.dateSpan.end),
            clause: null,
            fix: null,
          });
        }
      }
      const withIssuer = group.filter((c) => c.issuer !== null && c.issuerSpan !== null);
      const firstIssuer = withIssuer[0];
      if (firstIssuer?.issuer) {
        for (const c of withIssuer.slice(1)) {
          if (c.issuer === null || c.issuerSpan === null) continue;
          if (c.dateParts !== null && firstIssuer.dateParts !== null && !sameDate(c, firstIssuer)) continue;
          if (differentIssuers(c.issuer, firstIssuer.issuer) !== 'code') continue;
          out.push({
            rule: 'citation.conflicting-issuer',
            message: `${c.type ?? 'Văn bản'} số ${c.numberSymbol} ghi cơ quan ban hành "${c.issuer}", nhưng ở ${where(firstIssuer)} ghi "${firstIssuer.issuer}".`,
            messageEn: `${c.numberSymbol} is attributed to "${c.issuer}" here but to "${firstIssuer.issuer}" in ${whereEn(firstIssuer)}.`,
            excerpt: c.issuer,
            location: at(c.location, c.issuerSpan.start, c.issuerSpan.end),
            clause: null,
            fix: null,
          });
        }
      }
    }
    // Same number, same date, same type, different symbol: one of the spellings is wrong.
    const byNumberDate = new Map<string, PlanCitation[]>();
    for (const c of scan.citations) {
      if (c.number === null || c.date === null || c.key === null) continue;
      const k = `${c.type ?? ''}|${Number(c.number)}|${c.date}`;
      const list = byNumberDate.get(k);
      if (list) list.push(c);
      else byNumberDate.set(k, [c]);
    }
    for (const list of byNumberDate.values()) {
      const first = list[0];
      if (!first) continue;
      for (const c of list.slice(1)) {
        if (c.key === first.key || c.numberSymbolSpan === null) continue;
        out.push({
          rule: 'citation.symbol-variant',
          message: `Cùng số và ngày ${dateText(c)} nhưng ký hiệu "${c.numberSymbol}" khác "${first.numberSymbol}" ở ${where(first)}.`,
          messageEn: `Same number and date ${dateText(c)} but symbol "${c.numberSymbol}" differs from "${first.numberSymbol}" in ${whereEn(first)}.`,
          excerpt: c.numberSymbolWritten ?? c.numberSymbol ?? '',
          location: at(c.location, c.numberSymbolSpan.start, c.numberSymbolSpan.end),
          clause: null,
          fix: null,
        });
      }
    }
    return out;
  },
};
