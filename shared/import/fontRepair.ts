import { VIETNAMESE_LETTERS } from './syllableShape.ts';
import { VIETNAMESE_SYLLABLES } from './vietnameseSyllables.ts';

// Broken font encodings in PDF text layers (issue 10, point 4). Some PDF producers write a font's
// glyph numbers instead of its characters: every ASCII letter comes out shifted by a constant
// ("6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG", 29 = the glyph number of "S" below its code) and the
// Vietnamese letters come out as unrelated characters. The test is a dictionary test: the share of
// decoded words that are Vietnamese syllables. The repair tries every constant shift, then learns
// what each remaining foreign character stands for from the words it makes readable.

export interface Readability {
  /** Words with letters (numbers and document codes such as "116/2021/NĐ-CP" do not count). */
  words: number;
  /** Of those, the ones that are Vietnamese syllables or upper-case codes ("UBND", "KH-UBND"). */
  readable: number;
  /** readable / words; 1 when there are no words. */
  share: number;
}

/** A document code or abbreviation: upper-case Latin letters (Đ too), digits and separators. */
const CODE = /^[A-ZĐ0-9&./-]+$/u;
const EDGE_PUNCTUATION = /^[\s.,;:!?()[\]{}"'“”‘’«»…–—-]+|[\s.,;:!?()[\]{}"'“”‘’«»…–—-]+$/gu;

function wordTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .map((t) => t.replace(EDGE_PUNCTUATION, ''))
    .filter((t) => t !== '' && !/^[\d.,/:-]+$/u.test(t));
}

function isReadable(token: string, codes = true): boolean {
  if (codes && CODE.test(token) && /\d|[A-ZĐ]{2}/u.test(token)) return true;
  const parts = token.toLocaleLowerCase('vi').split(/[-/]/u);
  return parts.every((p) => p !== '' && VIETNAMESE_SYLLABLES.has(p));
}

/**
 * The dictionary test: how many of the words of `text` read as Vietnamese. With `codes` false, an
 * upper-case code counts as unreadable: a repair must give words, not turn garbage into capitals.
 */
export function readability(text: string, codes = true): Readability {
  const tokens = wordTokens(text);
  const readable = tokens.filter((t) => isReadable(t, codes)).length;
  return { words: tokens.length, readable, share: tokens.length === 0 ? 1 : readable / tokens.length };
}

/** Below this share of readable words a text is not taken as Vietnamese (normal text: over 90 %). */
export const READABLE_SHARE = 0.75;
/** Shifts tried: the glyph-number artefacts seen put the letters 29–31 codes away. */
const MAX_SHIFT = 64;
/** Text the repair learns from. */
const SAMPLE_CHARS = 40_000;
const LETTERS = new Set(VIETNAMESE_LETTERS);

export interface FontRepair {
  /** The constant added to the code of every ASCII-range character (0 when there is none). */
  shift: number;
  /** The characters learned from the dictionary, original → Vietnamese letter. */
  learned: Record<string, string>;
  before: Readability;
  after: Readability;
}

type CharMap = Map<string, string>;

function applyMap(text: string, map: CharMap): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out.normalize('NFC');
}

/** Shift every printable character whose shifted code is printable ASCII. */
function shiftMap(text: string, shift: number): CharMap {
  const map: CharMap = new Map();
  if (shift === 0) return map;
  for (const ch of new Set(text)) {
    if (/\s/u.test(ch)) continue;
    const code = (ch.codePointAt(0) ?? 0) + shift;
    if (code > 0x20 && code < 0x7f) map.set(ch, String.fromCodePoint(code));
  }
  return map;
}

