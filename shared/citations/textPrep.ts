import { foldText } from '../registry/fold.ts';
import { latinise } from './confusables.ts';

/**
 * Text as the grammar reads it. Word gives us NFD diacritics, non-breaking spaces, line breaks and
 * table pipes inside a citation; the patterns see one canonical form while every range the grammar
 * reports still points into the text as written (the editor underlines, the quick fixes edit there).
 */
export interface PreparedText {
  /** NFC, with every space-like character, line break and table pipe turned into one plain space. */
  text: string;
  /** Offset in the original text of offset `i` of `text` (i may equal text.length). */
  toOriginal(i: number): number;
  /** Every offset of `text` is the same offset in the original (`toOriginal` is the identity). */
  sameOffsets: boolean;
}

// Space look-alikes, line breaks and the table pipe: each becomes exactly one space, so offsets hold.
const SPACE_LIKE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff|]/g;
// Letters of other scripts that look Latin are read as Latin (confusables.ts; the checks flag them).
// Dash look-alikes inside symbols ("NĐ–CP"): one character for one character.
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SLASH_LIKE = /[\u2044\u2215\uff0f]/g;

function mapChars(s: string): string {
  return latinise(s.replace(SPACE_LIKE, ' ').replace(DASH_LIKE, '-').replace(SLASH_LIKE, '/'));
}

const SAME_OFFSET = (i: number): number => i;

/**
 * Whether a UTF-16 unit is one `prepareText` leaves as it is in any text made of such units: printable
 * ASCII but the pipe, Latin-1 to Latin Extended-B (no combining mark, no space look-alike), the
 * precomposed Vietnamese letters (Latin Extended Additional) and the quotes, bullets and ellipsis of
 * U+2016–U+2027. Each is a starter that NFC keeps and no two of them compose, so a text of these
 * alone is NFC already and none of SPACE_LIKE, DASH_LIKE, SLASH_LIKE or a look-alike is in it:
 * textPrep.test.ts checks every unit and every pair of them against `normalize` and the maps.
 */
export function keptAsIs(c: number): boolean {
  if (c < 0x80) return c >= 0x20 && c !== 0x7c && c !== 0x7f;
  if (c < 0x300) return c > 0xa0;
  return (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2016 && c <= 0x2027);
}

/** A unit `keptAsIs` does not keep. */
export const NOT_KEPT = /[^\x20-\x7b\x7d\x7e\xa1-\u02ff\u1e00-\u1eff\u2016-\u2027]/;

export function prepareText(original: string): PreparedText {
  // Most texts (Vietnamese typed in NFC) hold no unit to map: one pass over the units, no
  // normalisation and no replacement (issue 13: each was a copy of every text at every check).
  // A native search for a unit not kept is faster than a loop of keptAsIs (the test holds them equal).
  return NOT_KEPT.test(original)
    ? prepareFully(original)
    : { text: original, toOriginal: SAME_OFFSET, sameOffsets: true };
}

/** `prepareText` with no fast path: normalised and mapped whatever the text holds. */
export function prepareFully(original: string): PreparedText {
  const nfc = original.normalize('NFC');
  if (nfc === original) {
    return { text: mapChars(original), toOriginal: SAME_OFFSET, sameOffsets: true };
  }
  // NFD (or mixed) input: normalise cluster by cluster (a base character and its combining marks)
  // and remember where each normalised cluster came from. Linear in the length of the text.
  const parts: string[] = [];
  const starts: number[] = []; // for each output offset, the original offset of its cluster
  let i = 0;
  const n = original.length;
  while (i < n) {
    let j = i + 1;
    // A surrogate pair stays whole.
    if (j < n && isHighSurrogate(original.charCodeAt(i)) && isLowSurrogate(original.charCodeAt(j))) j += 1;
    while (j < n && isCombining(original.charCodeAt(j))) j += 1;
    const cluster = original.slice(i, j).normalize('NFC');
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k += 1) starts.push(i);
    i = j;
  }
  starts.push(n);
  const text = mapChars(parts.join(''));
  return {
    text,
    toOriginal: (k) => starts[Math.max(0, Math.min(k, starts.length - 1))] ?? n,
    sameOffsets: false,
  };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** Combining diacritical marks used by Vietnamese in NFD (and the general block around them). */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff);
}

/** Accent- and case-insensitive form for comparing words: "Ủy ban" → "uy ban", "Đề án" → "de an". */
export function fold(text: string): string {
  // One folding for the whole app: the registry's search and the grammar must agree on it.
  return foldText(text);
}

/**
 * Whether a UTF-16 unit is `\s` (and what `trim` removes): ECMAScript's WhiteSpace and
 * LineTerminator. textPrep.test.ts checks it against `/\s/` for every unit.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whitespace runs collapsed to one space, ends trimmed. */
export function squash(text: string): string {
  // Most issuers, summaries and names are squashed already: returned as they are, with no regex
  // replacement building a copy (issue 13). Anything else takes the plain form.
  const n = text.length;
  if (n === 0) return text;
  let spaceBefore = true; // a leading space must be trimmed
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (spaceBefore) return text.replace(/\s+/g, ' ').trim();
      spaceBefore = true;
    } else if (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c)) {
      return text.replace(/\s+/g, ' ').trim();
    } else spaceBefore = false;
  }
  return spaceBefore ? text.replace(/\s+/g, ' ').trim() : text;
}
