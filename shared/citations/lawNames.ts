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
