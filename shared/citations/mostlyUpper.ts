/**
 * Letters (\p{L}, by code point) and upper-case letters (\p{Lu}) counted as `text.match(/\p{L}/gu)`
 * would count them, but without an array of one-letter matches: that array was a tenth of parsing a
 * paragraph (issue 13). Each UTF-16 unit outside ASCII is classified once by the regexes and remembered.
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

/**
 * Whether a text is mostly upper case: at least 4 letters, more than 60 % of them \p{Lu} — as the
 * counts say, but it stops as soon as the lower-case letters alone make 40 % of the
 * text's units (then they make at least 40 % of its letters, so no more than 60 % are upper case):
 * half-way through most paragraphs. parseShortcuts.test.ts compares it with the counts.
 */
export function mostlyUpper(text: string): boolean {
  const n = text.length;
  const enough = 0.4 * n;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 0x80) k = c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x61 && c <= 0x7a ? LOWER : OTHER;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
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
    if (k === OTHER) continue;
    letters += 1;
    if (k === UPPER) upper += 1;
    else if (letters - upper >= enough) return false;
  }
  return letters >= 4 && upper / letters > 0.6;
}
