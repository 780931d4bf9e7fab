import {
  ABBREVIATION_DEF,
  ABBREVIATION_USE,
  EXTERNAL_AFTER,
  INTERNAL_AFTER,
  ITEM_REF,
  PERIOD_RANGE,
  PERIOD_UNTIL,
  PLACEHOLDER,
  PLACEHOLDER_HINT,
  mayMatch,
  PROGRAMME_WORD,
  REVIEWING,
  SECTION_REF,
  SELF_REF,
  SHORT_NAME_DEF,
  TASK_REF,
  YEAR_RANGE,
} from './patterns.ts';
import { expansionBefore } from './lawNames.ts';
import { mostlyUpper } from './mostlyUpper.ts';
import { matchList } from './matchList.ts';
import { squash, type PreparedText } from './textPrep.ts';
import type {
  AbbreviationUse,
  ParsedCitation,
  ParsedDefinition,
  ParsedRef,
  Period,
  Placeholder,
  Span,
  TextParse,
  YearRange,
} from './types.ts';

const ROMAN_ONLY = /^[IVXLCDM]+$/;

/** The matches of a global pattern in `t`, none without searching when its hint is absent. */
function matches(pattern: RegExp, t: string): RegExpExecArray[] {
  return mayMatch(pattern, t) ? matchList(pattern, t) : [];
}

/**
 * Containment test for queries that arrive in increasing order of start, over spans sorted by start:
 * a moving pointer keeps the whole scan linear (no span list is searched from the beginning).
 */
function containment(spans: Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  let reach = -1; // furthest end among spans that start at or before the query
  return (s) => {
    while (i < sorted.length && (sorted[i]?.start ?? Infinity) <= s.start) {
      reach = Math.max(reach, sorted[i]?.end ?? -1);
      i += 1;
    }
    return reach >= s.end;
  };
}

/** Offsets `s`–`e` of the prepared text as a span of the original. */
function spanOf(prep: PreparedText, s: number, e: number): Span {
  return prep.sameOffsets ? { start: s, end: e } : { start: prep.toOriginal(s), end: prep.toOriginal(e) };
}

/** Whether what follows a reference names this plan ("… Kế hoạch này") or another document. */
function classify(t: string, end: number): { external: boolean; explicitInternal: boolean } {
  const after = t.slice(end, end + 70);
  const explicitInternal = INTERNAL_AFTER.test(after);
  return { external: !explicitInternal && EXTERNAL_AFTER.test(after), explicitInternal };
}

/** "Mục II", "khoản 2", "nhiệm vụ 2.1": the plan's internal references, in order. */
function readRefs(prep: PreparedText, original: string): ParsedRef[] {
  const t = prep.text;
  const refs: ParsedRef[] = [];
  for (const m of matches(SECTION_REF, t)) {
    const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
    const { external, explicitInternal } = classify(t, m.index + m[0].length);
    refs.push({
      start,
      end,
      text: original.slice(start, end),
      point: m[1] ?? null,
      item: m[2] ?? null,
      section: m[3] ?? null,
      external,
      explicitInternal,
      task: false,
    });
  }
  const items = matches(ITEM_REF, t);
  const tasks = matches(TASK_REF, t);
  if (items.length === 0 && tasks.length === 0) return refs;
  const inSectionRef = containment(refs);
  for (const m of items) {
    const s = spanOf(prep, m.index, m.index + m[0].length);
    if (inSectionRef(s)) continue;
    const after = classify(t, m.index + m[0].length);
    // "khoản 2 Điều 5" is an article of some law; so is anything right after "Điều N".
    const before = t.slice(Math.max(0, m.index - 16), m.index);
    const external = after.external || /[Đđ]iều\s{1,2}\d{1,3}\s{0,2},?\s{0,2}$/u.test(before);
    refs.push({
      start: s.start,
      end: s.end,
      text: original.slice(s.start, s.end),
      point: m[1] ?? null,
      item: m[2] ?? null,
      section: null,
      external,
      explicitInternal: after.explicitInternal,
      task: false,
    });
  }
  for (const m of tasks) {
    const s = spanOf(prep, m.index, m.index + m[0].length);
    if (inSectionRef(s)) continue;
    const after = classify(t, m.index + m[0].length);
    // "nhiệm vụ 3 của Kế hoạch số 12/KH-UBND" is another plan's task.
    refs.push({
      start: s.start,
      end: s.end,
      text: original.slice(s.start, s.end),
      point: null,
      item: m[1] ?? null,
      section: null,
      external: after.external,
      explicitInternal: after.explicitInternal,
      task: true,
    });
  }
  refs.sort((a, b) => a.start - b.start);
  return refs;
}

/** "(sau đây gọi tắt là …)", "(PBGDPL)": short names and abbreviations the text defines, in order. */
function readDefinitions(prep: PreparedText): ParsedDefinition[] {
  const t = prep.text;
  const definitions: ParsedDefinition[] = [];
  for (const m of matches(SHORT_NAME_DEF, t)) {
    const term = squash(m[1] ?? '');
    if (term === '') continue;
    const kind = /^[A-ZĐ][A-ZĐ0-9&-]+$/u.test(term) ? 'abbreviation' : 'shortName';
    const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
    definitions.push({ start, end, term, kind, expansion: null });
  }
  for (const m of matchList(ABBREVIATION_DEF, t)) {
    const term = m[1] ?? '';
    if ((term.match(/[A-ZĐ]/g) ?? []).length < 2 || ROMAN_ONLY.test(term)) continue;
    const expansion = expansionBefore(t.slice(Math.max(0, m.index - 200), m.index), term);
    const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
    definitions.push({ start, end, term, kind: 'abbreviation', expansion });
  }
  definitions.sort((a, b) => a.start - b.start);
  return definitions;
}

