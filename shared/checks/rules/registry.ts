import { sameIssuer } from '../../citations/issuers.ts';
import type { PlanCitation } from '../../citations/planCitations.ts';
import { textKey } from '../../model/walk.ts';
import type { RegistryDoc } from '../../registry/registryDoc.ts';
import { docYear } from '../../registry/registryMatch.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sameCitations } from '../sameValue.ts';
import { dateText } from './groups.ts';
import { citationLabel, iso2vn, isLawType, lookupCitation, shortSource } from './registryShared.ts';

/** "2015-06-22" written the way the citation writes its date (long or short form). */
function formatLike(c: PlanCitation, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const written = c.dateSpan ? c.text.slice(c.dateSpan.start - c.start, c.dateSpan.end - c.start) : '';
  const padDay = /ngày\s+0\d/u.test(written) ? String(d).padStart(2, '0') : String(d);
  if (/tháng/iu.test(written))
    return `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
  const padMonth = /\/0\d\//.test(written) ? String(m).padStart(2, '0') : String(m);
  return `ngày ${padDay}/${padMonth}/${y}`;
}

/** The words of an amending law just before the law it amends (Hòa Bình, QĐ 35/2022, has two). */
const AMENDED_BY_BEFORE = /sửa\s+đổi,?\s+bổ\s+sung[^;.]*\bcủa\s+(?:(?:Luật|Bộ luật)[^;.]*\svà\s+)?$/iu;

const source = (d: RegistryDoc, en = false): string => {
  const name = shortSource(d.source, en ? 'en' : 'vi');
  return name ? ` (${en ? 'source' : 'nguồn'}: ${name})` : '';
};

function dateFinding(c: PlanCitation, docs: RegistryDoc[], law: boolean): Draft | null {
  if (c.date === null || c.dateSpan === null) return null;
  const dated = docs.filter((d): d is RegistryDoc & { date: string } => d.date !== null);
  if (dated.length === 0 || dated.some((d) => d.date === c.date)) return null;
  // Of several entries (two laws of one name), the one with the cited day and month is the likely one:
  // "ngày 22/6/2016" for the law of 22/6/2015.
  const dayMonth = c.date.slice(5);
  const likely = dated.length === 1 ? dated : dated.filter((d) => d.date.slice(5) === dayMonth);
  const doc = likely.length === 1 ? likely[0]! : dated[0]!;
  const label = citationLabel(c);
  const list = dated.map((d) => iso2vn(d.date));
  const what = law ? 'luật này được thông qua ngày' : 'sổ văn bản ghi ngày';
  const whatEn = law ? 'this law was passed on' : 'the registry says';
  return {
    rule: law ? 'registry.law-date' : 'registry.date-mismatch',
    message: `${label} ghi ngày ${dateText(c)}, ${what} ${list.join(' hoặc ')}${source(doc)}.`,
    messageEn: `${label} is dated ${dateText(c)} here; ${whatEn} ${list.join(' or ')}${source(doc, true)}.`,
    excerpt: c.text.slice(c.dateSpan.start - c.start, c.dateSpan.end - c.start),
    location: at(c.location, c.dateSpan.start, c.dateSpan.end),
    clause: null,
    fix:
      likely.length === 1
        ? {
            location: c.location,
            range: { start: c.dateSpan.start, end: c.dateSpan.end },
            replacement: formatLike(c, doc.date),
            label: `Dùng ngày trong sổ: ${iso2vn(doc.date)}`,
            labelEn: `Use the registry's date: ${iso2vn(doc.date)}`,
          }
        : null,
  };
}

/** "Luật Hòa giải ở cơ sở năm 2012": the law of that name is of 2013. */
function nameYearFinding(c: PlanCitation, docs: RegistryDoc[]): Draft | null {
  if (c.nameYear === null || c.numberSymbol !== null || docs.length === 0) return null;
  const years = [...new Set(docs.map(docYear).filter((y): y is number => y !== null))].sort();
  if (years.length === 0 || years.includes(c.nameYear)) return null;
  const m = new RegExp(`năm\\s+${c.nameYear}(?!\\d)`, 'u').exec(c.text);
  if (!m) return null;
  const start = c.start + m.index;
  const end = start + m[0].length;
  const known = docs.map((d) => `${d.numberSymbol || d.type}${d.date ? `, ${iso2vn(d.date)}` : ''}`);
  const doc = docs[0]!;
  return {
    rule: 'registry.law-date',
    message: `${c.name} ghi năm ${c.nameYear}, sổ văn bản chỉ biết luật này năm ${years.join(' hoặc ')} (${known.join('; ')})${source(doc)}.`,
    messageEn: `${c.name} is given the year ${c.nameYear}; the registry knows this law only from ${years.join(' or ')} (${known.join('; ')})${source(doc, true)}.`,
    excerpt: m[0],
    location: at(c.location, start, end),
    clause: null,
    fix:
      years.length === 1
        ? {
            location: c.location,
            range: { start, end },
            replacement: `năm ${years[0]}`,
            label: `Dùng năm trong sổ: ${years[0]}`,
            labelEn: `Use the registry's year: ${years[0]}`,
          }
        : null,
  };
}

