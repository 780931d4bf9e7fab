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
import { letterCounts } from './letterCounts.ts';
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

/**
 * The parse of a text: its citations (read before) and the non-citation facts — internal references,
 * definitions and abbreviations, "Kế hoạch này", year ranges, programme periods and placeholders.
 * Spans are mapped back to the original text.
 */
export function parseReferences(
  prep: PreparedText,
  original: string,
  citations: ParsedCitation[],
): TextParse {
  const t = prep.text;
  const span = (s: number, e: number): Span => ({ start: prep.toOriginal(s), end: prep.toOriginal(e) });
  const slice = (s: Span): string => original.slice(s.start, s.end);

  const refs: ParsedRef[] = [];
  const classify = (end: number): { external: boolean; explicitInternal: boolean } => {
    const after = t.slice(end, end + 70);
    const explicitInternal = INTERNAL_AFTER.test(after);
    return { external: !explicitInternal && EXTERNAL_AFTER.test(after), explicitInternal };
  };
  for (const m of matches(SECTION_REF, t)) {
    const s = span(m.index, m.index + m[0].length);
    refs.push({
      ...s,
      text: slice(s),
      point: m[1] ?? null,
      item: m[2] ?? null,
      section: m[3] ?? null,
      ...classify(m.index + m[0].length),
      task: false,
    });
  }
  const inSectionRef = containment(refs);
  for (const m of matches(ITEM_REF, t)) {
    const s = span(m.index, m.index + m[0].length);
    if (inSectionRef(s)) continue;
    const after = classify(m.index + m[0].length);
    // "khoản 2 Điều 5" is an article of some law; so is anything right after "Điều N".
    const before = t.slice(Math.max(0, m.index - 16), m.index);
    const external = after.external || /[Đđ]iều\s{1,2}\d{1,3}\s{0,2},?\s{0,2}$/u.test(before);
    refs.push({
      ...s,
      text: slice(s),
      point: m[1] ?? null,
      item: m[2] ?? null,
      section: null,
      ...after,
      external,
      task: false,
    });
  }
  for (const m of matches(TASK_REF, t)) {
    const s = span(m.index, m.index + m[0].length);
    if (inSectionRef(s)) continue;
    const after = classify(m.index + m[0].length);
    // "nhiệm vụ 3 của Kế hoạch số 12/KH-UBND" is another plan's task.
    refs.push({ ...s, text: slice(s), point: null, item: m[1] ?? null, section: null, ...after, task: true });
  }
  refs.sort((a, b) => a.start - b.start);

  const definitions: ParsedDefinition[] = [];
  for (const m of matches(SHORT_NAME_DEF, t)) {
    const term = squash(m[1] ?? '');
    if (term === '') continue;
    const kind = /^[A-ZĐ][A-ZĐ0-9&-]+$/u.test(term) ? 'abbreviation' : 'shortName';
    definitions.push({ ...span(m.index, m.index + m[0].length), term, kind, expansion: null });
  }
  for (const m of matchList(ABBREVIATION_DEF, t)) {
    const term = m[1] ?? '';
    if ((term.match(/[A-ZĐ]/g) ?? []).length < 2 || ROMAN_ONLY.test(term)) continue;
    const expansion = expansionBefore(t.slice(Math.max(0, m.index - 200), m.index), term);
    definitions.push({ ...span(m.index, m.index + m[0].length), term, kind: 'abbreviation', expansion });
  }
  definitions.sort((a, b) => a.start - b.start);

  // Abbreviations in running text; a symbol ("QĐ-TTg") and the definition itself are not uses.
  const inSymbol = containment(citations.flatMap((c) => (c.numberSymbolSpan ? [c.numberSymbolSpan] : [])));
  const inDefinition = containment(definitions.filter((d) => d.kind === 'abbreviation'));
  const abbreviations: AbbreviationUse[] = [];
  for (const m of matchList(ABBREVIATION_USE, t)) {
    const term = m[1] ?? '';
    if (ROMAN_ONLY.test(term)) continue;
    const s = span(m.index, m.index + term.length);
    // Both tests must see every query (their pointers only move forward).
    const symbol = inSymbol(s);
    const definition = inDefinition(s);
    if (symbol || definition) continue;
    abbreviations.push({ ...s, term });
  }

  const selfRefs: Span[] = [];
  for (const m of matches(SELF_REF, t)) selfRefs.push(span(m.index, m.index + m[0].length));

  const yearRanges: YearRange[] = [];
  for (const m of matchList(YEAR_RANGE, t)) {
    const from = Number(m[1]);
    const to = Number(m[4]);
    if (to <= from || to - from > 30) continue;
    // "ngày 20/6/2017 - 2018" is no range; neither is a date's year: require no "/" right before.
    if (m.index > 0 && /[/.]/.test(t[m.index - 1] ?? '')) continue;
    const s = span(m.index, m.index + m[0].length);
    yearRanges.push({ ...s, text: slice(s), from, to, spaced: (m[2] ?? '') !== '' || (m[3] ?? '') !== '' });
  }

  const periods: Period[] = [];
  const clauseBefore = (i: number): string => {
    const w = t.slice(Math.max(0, i - 160), i);
    const cut = Math.max(w.lastIndexOf(';'), w.lastIndexOf('. '), w.lastIndexOf(':'));
    return cut >= 0 ? w.slice(cut + 1) : w;
  };
  const clauseAfter = (i: number): string => {
    const w = t.slice(i, i + 120);
    const cut = w.search(/[;:]|\.\s/);
    return cut >= 0 ? w.slice(0, cut) : w;
  };
  const pushPeriod = (m: RegExpMatchArray, endYear: number): void => {
    const index = m.index ?? 0;
    const s = span(index, index + m[0].length);
    const before = clauseBefore(index);
    const after = clauseAfter(index + m[0].length);
    const until = /đến\s{1,2}năm\s{1,2}((?:19|20)\d{2})/iu.exec(after);
    periods.push({
      ...s,
      text: slice(s),
      endYear,
      extendedTo: until ? Number(until[1]) : null,
      reviewing: REVIEWING.test(before),
      programme: PROGRAMME_WORD.test(before),
    });
  };
  for (const m of matches(PERIOD_RANGE, t)) pushPeriod(m, Number(m[2]));
  // The "đến năm" of a period already read extends it; it is no period of its own.
  const extenders = periods
    .filter((p) => p.extendedTo !== null)
    .map((p) => ({ start: p.start, end: p.end + 120 }));
  const extendsPeriod = containment(extenders);
  for (const m of matches(PERIOD_UNTIL, t)) {
    const s = span(m.index, m.index + m[0].length);
    if (extendsPeriod(s)) continue;
    pushPeriod(m, Number(m[1]));
  }
  periods.sort((a, b) => a.start - b.start);

  const placeholders: Placeholder[] = [];
  if (PLACEHOLDER_HINT.test(t)) {
    for (const m of matchList(PLACEHOLDER, t)) {
      const s = span(m.index, m.index + m[0].length);
      placeholders.push({ ...s, text: slice(s) });
    }
  }

  const { letters, upper } = letterCounts(t);
  return {
    citations,
    refs,
    definitions,
    abbreviations,
    selfRefs,
    yearRanges,
    periods,
    placeholders,
    mostlyUpper: letters >= 4 && upper / letters > 0.6,
  };
}
