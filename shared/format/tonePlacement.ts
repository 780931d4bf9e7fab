// Vietnamese writes the tone of the open rhymes "oa", "oe", "uy" in two ways (issue 10): the old
// placement on the second vowel ("hoà", "khoẻ", "thuỷ", "Uỷ ban") and the new one, on the first
// ("hòa", "khỏe", "thủy", "Ủy ban"), which Decree 30's own texts use. Both are the same word; offices
// write either, often both in one document. Only an open rhyme differs: with a final letter the tone
// stays on the second vowel in both ("hoàn", "toán", "khuyến"), and after "q" the "u" is part of the
// consonant ("quý", "quỳ").

/** The tone marks, as combining characters once the text is decomposed (NFD). */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** "o" + "a"/"e", or "u" + "y", the tone on the second vowel, at the end of the syllable. */
const OLD_PLACEMENT = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** The text with every old tone placement written the new way ("CỘNG HOÀ" → "CỘNG HÒA"); NFC. */
export function newTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      OLD_PLACEMENT,
      (_m, rhyme: string, tone: string) => `${rhyme.slice(0, 1)}${tone}${rhyme.slice(1)}`,
    )
    .normalize('NFC');
}
