import type { AgencyEntry } from './agencyEntry.ts';
import { agencyKey, entryKeys, expandedKey, foldKeepLength, initials } from './agencyNames.ts';

/**
 * The agency directory as the checks, the rollover and the autocomplete read it: pure, in memory,
 * built from the workspace's entries (or the built-in ones) for one province. A few hundred entries,
 * so every look-up is a map or a short scan.
 */
export interface AgencyIndex {
  /** The entries offered: national ones, the pattern, and the chosen province's. */
  readonly entries: readonly AgencyEntry[];
  readonly province: string | null;
  byId(id: string): AgencyEntry | undefined;
  /** The entry a name written in a plan stands for, preferring one that exists on `date`. */
  resolve(text: string, date?: string | null): AgencyEntry | null;
  /** Every entry a written name may stand for (a name reused after a merger has two). */
  candidates(text: string): AgencyEntry[];
  /** Names of directory entries inside a text, longest first, not overlapping. */
  mentions(text: string): AgencyMention[];
  /** Autocomplete: by abbreviation or accent-insensitive prefix, entries valid on `date` first. */
  suggest(query: string, date: string | null, limit?: number): AgencySuggestion[];
  /** The screen's search: every matching entry, best first (no de-duplication, no limit). */
  search(query: string): AgencyEntry[];
  /** The entries this recipient covers: itself and, for a group, its members. */
  covered(recipient: AgencyEntry): Set<string>;
}

export interface AgencyMention {
  start: number;
  end: number;
  /** All entries the written name may stand for. */
  entries: AgencyEntry[];
}

export interface AgencySuggestion {
  entry: AgencyEntry;
  /** What the field receives: the name as a provincial plan writes it ("Sở Tư pháp"). */
  text: string;
  /** Exists on the plan's date (unknown bounds count as existing). */
  valid: boolean;
}

/** A body exists on an ISO date when validFrom ≤ date < validUntil; an unknown bound is open. */
export function existsOn(e: Pick<AgencyEntry, 'validFrom' | 'validUntil'>, date: string): boolean {
  return (e.validFrom === null || e.validFrom <= date) && (e.validUntil === null || date < e.validUntil);
}

/** Whether the body exists for the whole of a year (rollover to that year). */
export function existsThroughYear(e: Pick<AgencyEntry, 'validFrom' | 'validUntil'>, year: number): boolean {
  return existsOn(e, `${year}-01-01`) && (e.validUntil === null || e.validUntil > `${year}-12-31`);
}

function offered(e: AgencyEntry, province: string | null): boolean {
  return e.province === null || province === null || e.province === province;
}

/** The way a provincial plan writes the entry: the province's own body without the province's name. */
export function writtenName(e: AgencyEntry): string {
  if (e.province === null || e.group) return e.name.replace(/\s*\([^)]*\)$/u, '');
  const m = /^(Sở|Ban|Đài|Trung tâm|Bộ Chỉ huy)\s(.*?)\s(tỉnh|thành phố)\s\p{Lu}[\p{L}\s]*$/u.exec(e.name);
  if (m && e.kind === 'co-quan-chuyen-mon' && m[1] !== 'Đài') return `${m[1]} ${m[2]}`;
  if (m) return `${m[1]} ${m[2]} ${m[3]}`;
  return e.name;
}

