import type { AgencyEntry } from '../../agencies/agencyEntry.ts';

/** dd/mm/yyyy, as the messages of the checks write dates. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export interface FactSource {
  /** The source's title, shortened for a message. */
  title: string;
  /** The source gives a national frame date; each province's own decision set the day. */
  frame: boolean;
}

/** The first source of a fact, for the message ("theo Nghị định 45/2025/NĐ-CP …"). */
export function sourceOf(e: AgencyEntry, fact: 'validUntil' | 'validFrom' | 'successors'): FactSource | null {
  const s = e.sources.find((x) => x.facts.includes(fact)) ?? e.sources[0];
  if (!s) return null;
  const title = s.title.length > 110 ? `${s.title.slice(0, 107)}…` : s.title;
  return { title, frame: s.frame === true };
}

/** What a message says of the source, in each language ("(theo …)", "(per “…”)"). */
export function sourceClause(src: FactSource | null): { vi: string; en: string } {
  if (!src) return { vi: '', en: '' };
  if (!src.frame) return { vi: ` (theo ${src.title})`, en: ` (per “${src.title}”)` };
  return {
    vi: ` (ngày có hiệu lực của ${src.title}; ngày cụ thể ở từng tỉnh theo quyết định của tỉnh)`,
    en: ` (the effective date of “${src.title}”; each province’s own decision set its day)`,
  };
}
