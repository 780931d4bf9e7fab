import type { PlanCitation } from '../../citations/planCitations.ts';
import { foldedTerms } from '../../registry/fold.ts';
import { joinNumberSymbol, splitNumberSymbol } from '../../registry/numberSymbol.ts';
import type { RegistryDoc } from '../../registry/registryDoc.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { docLabel, lookupCitation, safeLookup } from './registryShared.ts';

/** "786" → ["876", "768"]: every swap of two neighbouring, different digits. */
export function adjacentTranspositions(number: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < number.length; i++) {
    if (number[i] === number[i + 1]) continue;
    const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2);
    // "07" from "70" is another number only with its leading zero, which numbers do not carry.
    if (!swapped.startsWith('0') && !out.includes(swapped)) out.push(swapped);
  }
  return out;
}

/** Words that carry no subject: the summary's framing ("về việc ban hành …"). */
const FILLER = new Set(['ve', 'viec', 'cua', 'va', 'cac', 'tai', 'tren', 'ban', 'hanh']);

/**
 * Most of the cited summary's words appear in the entry's: the summary in a plan is often a part or
 * a paraphrase of the official one, so containment, not equality.
 */
export function summariesMatch(cited: string, entry: string): boolean {
  const want = foldedTerms(cited).filter((w) => !FILLER.has(w));
  const have = new Set(foldedTerms(entry));
  if (want.length < 3 || have.size === 0) return false;
  return want.filter((w) => have.has(w)).length / want.length >= 0.7;
}

function sameType(c: PlanCitation, d: RegistryDoc): boolean {
  return c.type === null || c.type === d.type;
}

/**
 * A number the registry does not know, one swap of neighbouring digits away from one it knows with
 * the same symbol (so the same type code and issuer), the same type and a matching summary or the
 * same date: "786/QĐ-TTg" typed for "768/QĐ-TTg". A warning naming the likely intended document.
 */
export const registryTransposedRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'registry.number-transposed',
      severity: 'warning',
      title: 'Số văn bản có thể bị đảo chữ số',
      titleEn: 'Document number with swapped digits',
    },
  ],
  run({ scan, registry }) {
    const out: Draft[] = [];
    if (!registry) return out;
    for (const c of scan.citations) {
      if (c.numberSymbol === null || c.numberSymbolSpan === null || c.number === null) continue;
      if (lookupCitation(c, registry).length > 0) continue;
      const parts = splitNumberSymbol(c.numberSymbol);
      if (!parts) continue;
      const matches: RegistryDoc[] = [];
      for (const number of adjacentTranspositions(parts.number)) {
        for (const d of safeLookup(registry, joinNumberSymbol({ ...parts, number }))) {
          if (!sameType(c, d)) continue;
          const bySummary = c.summary !== null && summariesMatch(c.summary, d.summary || (d.name ?? ''));
          const byDate = c.date !== null && c.date === d.date;
          if ((bySummary || byDate) && !matches.includes(d)) matches.push(d);
        }
      }
      if (matches.length === 0) continue;
      const doc = matches[0]!;
      const written = c.numberSymbolWritten ?? '';
      const numberAt = c.numberSymbolSpan.start;
      const canFix = matches.length === 1 && written.startsWith(c.number);
      out.push({
        rule: 'registry.number-transposed',
        message: `Sổ văn bản không có ${c.type ?? 'văn bản'} số ${c.numberSymbol}; có thể là ${matches.map(docLabel).join(' hoặc ')} (hai chữ số bị đảo?).`,
        messageEn: `The registry has no ${c.numberSymbol}; it may be ${matches.map((d) => d.numberSymbol).join(' or ')} (two digits swapped?).`,
        excerpt: written || c.numberSymbol,
        location: at(c.location, c.numberSymbolSpan.start, c.numberSymbolSpan.end),
        clause: null,
        fix: canFix
          ? {
              location: c.location,
              range: { start: numberAt, end: numberAt + c.number.length },
              replacement: doc.number,
              label: `Sửa thành ${doc.numberSymbol}`,
              labelEn: `Change to ${doc.numberSymbol}`,
            }
          : null,
      });
    }
    return out;
  },
};
