import { sameIssuer } from '../../citations/issuers.ts';
import type { PlanCitation } from '../../citations/planCitations.ts';
import type { RegistryDoc, RegistryLookup } from '../../registry/registryDoc.ts';
import { sourceNames } from '../../registry/sourceName.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { dateText } from './groups.ts';

function lookup(c: PlanCitation, registry: RegistryLookup): RegistryDoc[] {
  try {
    if (c.numberSymbol !== null) return registry.byNumberSymbol(c.numberSymbol);
    if (c.expandedName !== null) return registry.byName(c.expandedName);
  } catch {
    // A registry that fails is a registry we do not have: the other checks still run.
  }
  return [];
}

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

const iso2vn = (iso: string): string => iso.split('-').reverse().join('/');
/** A source by its name ("Thư viện Pháp luật"), never its URL: the registry screen has the link. */
const named = (source: string, lang: 'vi' | 'en'): string => sourceNames(source, lang);

/**
 * The registry knows documents from named sources: a citation that gives another date or issuer for
 * a known number, or cites a document the registry knows as expired or replaced, is flagged. The
 * registry may itself be wrong, so these are warnings, with the registry's date as a quick fix.
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
      id: 'registry.issuer-mismatch',
      severity: 'warning',
      title: 'Cơ quan ban hành khác với sổ văn bản',
      titleEn: 'Issuer differs from the registry',
    },
    {
      id: 'registry.superseded',
      severity: 'warning',
      title: 'Văn bản đã hết hiệu lực hoặc bị thay thế',
      titleEn: 'Document expired or replaced',
    },
  ],
  run({ scan, registry }) {
    const out: Draft[] = [];
    if (!registry) return out;
    const statusReported = new Set<string>();
    for (const c of scan.citations) {
      const docs = lookup(c, registry);
      if (docs.length === 0) continue;
      const label = c.numberSymbol !== null ? `${c.type ?? 'Văn bản'} ${c.numberSymbol}` : (c.name ?? '');
      if (c.date !== null && c.dateSpan !== null) {
        const dated = docs.filter((d) => d.date !== null);
        if (dated.length > 0 && !dated.some((d) => d.date === c.date)) {
          const doc = dated[0] as RegistryDoc & { date: string };
          const one = dated.length === 1;
          out.push({
            rule: 'registry.date-mismatch',
            message: `${label} ghi ngày ${dateText(c)}, sổ văn bản ghi ngày ${dated.map((d) => iso2vn(d.date ?? '')).join(' hoặc ')}${named(doc.source, 'vi') ? ` (nguồn: ${named(doc.source, 'vi')})` : ''}.`,
            messageEn: `${label} is dated ${dateText(c)} here; the registry says ${dated.map((d) => iso2vn(d.date ?? '')).join(' or ')}${named(doc.source, 'en') ? ` (source: ${named(doc.source, 'en')})` : ''}.`,
            excerpt: c.text.slice(c.dateSpan.start - c.start, c.dateSpan.end - c.start),
            location: at(c.location, c.dateSpan.start, c.dateSpan.end),
            clause: null,
            fix: one
              ? {
                  location: c.location,
                  range: { start: c.dateSpan.start, end: c.dateSpan.end },
                  replacement: formatLike(c, doc.date),
                  label: `Dùng ngày trong sổ: ${iso2vn(doc.date)}`,
                  labelEn: `Use the registry's date: ${iso2vn(doc.date)}`,
                }
              : null,
          });
        }
      }
      if (c.issuer !== null && c.issuerSpan !== null) {
        const withIssuer = docs.filter((d) => d.issuer.trim() !== '');
        if (
          withIssuer.length > 0 &&
          withIssuer.every((d) => sameIssuer(d.issuer, c.issuer ?? '') === false)
        ) {
          out.push({
            rule: 'registry.issuer-mismatch',
            message: `${label}: cơ quan ban hành ghi "${c.issuer}", sổ văn bản ghi "${withIssuer.map((d) => d.issuer).join('" hoặc "')}".`,
            messageEn: `${label}: the issuer is "${c.issuer}" here; the registry says "${withIssuer.map((d) => d.issuer).join('" or "')}".`,
            excerpt: c.issuer,
            location: at(c.location, c.issuerSpan.start, c.issuerSpan.end),
            clause: null,
            fix: null,
          });
        }
      }
      const key = c.key ?? label;
      const gone = docs.find((d) => d.status === 'expired' || d.status === 'replaced');
      if (gone && !statusReported.has(key)) {
        statusReported.add(key);
        const replaced = gone.status === 'replaced';
        out.push({
          rule: 'registry.superseded',
          message: replaced
            ? `${label} đã bị thay thế${gone.replacedBy ? ` bởi ${gone.replacedBy}` : ''} (theo sổ văn bản${named(gone.source, 'vi') ? `, nguồn: ${named(gone.source, 'vi')}` : ''}).`
            : `${label} đã hết hiệu lực (theo sổ văn bản${named(gone.source, 'vi') ? `, nguồn: ${named(gone.source, 'vi')}` : ''}).`,
          messageEn: replaced
            ? `${label} has been replaced${gone.replacedBy ? ` by ${gone.replacedBy}` : ''} (registry${named(gone.source, 'en') ? `, source: ${named(gone.source, 'en')}` : ''}).`
            : `${label} has expired (registry${named(gone.source, 'en') ? `, source: ${named(gone.source, 'en')}` : ''}).`,
          excerpt: c.text,
          location: c.location,
          clause: null,
          fix: null,
        });
      }
    }
    return out;
  },
};
