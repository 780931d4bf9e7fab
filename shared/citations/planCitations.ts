import { fieldArea } from '../model/fields/fieldAddress.ts';
import type { Plan } from '../model/plan.ts';
import { planTexts, type TextLocation } from '../model/walk.ts';
import { numberSymbolKey } from '../registry/numberSymbol.ts';
import { expandLawName } from './lawNames.ts';
import { ParseCache } from './parseCache.ts';
import type { PlaceCache, PlacedText } from './placeCache.ts';
import { fold } from './textPrep.ts';
import type { ParsedCitation, TextParse } from './types.ts';

/** Where a finding or a citation stands: a text of the plan and a character range in it. */
export interface RangeLocation extends TextLocation {
  start: number;
  end: number;
}

export interface PlanCitation extends ParsedCitation {
  location: RangeLocation;
  /** "full" carries a date, an issuer or a summary (a law: its year or number); "short" does not. */
  mention: 'full' | 'short';
  /** Same key, same document identifier (numbers compared without case, accents, leading zeros). */
  key: string | null;
  /** Position of the text in document order. */
  textIndex: number;
  /** A law's name with the abbreviations the plan defines written out ("Luật PBGDPL" → "Luật Phổ biến, …"). */
  expandedName: string | null;
}

export interface ScannedText {
  location: TextLocation;
  text: string;
  parse: TextParse;
}

export interface PlanScan {
  texts: ScannedText[];
  citations: PlanCitation[];
}

/** The header holds no citations: its number is the plan's own, not a citation. */

export function citationKey(c: ParsedCitation, expandedName: string | null = c.name): string | null {
  if (c.numberSymbol !== null) return numberSymbolKey(c.numberSymbol);
  if (expandedName !== null) return `name:${fold(expandedName)}`;
  return null;
}

function mentionOf(c: ParsedCitation): 'full' | 'short' {
  if (c.name !== null && c.numberSymbol === null)
    return c.nameYear !== null || c.date !== null ? 'full' : 'short';
  return c.dateParts !== null || c.issuer !== null || c.summary !== null ? 'full' : 'short';
}

/** Every text of the plan with its parse (from the cache when the text has not changed), and every citation. */
export function scanPlan(plan: Plan, cache: ParseCache = new ParseCache()): PlanScan {
  return scanPlanPlaces(plan, cache, null).scan;
}

/** A scan with what the incremental checker keeps per text. */
export interface PlacedScan {
  scan: PlanScan;
  /** For each text of the scan, what the place cache keeps for it (empty without a place cache). */
  placed: PlacedText[];
  /** The abbreviations the plan defines, written out (what `textCitations` expands names with). */
  expansions: ReadonlyMap<string, string>;
}

/**
 * `scanPlan`, and with a place cache the citations of a text are rebuilt only when its text, its
 * place, its position or the plan's abbreviations changed (which drops every kept value).
 */
export function scanPlanPlaces(plan: Plan, cache: ParseCache, placeCache: PlaceCache | null): PlacedScan {
  const walked = planTexts(plan);
  const texts: ScannedText[] = [];
  for (const { location, text } of walked) texts.push({ location, text, parse: cache.get(text) });
  // Abbreviations the plan defines, so "Luật PBGDPL" is the same law as "Luật Phổ biến, giáo dục pháp luật".
  const expansions = new Map<string, string>();
  for (const t of texts) {
    for (const d of t.parse.definitions)
      if (d.expansion !== null && !expansions.has(d.term)) expansions.set(d.term, d.expansion);
  }
  placeCache?.environment('expansions', JSON.stringify([...expansions]));
  const placed = placeCache === null ? [] : texts.map((t) => placeCache.at(t.location, t.text));
  const citations: PlanCitation[] = [];
  for (let textIndex = 0; textIndex < texts.length; textIndex += 1) {
    const { location, parse } = texts[textIndex]!;
    // Most texts cite nothing: asked first, before the field's area.
    if (parse.citations.length === 0 || fieldArea(location.address) === 'header') continue;
    const build = (): PlanCitation[] => textCitations(location, parse, textIndex, expansions);
    const place = placed[textIndex];
    const here = place === undefined ? build() : place.get('citations', String(textIndex), build);
    for (const c of here) citations.push(c);
  }
  return { scan: { texts, citations }, placed, expansions };
}

/** The citations of one text at `textIndex` of the scan, its names expanded by `expansions`. */
export function textCitations(
  location: TextLocation,
  parse: TextParse,
  textIndex: number,
  expansions: ReadonlyMap<string, string>,
): PlanCitation[] {
  return parse.citations.map((c) => {
    const expandedName = c.name === null ? null : expandLawName(c.name, expansions);
    return {
      ...c,
      location: { ...location, start: c.start, end: c.end },
      mention: mentionOf(c),
      key: citationKey(c, expandedName),
      textIndex,
      expandedName,
    };
  });
}

/** The shape `plandraft citations --json` prints, one object per mention. */
export interface CitationJson {
  text: string;
  type: string | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  numberSymbol: string | null;
  date: string | null;
  issuer: string | null;
  summary: string | null;
  name: string | null;
  mention: 'full' | 'short';
  location: RangeLocation;
}

export function citationJson(c: PlanCitation): CitationJson {
  return {
    text: c.text.replace(/\s+/g, ' ').trim(),
    type: c.type,
    number: c.number,
    year: c.year,
    symbol: c.symbol,
    numberSymbol: c.numberSymbol,
    date: c.date,
    issuer: c.issuer,
    summary: c.summary,
    name: c.name,
    mention: c.mention,
    location: c.location,
  };
}
