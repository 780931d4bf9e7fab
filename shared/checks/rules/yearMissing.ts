import type { RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';
import { sameCitations } from '../sameValue.ts';

const numberKey = (n: string): string => n.replace(/^0+(?=\d)/, '').toLowerCase();

/**
 * "Quyết định 25/QĐ-TTg ngày 22/7/2021" where the same text also cites "Quyết định số
 * 25/2021/QĐ-TTg": one document, whose year was left out of its number once (a real mistake in a
 * Thanh Hóa report). Only when the number, the symbol and the year of the date all agree.
 */
export const yearMissingRules: RuleModule = {
  rules: [
    {
      id: 'citation.year-missing',
      severity: 'warning',
      title: 'Số hiệu thiếu năm ban hành (nơi khác ghi đủ)',
      titleEn: 'Number without its year (written in full elsewhere)',
    },
  ],
  // Reads the citations alone.
  affectedBy: (change) => !sameCitations(change),
  run({ scan }) {
    const withYear = new Map<string, number[]>();
    for (const c of scan.citations) {
      if (c.year === null || c.number === null || c.symbol === null || c.party) continue;
      const k = `${numberKey(c.number)}|${c.symbol.toUpperCase()}`;
      const years = withYear.get(k) ?? [];
      if (!years.includes(c.year)) years.push(c.year);
      withYear.set(k, years);
    }
    const out: Draft[] = [];
    for (const c of scan.citations) {
      const span = c.numberSymbolSpan;
      if (c.year !== null || c.party || c.number === null || c.symbol === null || span === null) continue;
      const years = withYear.get(`${numberKey(c.number)}|${c.symbol.toUpperCase()}`) ?? [];
      const dated = c.dateParts?.year ?? null;
      const fits = years.filter((y) => dated === null || y === dated);
      const year = fits[0];
      if (fits.length !== 1 || year === undefined) continue;
      const full = `${c.number}/${year}/${c.symbol}`;
      const written = (c.numberSymbolWritten ?? c.numberSymbol ?? '').replace(/\s+/g, ' ');
      out.push({
        rule: 'citation.year-missing',
        message: `${c.type ?? 'Văn bản'} ${written} thiếu năm ban hành trong số hiệu: nơi khác trong văn bản ghi "${full}".`,
        messageEn: `${written} lacks the year in its number: elsewhere the document writes "${full}".`,
        excerpt: written,
        location: at(c.location, span.start, span.end),
        clause: CLAUSE.number,
        fix: {
          location: c.location,
          range: { start: span.start, end: span.end },
          replacement: full,
          label: `Sửa thành ${full}`,
          labelEn: `Change to ${full}`,
        },
      });
    }
    return out;
  },
};
