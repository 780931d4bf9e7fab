// The shape of a written Vietnamese syllable: an optional initial consonant, a vowel nucleus of one
// to three vowels, an optional final consonant. Used to keep only Vietnamese words when the
// dictionary is built, and to tell Vietnamese letters from others.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEUS = '[aăâeêioôơuưy]{1,3}';
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`, 'u');

/** The letters of Vietnamese without their tone mark: "ệ" → "ê", "Ở" → "Ơ". */
export function withoutTone(text: string): string {
  return text.normalize('NFD').replace(TONES, '').normalize('NFC');
}

/** A lower-case word spelled as one Vietnamese syllable ("người", "định", "gì"); at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const tones = word.normalize('NFD').match(TONES)?.length ?? 0;
  return tones <= 1 && (SYLLABLE.test(withoutTone(word)) || word === 'gì' || word === 'gi');
}

const BASE_LETTERS = 'abcdđeghiklmnopqrstuvxyăâêôơư';
const VOWELS = 'aăâeêioôơuưy';

/** Every letter of the Vietnamese alphabet with every tone, lower and upper case, NFC. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const ch of BASE_LETTERS) out.add(ch);
  for (const v of VOWELS)
    for (const tone of ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
      out.add(`${v}${tone}`.normalize('NFC'));
  for (const ch of [...out]) out.add(ch.toLocaleUpperCase('vi'));
  return [...out];
})();
