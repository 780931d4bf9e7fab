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
const FIRST = new Set(TITLES.map((t) => t.charAt(0)));
// Folding one character at a time, remembered: this runs at every law head of a long text.
const FOLDED = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch) ? ' ' : fold(ch) || ch;
    if (f.length !== ch.length) f = ch;
    // Bounded: adversarial text with every character of Unicode must not grow the memo for ever.
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
}

/**
 * Length (in `text`) of the known law title `text` starts with ("luật sư và …" → 7), or 0. Folded
 * character by character, so an offset in the folded text is the offset in `text` (prepared text is
 * NFC: one character per letter).
 */
export function knownTitleLength(text: string): number {
  if (!FIRST.has(foldChar(text.charAt(0)))) return 0;
  let f = '';
  for (const ch of text.slice(0, LONGEST + 1)) f += foldChar(ch);
  if (f.length !== Math.min(text.length, LONGEST + 1)) return 0;
  for (const t of TITLES) {
    if (f.startsWith(t) && !/[\p{L}\p{N}]/u.test(f.charAt(t.length))) return t.length;
  }
  return 0;
}
