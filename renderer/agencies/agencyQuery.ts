import type { AgencyIndex, AgencySuggestion } from '../../shared/agencies/agencyIndex.ts';

/** What the combobox completes: a piece of the field's text, and what it is replaced with. */
export interface AgencyCompletion {
  /** Offsets in the field's text of the words being completed. */
  start: number;
  end: number;
  suggestions: AgencySuggestion[];
}

/** Segments of a field that names several agencies: "Sở Tư pháp; Công an tỉnh, Bộ CHQS tỉnh". */
const SEPARATOR = /[;,]\s*/g;

/**
 * The suggestions for the text before the caret: the last segment (after ";" or ","), or its
 * shortest trailing run of words that the directory completes — so "PHÓ GIÁM ĐỐC SỞ TƯ" in a
 * signature line completes "SỞ TƯ".
 */
export function completeAt(
  text: string,
  caret: number,
  index: AgencyIndex,
  date: string | null,
  limit = 8,
): AgencyCompletion | null {
  const before = text.slice(0, caret);
  let segStart = 0;
  for (const m of before.matchAll(SEPARATOR)) segStart = (m.index ?? 0) + m[0].length;
  const segment = before.slice(segStart);
  if (segment.trim().length < 2) return null;
  // Word starts inside the segment, from the first: the longest query that finds something wins.
  const starts: number[] = [];
  const re = /(?:^|\s)(\S)/g;
  for (const m of segment.matchAll(re)) starts.push((m.index ?? 0) + m[0].length - 1);
  const first = starts[0];
  for (const s of starts.slice(-8)) {
    const query = segment.slice(s);
    if (query.trim().length < 2) break;
    // Inside a segment only a capital starts a name ("… đốc SỞ TƯ"); "có liên quan" names none.
    if (s !== first && !/^\p{Lu}/u.test(query)) continue;
    const suggestions = index.suggest(query, date, limit);
    if (suggestions.length > 0) return { start: segStart + s, end: caret, suggestions };
  }
  return null;
}

/** The field's text with the completion applied (upper case kept for upper-case lines). */
export function applyCompletion(
  text: string,
  c: AgencyCompletion,
  chosen: string,
): { text: string; caret: number } {
  const typed = text.slice(c.start, c.end);
  const upper = typed === typed.toUpperCase() && typed !== typed.toLowerCase() && typed.length > 2;
  const name = upper ? chosen.toUpperCase() : chosen;
  return { text: text.slice(0, c.start) + name + text.slice(c.end), caret: c.start + name.length };
}

/** The agency names of a field, for learning: its segments without the end punctuation. */
export function fieldNames(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((s) =>
      s
        .replace(/^[\s\-–+•]+/, '')
        .replace(/[\s.]+$/, '')
        .trim(),
    )
    .filter((s) => s.length >= 3 && /^\p{Lu}/u.test(s));
}
