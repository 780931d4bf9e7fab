import { numberSymbolKey } from './numberSymbol.ts';
import type { RegistryDoc, RegistryLookup } from './registryDoc.ts';
import { abbreviationKey, compareDocs, matchesQuery, nameKey, preferYear } from './registryMatch.ts';

export interface MemoryRegistry extends RegistryLookup {
  list(): RegistryDoc[];
  search(query: string): RegistryDoc[];
}

/**
 * A registry lookup over a list of documents held in memory: the built-in seed for the CLI when no
 * workspace exists, and test doubles for the checks.
 */
export function createMemoryRegistry(docs: readonly RegistryDoc[]): MemoryRegistry {
  const byKey = new Map<string, RegistryDoc[]>();
  const byName = new Map<string, RegistryDoc[]>();
  const byAbbreviation = new Map<string, RegistryDoc[]>();
  const push = (map: Map<string, RegistryDoc[]>, key: string, doc: RegistryDoc) => {
    const list = map.get(key);
    if (list) list.push(doc);
    else map.set(key, [doc]);
  };
  for (const doc of docs) {
    if (doc.numberSymbol !== '') push(byKey, numberSymbolKey(doc.numberSymbol), doc);
    if (doc.name !== null) {
      push(byName, nameKey(doc.name).key, doc);
      const abbr = abbreviationKey(doc.name);
      if (abbr !== null) push(byAbbreviation, abbr, doc);
    }
  }
  // Sorted when first listed or searched: the checks only look documents up (a CLI check or final
  // export of a 300-task plan paid ≈ 11 ms for a sort it never used).
  let sortedDocs: RegistryDoc[] | null = null;
  const sorted = () => (sortedDocs ??= [...docs].sort(compareDocs));
  return {
    byNumberSymbol: (numberSymbol) => [...(byKey.get(numberSymbolKey(numberSymbol)) ?? [])],
    byName: (name) => {
      const { key, year } = nameKey(name);
      // A full name first; else the law's initialism ("Luật PBGDPL"), which a plan defines before use.
      return preferYear([...(byName.get(key) ?? byAbbreviation.get(key) ?? [])], year);
    },
    list: () => [...sorted()],
    search: (query) => sorted().filter((d) => matchesQuery(d, query)),
  };
}

/** Same identifier, same date: the same document, whichever registry holds it. */
function sameDocument(a: RegistryDoc, b: RegistryDoc): boolean {
  if (a.numberSymbol !== '' || b.numberSymbol !== '') {
    return numberSymbolKey(a.numberSymbol) === numberSymbolKey(b.numberSymbol) && a.date === b.date;
  }
  return (
    a.name !== null && b.name !== null && nameKey(a.name).key === nameKey(b.name).key && a.date === b.date
  );
}

/**
 * Several registries seen as one (the workspace's, then the built-in seed): the first one that knows
 * a document wins, so a user's correction of a seed entry is what the checks see.
 */
export function combineLookups(...lookups: RegistryLookup[]): RegistryLookup {
  const merge = (lists: RegistryDoc[][]): RegistryDoc[] => {
    const out: RegistryDoc[] = [];
    for (const list of lists)
      for (const doc of list) if (!out.some((d) => sameDocument(d, doc))) out.push(doc);
    return out;
  };
  return {
    byNumberSymbol: (ns) => merge(lookups.map((l) => l.byNumberSymbol(ns))),
    byName: (name) => merge(lookups.map((l) => l.byName(name))),
  };
}
