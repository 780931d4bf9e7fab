/**
 * Signs that a text shown in one UI language holds the other one (issue 9 point 10: one language
 * at a time). Used by the unit test over every message table and by the e2e walk of the screens.
 */

/** Letters English never writes: the Vietnamese vowels with their marks, and đ. */
const VIETNAMESE_LETTER =
  /[\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/**
 * Common English words no Vietnamese sentence of the UI uses. Product and format names a
 * Vietnamese UI does write (Word, PlanDraft, LibreOffice, CSV, Ctrl) are not listed.
 */
const ENGLISH_WORD =
  /\b(?:the|and|of|with|this|that|is|are|not|was|has|have|plan|plans|file|files|error|errors|warning|warnings|saved|save|export|exported|section|task|tasks|open|close|cancel|delete|deleted|undo|redo|version|history|check|checks|found|missing|should|please|library|template|registry|issued|draft|signer|recipients|source|new|edit|add|remove|back|loading|unknown|revision|autosave|import|imported|invalid|failed|internal|unexpected)\b/iu;

/**
 * What a sentence may quote of the other language: a placeholder, a quoted or glossed document word
 * ('the "Lưu" line', "Summary (trích yếu)") and a number/symbol ("705/QĐ-TTg", "KH-BCĐ") are the plan's own
 * words, printed as they are in either UI.
 */
const QUOTED =
  /\{\w+\}|"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»|\([^()]*\)|\S*\/\S*|(?<![\p{L}\d])[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+(?![\p{L}\d])/gu;

export const unquoted = (text: string): string => text.replace(QUOTED, ' ');

/** The Vietnamese in a text meant to be English (null when there is none). */
export function vietnameseIn(text: string): string | null {
  return VIETNAMESE_LETTER.exec(unquoted(text))?.[0] ?? null;
}

/** An English word in a text meant to be Vietnamese (null when there is none). */
export function englishIn(text: string): string | null {
  return ENGLISH_WORD.exec(unquoted(text))?.[0] ?? null;
}
