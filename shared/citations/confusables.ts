/**
 * Letters of other scripts that look like Latin ones (Cyrillic "а", "о", "р", Greek "ο", "Α" …).
 * Pasted from a foreign keyboard layout or a bad OCR, they make "QĐ-UBND" with a Cyrillic "В" a
 * different string: the grammar reads each as its Latin twin (one character for one, so offsets
 * hold) and the checks report where it stands.
 */
const PAIRS: ReadonlyArray<readonly [string, string, 'Cyrillic' | 'Greek']> = [
  // Cyrillic
  ['а', 'a', 'Cyrillic'],
  ['е', 'e', 'Cyrillic'],
  ['о', 'o', 'Cyrillic'],
  ['р', 'p', 'Cyrillic'],
  ['с', 'c', 'Cyrillic'],
  ['х', 'x', 'Cyrillic'],
  ['у', 'y', 'Cyrillic'],
  ['і', 'i', 'Cyrillic'],
  ['ј', 'j', 'Cyrillic'],
  ['ѕ', 's', 'Cyrillic'],
  ['А', 'A', 'Cyrillic'],
  ['В', 'B', 'Cyrillic'],
  ['Е', 'E', 'Cyrillic'],
  ['К', 'K', 'Cyrillic'],
  ['М', 'M', 'Cyrillic'],
  ['Н', 'H', 'Cyrillic'],
  ['О', 'O', 'Cyrillic'],
  ['Р', 'P', 'Cyrillic'],
  ['С', 'C', 'Cyrillic'],
  ['Т', 'T', 'Cyrillic'],
  ['Х', 'X', 'Cyrillic'],
  ['І', 'I', 'Cyrillic'],
  ['Ј', 'J', 'Cyrillic'],
  ['Ѕ', 'S', 'Cyrillic'],
  // Greek
  ['ο', 'o', 'Greek'],
  ['ν', 'v', 'Greek'],
  ['Α', 'A', 'Greek'],
  ['Β', 'B', 'Greek'],
  ['Ε', 'E', 'Greek'],
  ['Ζ', 'Z', 'Greek'],
  ['Η', 'H', 'Greek'],
  ['Ι', 'I', 'Greek'],
  ['Κ', 'K', 'Greek'],
  ['Μ', 'M', 'Greek'],
  ['Ν', 'N', 'Greek'],
  ['Ο', 'O', 'Greek'],
  ['Ρ', 'P', 'Greek'],
  ['Τ', 'T', 'Greek'],
  ['Υ', 'Y', 'Greek'],
  ['Χ', 'X', 'Greek'],
];

const LATIN = new Map(PAIRS.map(([foreign, latin]) => [foreign, latin]));
const SCRIPT = new Map(PAIRS.map(([foreign, , script]) => [foreign, script]));
const ANY = new RegExp(`[${PAIRS.map(([f]) => f).join('')}]`, 'gu');
// Every look-alike lies in U+0370–U+04FF (Greek and Cyrillic): a text with no unit there has none,
// and most texts are found so by one native search, with no replacement or clone of ANY (issue 13:
// the two searches ran over every text at every check). confusables.test.ts checks it.
const GREEK_OR_CYRILLIC = /[\u0370-\u04ff]/;

/** Whether `text` may hold a look-alike letter: false only when none of its units is Greek or Cyrillic. */
export function mayHoldForeign(text: string): boolean {
  return GREEK_OR_CYRILLIC.test(text);
}

/** The text with every look-alike letter replaced by its Latin twin (same length). */
export function latinise(text: string): string {
  return mayHoldForeign(text) ? text.replace(ANY, (ch) => LATIN.get(ch) ?? ch) : text;
}

export interface ForeignLetter {
  /** Offset in the text given. */
  index: number;
  char: string;
  latin: string;
  script: 'Cyrillic' | 'Greek';
}

/** Every look-alike letter of another script in `text`, in order. */
export function foreignLetters(text: string): ForeignLetter[] {
  const out: ForeignLetter[] = [];
  if (!mayHoldForeign(text)) return out;
  for (const m of text.matchAll(ANY)) {
    const char = m[0];
    out.push({
      index: m.index,
      char,
      latin: LATIN.get(char) ?? char,
      script: SCRIPT.get(char) ?? 'Cyrillic',
    });
  }
  return out;
}
