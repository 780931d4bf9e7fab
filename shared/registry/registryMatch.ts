import { foldText, foldedTerms } from './fold.ts';
import type { RegistryDoc } from './registryDoc.ts';

/**
 * How a law cited by name is matched: folded, punctuation-free, with a trailing "năm 2012" taken off
 * and returned apart, so "Luật Phổ biến, giáo dục pháp luật năm 2012" and "Luật phổ biến giáo dục
 * pháp luật" share a key and the year can pick between two laws of the same name (2015 and 2025).
 */
export function nameKey(name: string): { key: string; year: number | null } {
  let folded = foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  let year: number | null = null;
  const m = /\s+nam\s+(\d{4})$/u.exec(folded);
  if (m) {
    year = Number(m[1]);
    folded = folded.slice(0, m.index);
  }
  return { key: folded, year };
}

/**
 * The initialism plans use for a law once it is defined: "Luật Phổ biến, giáo dục pháp luật" →
 * "luat pbgdpl", matching "Luật PBGDPL". Null for a name without a law word or too short to abbreviate.
 */
export function abbreviationKey(name: string): string | null {
  const words = nameKey(name).key.split(' ');
  const head = words[0] === 'bo' && words[1] === 'luat' ? 2 : words[0] === 'luat' ? 1 : 0;
  if (head === 0 || words.length - head < 2) return null;
  return `${words.slice(0, head).join(' ')} ${words
    .slice(head)
    .map((w) => w[0])
    .join('')}`;
}

/** The year a document is known by: the one in its number, else its date's. */
export function docYear(doc: RegistryDoc): number | null {
  if (doc.year !== null) return doc.year;
  return doc.date === null ? null : Number(doc.date.slice(0, 4));
}

/** Keep the documents of the cited year when the name carried one and some match it. */
export function preferYear(docs: RegistryDoc[], year: number | null): RegistryDoc[] {
  if (year === null) return docs;
  const same = docs.filter((d) => docYear(d) === year);
  return same.length > 0 ? same : docs;
}

/** Everything a search can match in one document, folded. */
export function searchText(doc: RegistryDoc): string {
  return foldText(
    [doc.type, doc.numberSymbol, doc.issuer, doc.summary, doc.name ?? '', doc.note, doc.date ?? ''].join(' '),
  );
}

/** Every query term must start some word of the document (accent- and case-insensitive). */
export function matchesQuery(doc: RegistryDoc, query: string): boolean {
  const terms = foldedTerms(query);
  if (terms.length === 0) return true;
  const words = foldedTerms(searchText(doc));
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}

/** Newest first, then by identifier: the order the registry lists documents in. */
export function compareDocs(a: RegistryDoc, b: RegistryDoc): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.numberSymbol.localeCompare(b.numberSymbol, 'vi');
}
