import { sourceNames } from '../../registry/sourceName.ts';
import type { PlanCitation } from '../../citations/planCitations.ts';
import { formatDocDate } from '../../registry/docDate.ts';
import type { RegistryDoc, RegistryLookup } from '../../registry/registryDoc.ts';

/**
 * The registry lookup of one citation: by identifier, else a law by its name (with the year the
 * name carries, which picks between two laws of one name: 2015 and 2025). A registry that fails is
 * a registry we do not have: the other checks still run.
 */
export function lookupCitation(c: PlanCitation, registry: RegistryLookup): RegistryDoc[] {
  try {
    if (c.numberSymbol !== null) return registry.byNumberSymbol(c.numberSymbol);
    if (c.expandedName !== null)
      return registry.byName(c.nameYear !== null ? `${c.expandedName} năm ${c.nameYear}` : c.expandedName);
  } catch {
    // Fall through: no registry facts for this citation.
  }
  return [];
}

export function safeLookup(registry: RegistryLookup, numberSymbol: string): RegistryDoc[] {
  try {
    return registry.byNumberSymbol(numberSymbol);
  } catch {
    return [];
  }
}

/** How a finding names the cited document: "Quyết định 705/QĐ-TTg", "Luật Hòa giải ở cơ sở". */
export function citationLabel(c: PlanCitation): string {
  return c.numberSymbol !== null ? `${c.type ?? 'Văn bản'} ${c.numberSymbol}` : (c.name ?? c.text);
}

/** "Luật số 64/2025/QH15 ngày 19/02/2025 (Luật Ban hành văn bản quy phạm pháp luật)". */
export function docLabel(d: RegistryDoc): string {
  const id = d.numberSymbol !== '' ? `${d.type} số ${d.numberSymbol}` : (d.name ?? d.type);
  const date = d.date ? ` ngày ${formatDocDate(d.date)}` : '';
  const what = d.name ?? (d.summary !== '' ? d.summary : null);
  return `${id}${date}${what ? ` (${shortText(what, 110)})` : ''}`;
}

/** A successor named by its registry entry when the registry has it, else by its identifier. */
export function successorLabel(registry: RegistryLookup, numberSymbol: string): string {
  const [doc] = safeLookup(registry, numberSymbol);
  return doc ? docLabel(doc) : numberSymbol;
}

export function shortText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A source as a message names it: by its name ("Thư viện Pháp luật", "Kế hoạch mẫu"), never a URL or a
 * path; the registry screen has the link. Empty when no name can be given.
 */
export const shortSource = (source: string, lang: 'vi' | 'en' = 'vi'): string => sourceNames(source, lang);

export const iso2vn = (iso: string): string => iso.split('-').reverse().join('/');

/** Laws, codes, ordinances: known by name and year, their date is part of that identity. */
export function isLawType(type: string | null): boolean {
  return type !== null && /^(?:Luật|Bộ luật|Pháp lệnh|Hiến pháp)$/u.test(type);
}