/** Abbreviations in running text; a symbol ("QĐ-TTg") and the definition itself are not uses. */
function readAbbreviations(
  prep: PreparedText,
  citations: ParsedCitation[],
  definitions: ParsedDefinition[],
): AbbreviationUse[] {
  const abbreviations: AbbreviationUse[] = [];
  const found = matchList(ABBREVIATION_USE, prep.text);
  if (found.length === 0) return abbreviations;
  const symbols: Span[] = [];
  for (const c of citations) if (c.numberSymbolSpan) symbols.push(c.numberSymbolSpan);
  const inSymbol = containment(symbols);
  const inDefinition = containment(definitions.filter((d) => d.kind === 'abbreviation'));
  for (const m of found) {
    const term = m[1] ?? '';
    if (ROMAN_ONLY.test(term)) continue;
    const s = spanOf(prep, m.index, m.index + term.length);
    // Both tests must see every query (their pointers only move forward).
    const symbol = inSymbol(s);
    const definition = inDefinition(s);
    if (symbol || definition) continue;
    abbreviations.push({ start: s.start, end: s.end, term });
  }
  return abbreviations;
}

/** "2021 - 2025" standing alone (not a date's year). */
function readYearRanges(prep: PreparedText, original: string): YearRange[] {
  const t = prep.text;
  const yearRanges: YearRange[] = [];
  for (const m of matchList(YEAR_RANGE, t)) {
    const from = Number(m[1]);
    const to = Number(m[4]);
    if (to <= from || to - from > 30) continue;
    // "ngày 20/6/2017 - 2018" is no range; neither is a date's year: require no "/" right before.
    if (m.index > 0 && /[/.]/.test(t[m.index - 1] ?? '')) continue;
    const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
    const spaced = (m[2] ?? '') !== '' || (m[3] ?? '') !== '';
    yearRanges.push({ start, end, text: original.slice(start, end), from, to, spaced });
  }
  return yearRanges;
}

/** The clause a period stands in, before it and after it. */
function clauseBefore(t: string, i: number): string {
  const w = t.slice(Math.max(0, i - 160), i);
  const cut = Math.max(w.lastIndexOf(';'), w.lastIndexOf('. '), w.lastIndexOf(':'));
  return cut >= 0 ? w.slice(cut + 1) : w;
}
function clauseAfter(t: string, i: number): string {
  const w = t.slice(i, i + 120);
  const cut = w.search(/[;:]|\.\s/);
  return cut >= 0 ? w.slice(0, cut) : w;
}

function period(prep: PreparedText, original: string, m: RegExpExecArray, endYear: number): Period {
  const t = prep.text;
  const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
  const before = clauseBefore(t, m.index);
  const after = clauseAfter(t, m.index + m[0].length);
  const until = /đến\s{1,2}năm\s{1,2}((?:19|20)\d{2})/iu.exec(after);
  return {
    start,
    end,
    text: original.slice(start, end),
    endYear,
    extendedTo: until ? Number(until[1]) : null,
    reviewing: REVIEWING.test(before),
    programme: PROGRAMME_WORD.test(before),
  };
}

/** Programme periods: "giai đoạn 2021 - 2025", "đến năm 2030". */
function readPeriods(prep: PreparedText, original: string): Period[] {
  const t = prep.text;
  const periods: Period[] = [];
  for (const m of matches(PERIOD_RANGE, t)) periods.push(period(prep, original, m, Number(m[2])));
  const until = matches(PERIOD_UNTIL, t);
  if (until.length === 0) return periods;
  // The "đến năm" of a period already read extends it; it is no period of its own.
  const extenders = periods
    .filter((p) => p.extendedTo !== null)
    .map((p) => ({ start: p.start, end: p.end + 120 }));
  const extendsPeriod = containment(extenders);
  for (const m of until) {
    const s = spanOf(prep, m.index, m.index + m[0].length);
    if (extendsPeriod(s)) continue;
    periods.push(period(prep, original, m, Number(m[1])));
  }
  periods.sort((a, b) => a.start - b.start);
  return periods;
}

/** Blanks left to fill in. */
function readPlaceholders(prep: PreparedText, original: string): Placeholder[] {
  const placeholders: Placeholder[] = [];
  if (!PLACEHOLDER_HINT.test(prep.text)) return placeholders;
  for (const m of matchList(PLACEHOLDER, prep.text)) {
    const { start, end } = spanOf(prep, m.index, m.index + m[0].length);
    placeholders.push({ start, end, text: original.slice(start, end) });
  }
  return placeholders;
}

/**
 * The parse of a text: its citations (read before) and the non-citation facts — internal references,
 * definitions and abbreviations, "Kế hoạch này", year ranges, programme periods and placeholders.
 * Spans are mapped back to the original text. Each part is a function of its own, with no closure
 * made per text (issue 13).
 */
export function parseReferences(
  prep: PreparedText,
  original: string,
  citations: ParsedCitation[],
): TextParse {
  const t = prep.text;
  const refs = readRefs(prep, original);
  const definitions = readDefinitions(prep);
  const abbreviations = readAbbreviations(prep, citations, definitions);
  const selfRefs: Span[] = [];
  for (const m of matches(SELF_REF, t)) selfRefs.push(spanOf(prep, m.index, m.index + m[0].length));
  const yearRanges = readYearRanges(prep, original);
  const periods = readPeriods(prep, original);
  const placeholders = readPlaceholders(prep, original);
  return {
    citations,
    refs,
    definitions,
    abbreviations,
    selfRefs,
    yearRanges,
    periods,
    placeholders,
    mostlyUpper: mostlyUpper(t),
  };
}
