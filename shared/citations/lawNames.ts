import { LAW_TITLES } from '../legal/lawTitles.ts';
import { fold } from './textPrep.ts';

/**
 * Abbreviated law names as drafters write them ("Luật PBGDPL"), so a short mention meets its full
 * name. The plan's own definitions ("phổ biến, giáo dục pháp luật (PBGDPL)") add to these.
 */
export const KNOWN_LAW_ABBREVIATIONS: Record<string, string> = {
  PBGDPL: 'Phổ biến, giáo dục pháp luật',
  HGOCS: 'Hòa giải ở cơ sở',
  BHVBQPPL: 'Ban hành văn bản quy phạm pháp luật',
  XLVPHC: 'Xử lý vi phạm hành chính',
  TGPL: 'Trợ giúp pháp lý',
  TCTT: 'Tiếp cận thông tin',
  PCTN: 'Phòng, chống tham nhũng',
  KNTC: 'Khiếu nại, tố cáo',
};

/**
 * The words before an abbreviation's "(" whose initials spell it: "… phổ biến, giáo dục pháp luật
 * (PBGDPL)" → "phổ biến, giáo dục pháp luật". Null when the initials do not match.
 */
export function expansionBefore(textBefore: string, term: string): string | null {
  const target = fold(term).replace(/[^a-z]/g, '');
  if (target.length < 2 || target.length > 12) return null;
  const words = [...textBefore.slice(-200).matchAll(/[\p{L}\p{N}]+/gu)];
  let initials = '';
  for (let i = words.length - 1; i >= 0 && initials.length < target.length; i -= 1) {
    const w = words[i];
    if (!w) break;
    initials = fold(w[0]).charAt(0) + initials;
    if (initials === target) return textBefore.slice(-200).slice(w.index).trim();
  }
  return null;
}

/** "Luật PBGDPL" → "Luật Phổ biến, giáo dục pháp luật" when PBGDPL is known; else unchanged. */
export function expandLawName(name: string, expansions: ReadonlyMap<string, string>): string {
  return name.replace(/(?<![\p{L}\p{N}])[A-ZĐ]{2,12}(?![\p{L}\p{N}])/gu, (abbr) => {
    const full = expansions.get(abbr) ?? KNOWN_LAW_ABBREVIATIONS[abbr];
    if (!full) return abbr;
    return full.charAt(0).toUpperCase() + full.slice(1);
  });
}

/** Law titles, folded, longest first: "luat su", "ban hanh van ban quy pham phap luat" … */
const TITLES = LAW_TITLES.map((t) => fold(t.title)).sort((a, b) => b.length - a.length);

const LONGEST = Math.max(...TITLES.map((t) => t.length));

/** The titles as a tree of their UTF-16 units: one walk finds every title the text starts with. */
interface TitleNode {
  next: Map<number, TitleNode>;
  /** A title ends here. */
  end: boolean;
}
const TREE: TitleNode = { next: new Map(), end: false };
for (const title of TITLES) {
  let node = TREE;
  for (let i = 0; i < title.length; i += 1) {
    const c = title.charCodeAt(i);
    let child = node.next.get(c);
    if (child === undefined) {
      child = { next: new Map(), end: false };
      node.next.set(c, child);
    }
    node = child;
  }
  node.end = true;
}

// Folding one code point at a time, remembered: this runs at every law head of a long text.
const FOLDED = new Map<number, string>();
function foldCodePoint(cp: number): string {
  let f = FOLDED.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    f = /\s/u.test(ch) ? ' ' : fold(ch) || ch;
    if (f.length !== ch.length) f = ch;
    // Bounded: adversarial text with every character of Unicode must not grow the memo for ever.
    if (FOLDED.size < 4096) FOLDED.set(cp, f);
  }
  return f;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const unitIsWord = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
function isWordUnit(c: number): boolean {
  let k = unitIsWord[c] ?? 0;
  if (k === 0) {
    k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 2 : 1;
    unitIsWord[c] = k;
  }
  return k === 2;
}

/**
 * Length (in `text`) of the known law title `text` starts with ("luật sư và …" → 7), or 0: the
 * longest title the folded text starts with that a non-letter follows. Folded code point by code
 * point (one folded character has the length of its original, so an offset in the folded text is
 * the offset in `text`), walking the tree of titles: no folded copy of the text is built (issue 13;
 * lawNames.test.ts compares it with that plain form).
 */
export function knownTitleLength(text: string): number {
  const s = text.length > LONGEST + 1 ? text.slice(0, LONGEST + 1) : text;
  let node: TitleNode | undefined = TREE;
  let best = 0;
  let p = 0;
  while (node !== undefined && p < s.length) {
    const cp = s.codePointAt(p) ?? 0;
    const piece = foldCodePoint(cp);
    // A title ending here counts when the folded character after it is no letter or digit.
    if (node.end && !isWordUnit(piece.charCodeAt(0))) best = p;
    for (let k = 0; k < piece.length && node !== undefined; k += 1) node = node.next.get(piece.charCodeAt(k));
    p += cp > 0xffff ? 2 : 1;
  }
  if (node !== undefined && node.end && p === s.length) best = p;
  return best;
}