/** A character no Vietnamese word is written with, standing inside or beside letters. */
function foreignChars(text: string, map: CharMap): Set<string> {
  const out = new Set<string>();
  for (const token of wordTokens(text)) {
    const chars = [...token];
    if (!chars.some((c) => LETTERS.has(map.get(c) ?? c))) continue;
    for (const c of chars) {
      const mapped = map.get(c) ?? c;
      if (!LETTERS.has(mapped) && !/[\d\s.,;:!?()"/&-]/u.test(mapped)) out.add(c);
    }
  }
  return out;
}

/** A syllable with its non-ASCII letters as "?": "nhân" → "nh?n", the shape a shift must produce. */
const SHAPES = new Set([...VIETNAMESE_SYLLABLES].map((w) => w.replace(/[^a-z]/gu, '?')));

/**
 * The share of unreadable words that a map turns into the shape of a Vietnamese syllable, its
 * foreign characters standing for any letter: a shift that is right reads "NHѡN" as "nh?n".
 */
function shapeScore(text: string, map: CharMap): number {
  const tokens = wordTokens(text).filter((t) => !isReadable(t));
  if (tokens.length === 0) return 0;
  const fit = tokens.filter((t) => {
    const shape = applyMap(t, map)
      .toLocaleLowerCase('vi')
      .replace(/[^a-z]/gu, '?');
    return /[a-z]/u.test(shape) && SHAPES.has(shape);
  });
  return fit.length / tokens.length;
}

const isWord = (token: string): boolean => {
  const parts = token.toLocaleLowerCase('vi').split(/[-/]/u);
  return parts.every((p) => p !== '' && VIETNAMESE_SYLLABLES.has(p));
};

/**
 * Apply a character map word by word: a word that reads already stays ("CÔNG" beside "6Ӣ", in a
 * font that is not broken), unless the map makes a Vietnamese word of what only looked like a code
 * ("YL" → "vi").
 */
function applyRepair(text: string, map: CharMap): string {
  return text.replace(/\S+/gu, (token) => {
    const bare = token.replace(EDGE_PUNCTUATION, '');
    if (bare === '' || !isReadable(bare)) return applyMap(token, map);
    return isWord(applyMap(bare, map)) && !isWord(bare) ? applyMap(token, map) : token;
  });
}

const LOWER_LETTERS = VIETNAMESE_LETTERS.filter((c) => c === c.toLocaleLowerCase('vi'));

/**
 * Learn the Vietnamese letter each foreign character stands for: the letter that makes the most of
 * its words readable (at least two, and half as many again as any other letter). A few rounds,
 * since a word with two foreign characters reads only once the first is known.
 */
function learn(text: string, map: CharMap): Record<string, string> {
  const learned: Record<string, string> = {};
  const tokens = [...new Set(wordTokens(text).filter((t) => !isReadable(t)))];
  for (let round = 0; round < 8; round++) {
    const found: Array<[string, string]> = [];
    // A letter the text already writes (or the shift already gives) has its own code: not a candidate.
    const written = new Set([...applyMap(text, map)].map((c) => c.toLocaleLowerCase('vi')));
    const candidates = LOWER_LETTERS.filter((c) => !written.has(c));
    for (const ch of foreignChars(tokens.join(' '), map)) {
      const words = tokens.filter((t) => t.includes(ch));
      const counts: Array<[string, number]> = [];
      for (const letter of candidates) {
        const trial = new Map(map).set(ch, letter);
        const hits = words.filter((w) => isReadable(applyMap(w, trial))).length;
        if (hits > 0) counts.push([letter, hits]);
      }
      counts.sort((a, b) => b[1] - a[1]);
      const [first, second] = counts;
      if (first === undefined || first[1] < 2 || (second !== undefined && second[1] * 1.5 > first[1]))
        continue;
      // Case follows the words the character stands in: upper case where they are capitals.
      const caps = words.filter((w) => {
        const letters = [...applyMap(w, map)].filter((c) => LETTERS.has(c));
        return letters.length > 0 && letters.every((c) => c === c.toLocaleUpperCase('vi'));
      }).length;
      found.push([ch, caps * 2 > words.length ? first[0].toLocaleUpperCase('vi') : first[0]]);
    }
    if (found.length === 0) found.push(...casePairs(tokens, map));
    if (found.length === 0) break;
    for (const [ch, letter] of found) {
      map.set(ch, letter);
      learned[ch] = letter;
    }
  }
  return learned;
}

/**
 * Capitals are rare (headers), too rare to be learned from the words alone. Fonts number a capital
 * and its small letter one after the other (Ở, ở), so a foreign character next to a learned small
 * letter is taken as its capital — when that makes one of its words readable.
 */
function casePairs(tokens: string[], map: CharMap): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const values = new Set(map.values());
  for (const ch of foreignChars(tokens.join(' '), map)) {
    const code = ch.codePointAt(0) ?? 0;
    for (const [other, toCase] of [
      [code + 1, (c: string) => c.toLocaleUpperCase('vi')],
      [code - 1, (c: string) => c.toLocaleLowerCase('vi')],
    ] as const) {
      const partner = map.get(String.fromCodePoint(other));
      if (partner === undefined || !LETTERS.has(partner) || toCase(partner) === partner) continue;
      const letter = toCase(partner);
      if (values.has(letter)) continue;
      const trial = new Map(map).set(ch, letter);
      if (tokens.some((t) => t.includes(ch) && isReadable(applyMap(t, trial)))) {
        found.push([ch, letter]);
        break;
      }
    }
  }
  return found;
}

/**
 * Repair the text of one font when its words do not read as Vietnamese: the constant shift that
 * makes the most words readable, then the foreign characters learned. Null when the text reads
 * already, or when no repair brings it to READABLE_SHARE (then the caller reports it).
 */
export function repairFontText(text: string): { apply: (s: string) => string; repair: FontRepair } | null {
  const before = readability(text);
  if (before.words === 0 || before.share >= READABLE_SHARE) return null;
  // The shift and the letters are found on the first pages' worth of text (a few thousand words
  // are plenty), so that a long broken PDF costs no more than a short one; the map applies to all.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const chars = [...new Set(text)].join('');
  // The best shift, if it fits clearly more words to the shape of syllables than no shift does.
  const unshifted = shapeScore(sample, new Map());
  let bestShift = 0;
  let bestScore = unshifted;
  for (let shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
    const score = shift === 0 ? unshifted : shapeScore(sample, shiftMap(chars, shift));
    if (score > bestScore) {
      bestShift = shift;
      bestScore = score;
    }
  }
  if (bestScore < unshifted + 0.1) bestShift = 0;
  const map = shiftMap(chars, bestShift);
  const learned = learn(sample, map);
  const repaired = applyRepair(text, map);
  if (readability(repaired, false).share < READABLE_SHARE) return null;
  const after = readability(repaired);
  return { apply: (s) => applyRepair(s, map), repair: { shift: bestShift, learned, before, after } };
}