export function createAgencyIndex(all: readonly AgencyEntry[], province: string | null): AgencyIndex {
  const entries = all.filter((e) => offered(e, province));
  const ids = new Map(entries.map((e) => [e.id, e]));
  const byKey = new Map<string, AgencyEntry[]>();
  const keysOf = new Map<string, string[]>();
  for (const e of entries) {
    const keys = entryKeys(e);
    keysOf.set(e.id, keys);
    for (const k of keys) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(k, list);
    }
  }
  // The province's own body wins over the pattern of the same name.
  for (const [k, list] of byKey) {
    if (list.some((e) => !e.pattern) && list.some((e) => e.pattern))
      byKey.set(
        k,
        list.filter((e) => !e.pattern),
      );
  }
  // With a province chosen, the pattern entry its own body stands for is not offered twice.
  const provincial = new Set(
    entries.filter((e) => !e.pattern && e.province !== null).map((e) => agencyKey(writtenName(e))),
  );
  const shadowed = (e: AgencyEntry) => e.pattern && province !== null && provincial.has(agencyKey(e.name));
  const members = new Map<string, Set<string>>();
  for (const e of entries) for (const g of e.groups) members.set(g, (members.get(g) ?? new Set()).add(e.id));

  const candidates = (text: string): AgencyEntry[] => {
    let key = agencyKey(text);
    for (let i = 0; i < 3 && key !== ''; i++) {
      const hit = byKey.get(key) ?? byKey.get(expandedKey(key));
      if (hit) return hit;
      // "Vụ PBGDPL- Bộ Tư pháp", "Phòng Tư pháp (UBND huyện)": the parent after a dash or in brackets.
      const shorter = key.replace(/\s*(?:-[^-]*|\([^)]*\))$/, '').trim();
      if (shorter === key) break;
      key = shorter;
    }
    return [];
  };

  const pick = (list: AgencyEntry[], date: string | null | undefined): AgencyEntry | null => {
    if (list.length === 0) return null;
    if (!date) return list[0] ?? null;
    return list.find((e) => existsOn(e, date)) ?? list[0] ?? null;
  };

  // Mention scan: keys by their first word, longest first, so a text is read word by word once.
  const byFirstWord = new Map<string, string[]>();
  for (const k of byKey.keys()) {
    if (k.length < 5) continue;
    const w = /^[\p{L}\p{N}]+/u.exec(k)?.[0];
    if (!w) continue;
    byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), k]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);

  const rank = (query: string, date: string | null): Array<{ e: AgencyEntry; score: number }> => {
    const q = agencyKey(query);
    if (q === '') return [];
    const qx = expandedKey(query);
    const terms = qx.split(/[\s,]+/).filter(Boolean);
    const compact = q.replace(/[\s.-]/g, '');
    const scored: Array<{ e: AgencyEntry; score: number }> = [];
    for (const e of entries) {
      const keys = keysOf.get(e.id) ?? [];
      let score = 0;
      if (keys.some((k) => k === q || k === qx)) score = 100;
      else if (keys.some((k) => k.startsWith(q) || k.startsWith(qx))) score = 80;
      else if (initials(e.name).startsWith(compact) && compact.length >= 2) score = 70;
      else if (
        e.shortNames.some((s) =>
          agencyKey(s)
            .replace(/[\s.-]/g, '')
            .startsWith(compact),
        )
      )
        score = 70;
      else {
        const words = keys.flatMap((k) => k.split(/[\s,()-]+/));
        if (terms.every((t) => words.some((w) => w.startsWith(t)))) score = 50;
      }
      if (score === 0) continue;
      const valid = date === null || existsOn(e, date);
      if (valid) score += 1000;
      if (!e.pattern) score += 5;
      if (e.origin === 'learned') score -= 3;
      scored.push({ e, score });
    }
    scored.sort((a, b) => b.score - a.score || a.e.name.length - b.e.name.length);
    return scored;
  };

  return {
    entries,
    province,
    byId: (id) => ids.get(id),
    candidates,
    resolve: (text, date) => pick(candidates(text), date),
    mentions(text) {
      const folded = foldKeepLength(text);
      const out: AgencyMention[] = [];
      let after = 0;
      for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
        const at = m.index ?? 0;
        // Names start with a capital ("Vụ PBGDPL"); "nhiệm vụ PBGDPL" names no agency.
        if (at < after || !/\p{Lu}/u.test(text[at] ?? '')) continue;
        for (const key of byFirstWord.get(m[0]) ?? []) {
          const end = matchKeyAt(folded, at, key);
          if (end < 0 || /[\p{L}\p{N}]/u.test(folded[end] ?? ' ')) continue;
          out.push({ start: at, end, entries: byKey.get(key) ?? [] });
          after = end;
          break;
        }
      }
      return out;
    },
    search(query) {
      if (agencyKey(query) === '') return [...entries];
      return rank(query, null).map((x) => x.e);
    },
    suggest(query, date, limit = 12) {
      const scored = rank(query, date).filter((x) => !shadowed(x.e));
      // A pattern entry named like an offered provincial one adds nothing.
      const seen = new Set<string>();
      const out: AgencySuggestion[] = [];
      for (const { e } of scored) {
        const text = writtenName(e);
        const k = `${agencyKey(text)}|${date === null || existsOn(e, date)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ entry: e, text, valid: date === null || existsOn(e, date) });
        if (out.length >= limit) break;
      }
      return out;
    },
    covered(recipient) {
      const out = new Set<string>([recipient.id]);
      for (const m of members.get(recipient.id) ?? []) out.add(m);
      return out;
    },
  };
}

/**
 * Where a key matches the folded text from `at`, or -1. Keys squash spaces and write dashes without
 * spaces around them ("so lao dong-thuong binh va xa hoi"); the text may not ("Sở Lao động - Thương
 * binh và Xã hội"), so runs of spaces and spaces around a dash match too.
 */
function matchKeyAt(text: string, at: number, key: string): number {
  let i = at;
  for (const c of key) {
    if (c === ' ') {
      if (text[i] !== ' ') return -1;
      while (text[i] === ' ') i++;
    } else if (c === '-') {
      while (text[i] === ' ') i++;
      if (text[i] !== '-') return -1;
      i++;
      while (text[i] === ' ') i++;
    } else if (text[i++] !== c) return -1;
  }
  return i;
}

/** The successors that exist on the date (a successor that ended too leads to its own successor). */
export function successorsOn(index: AgencyIndex, e: AgencyEntry, date: string, depth = 0): AgencyEntry[] {
  const out: AgencyEntry[] = [];
  for (const id of e.successors) {
    const next = index.byId(id);
    if (!next) continue;
    if (existsOn(next, date) || depth >= 4) out.push(next);
    else out.push(...successorsOn(index, next, date, depth + 1));
  }
  return [...new Set(out)];
}

/**
 * The date a plan's agencies are judged on: its issue date as far as it is filled in, else the
 * first day of its year (an unissued 2027 plan speaks for 2027).
 */
export function planDate(plan: {
  year: number;
  header: { issueDate: { day: number | null; month: number | null; year: number | null } };
}): string {
  const d = plan.header.issueDate;
  const year = d.year ?? plan.year;
  const month = d.year !== null && d.month !== null ? d.month : 1;
  const day = d.year !== null && d.month !== null && d.day !== null ? d.day : 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
