/**
 * How many letters (\p{L}, by code point) a text holds and how many of them are upper case (\p{Lu}),
 * as `text.match(/\p{L}/gu).length` would count them but without an array of one-letter matches:
 * that array was a tenth of parsing a paragraph (issue 13). Each UTF-16 unit outside ASCII is
 * classified once by the regexes and remembered.
 */
const OTHER = 1;
const LOWER = 2; // a letter that is not \p{Lu}
const UPPER = 3;
const LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;
const classOfUnit = new Uint8Array(0x10000);

function classify(ch: string): number {
  return UPPER_LETTER.test(ch) ? UPPER : LETTER.test(ch) ? LOWER : OTHER;
}

export function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 0x80) k = c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x61 && c <= 0x7a ? LOWER : OTHER;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // A surrogate pair is one code point; a lone surrogate is no letter (as in /u regexes).
      const cp = text.codePointAt(i) ?? c;
      k = classify(String.fromCodePoint(cp));
      if (cp > 0xffff) i += 1;
    } else {
      k = classOfUnit[c] ?? 0;
      if (k === 0) {
        k = classify(String.fromCharCode(c));
        classOfUnit[c] = k;
      }
    }
    if (k !== OTHER) {
      letters += 1;
      if (k === UPPER) upper += 1;
    }
  }
  return { letters, upper };
}