function issuerFinding(c: PlanCitation, docs: RegistryDoc[]): Draft | null {
  if (c.issuer === null || c.issuerSpan === null) return null;
  const withIssuer = docs.filter((d) => d.issuer.trim() !== '');
  if (withIssuer.length === 0 || !withIssuer.every((d) => sameIssuer(d.issuer, c.issuer ?? '') === false))
    return null;
  const label = citationLabel(c);
  const issuers = [...new Set(withIssuer.map((d) => d.issuer))];
  return {
    rule: 'registry.issuer-mismatch',
    message: `${label}: cơ quan ban hành ghi "${c.issuer}", sổ văn bản ghi "${issuers.join('" hoặc "')}"${source(withIssuer[0]!)}.`,
    messageEn: `${label}: the issuer is "${c.issuer}" here; the registry says "${issuers.join('" or "')}"${source(withIssuer[0]!, true)}.`,
    excerpt: c.issuer,
    location: at(c.location, c.issuerSpan.start, c.issuerSpan.end),
    clause: null,
    fix:
      issuers.length === 1
        ? {
            location: c.location,
            range: { start: c.issuerSpan.start, end: c.issuerSpan.end },
            replacement: issuers[0]!,
            label: `Dùng cơ quan trong sổ: ${issuers[0]}`,
            labelEn: `Use the registry's issuer: "${issuers[0]}"`,
          }
        : null,
  };
}

/**
 * The registry knows documents from named sources: a citation that gives another date or issuer for
 * a known number, or a law cited with a date or year that is not its own, is flagged. The registry
 * may itself be wrong, so these are warnings, with the registry's fact as the quick fix when it names
 * one only.
 */
export const registryRules: RuleModule = {
  rules: [
    {
      id: 'registry.date-mismatch',
      severity: 'warning',
      title: 'Ngày ban hành khác với sổ văn bản',
      titleEn: 'Date differs from the registry',
    },
    {
      id: 'registry.law-date',
      severity: 'warning',
      title: 'Luật ghi sai ngày hoặc năm thông qua',
      titleEn: 'Law cited with a date that is not its own',
    },
    {
      id: 'registry.issuer-mismatch',
      severity: 'warning',
      title: 'Cơ quan ban hành khác với sổ văn bản',
      titleEn: 'Issuer differs from the registry',
    },
  ],
  // Reads the citations, the words before each, and the paragraph before a text with citations.
  affectedBy: (change, { scan, registry }) =>
    registry !== null &&
    (!sameCitations(change) ||
      change.citationsAfter.length > 0 ||
      (scan.texts[change.index + 1]?.parse.citations.length ?? 0) > 0),
  run({ scan, registry }) {
    const out: Draft[] = [];
    if (!registry) return out;
    const texts = new Map(scan.texts.map((t) => [textKey(t.location), t.text]));
    for (const c of scan.citations) {
      const docs = lookupCitation(c, registry);
      if (docs.length === 0) continue;
      const law = isLawType(c.type);
      // The previous paragraph too: text from PDFs and hard-wrapped files breaks clauses across lines.
      const previous = texts.get(textKey({ ...c.location, paragraph: c.location.paragraph - 1 })) ?? '';
      const here = (texts.get(textKey(c.location)) ?? '').slice(0, c.start);
      const before = `${previous} ${here}`.slice(-200);
      // "Luật sửa đổi, bổ sung một số điều của Luật X ngày 18/6/2020": the date is the amending law's.
      const dated = law && AMENDED_BY_BEFORE.test(before) ? null : dateFinding(c, docs, law);
      for (const f of [nameYearFinding(c, docs), dated, issuerFinding(c, docs)]) if (f) out.push(f);
    }
    return out;
  },
};
