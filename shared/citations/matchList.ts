/**
 * The matches of the grammar's patterns, as `[...text.matchAll(pattern)]` and `pattern.exec(text)`
 * give them, only cheaper (issue 13):
 * - one RegExp per pattern is kept for the process instead of two new ones per call (matchAll clones
 *   its argument, and V8 hashes the pattern's source to find its compiled code);
 * - many patterns open with a lookbehind on a character class ("not after a letter or digit",
 *   `(?<![\p{L}\p{N}])`), which V8 runs at every position of the text before anything else. For
 *   those listed in LOOKBEHIND_BY_HAND (where it costs most), the kept RegExp is the pattern without
 *   it, and the condition is checked on the character before each match found: a match it rejects
 *   is searched again one character further, as the pattern itself would have gone on. The
 *   lookbehind is zero-width and captures nothing, so the matches, their places and their groups
 *   are the same.
 * The kept RegExps are private to this module, and each answer is complete before it returns, so no
 * caller can see or disturb their `lastIndex`. matchList.test.ts checks both functions against
 * matchAll and exec for every pattern of the grammar, on the real texts and on random strings.
 */

import { LOOKBEHIND_BY_HAND } from './patterns.ts';

interface Scanner {
  /** The pattern without its leading lookbehind, global. */
  body: RegExp;
  /** The character class of the leading negative lookbehind, or null when there is none. */
  notAfter: RegExp | null;
  /** Answers of `notAfter` for each UTF-16 unit outside surrogates: 0 unknown, 1 no, 2 yes. */
  unitClass: Uint8Array | null;
  unicode: boolean;
}

// "(?<![…])" or "(?<!\p{…})" opening a pattern: a class with no "]" inside and no group.
const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:\\.|[^\]\\])*\]|\\[pP]\{[A-Za-z_=]+\})\)/u;

const scanners = new WeakMap<RegExp, Scanner>();

function scannerOf(pattern: RegExp): Scanner {
  let s = scanners.get(pattern);
  if (s !== undefined) return s;
  const flags = pattern.global ? pattern.flags : `${pattern.flags}g`;
  const unicode = /[uv]/.test(flags);
  // Under /y every match must start where the last one ended: nothing is lifted out then.
  const lead =
    unicode && !pattern.sticky && LOOKBEHIND_BY_HAND.has(pattern)
      ? LEADING_LOOKBEHIND.exec(pattern.source)
      : null;
  // A lookbehind followed by a quantifier or an alternation at the top level could not be lifted out.
  const rest = lead ? pattern.source.slice(lead[0].length) : pattern.source;
  const liftable = lead !== null && !/^[*+?{]/u.test(rest) && !topLevelAlternation(rest);
  s = {
    body: new RegExp(liftable ? rest : pattern.source, flags),
    notAfter:
      liftable && lead?.[1] !== undefined
        ? new RegExp(lead[1], pattern.flags.includes('i') ? 'iu' : 'u')
        : null,
    unitClass: liftable ? new Uint8Array(0x10000) : null,
    unicode,
  };
  scanners.set(pattern, s);
  return s;
}

/** Whether `pattern`'s leading lookbehind is checked by hand (matchList.test.ts asserts it for the list). */
export function liftsLookbehind(pattern: RegExp): boolean {
  return scannerOf(pattern).notAfter !== null;
}

/** Whether a pattern source has a "|" outside every group and class (it would split the lookbehind off). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether the lookbehind lets a match start at `i`: the code point before `i` is not in its class. */
function allowedAt(s: Scanner, text: string, i: number): boolean {
  if (s.notAfter === null || i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return !s.notAfter.test(text.slice(i - 2, i));
  }
  const table = s.unitClass;
  if (table === null) return !s.notAfter.test(text[i - 1] ?? '');
  let k = table[c] ?? 0;
  if (k === 0) {
    k = s.notAfter.test(String.fromCharCode(c)) ? 2 : 1;
    table[c] = k;
  }
  return k === 1;
}

/** The next match at or after `from`, as the whole pattern would find it. */
function nextMatch(s: Scanner, text: string, from: number): RegExpExecArray | null {
  const re = s.body;
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (m === null || allowedAt(s, text, m.index)) return m;
    // Rejected by the lookbehind: the pattern would have tried the next position.
    re.lastIndex = advance(text, m.index, s.unicode);
  }
}

export function matchList(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global)
    throw new TypeError(`matchList needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const s = scannerOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while (from <= text.length && (m = nextMatch(s, text, from)) !== null) {
    out.push(m);
    from = s.body.lastIndex;
    // An empty match moves on by one character (a code point under /u), as matchAll does.
    if (m[0] === '') from = advance(text, from, s.unicode);
  }
  return out;
}

/** `pattern.exec(text)` from the start, for a pattern that is neither global nor sticky. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  if (pattern.global || pattern.sticky)
    throw new TypeError(`firstMatch needs a pattern without g or y: /${pattern.source}/${pattern.flags}`);
  return nextMatch(scannerOf(pattern), text, 0);
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
