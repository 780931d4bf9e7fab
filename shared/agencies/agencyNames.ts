import { ACCEPTED_ABBREVIATIONS } from '../legal/abbreviations.ts';
import type { AgencyEntry } from './agencyEntry.ts';

/**
 * How plans write agency names, folded for matching: accents and case aside, and with the
 * abbreviations public texts use ("UBND huyện Cao Lộc", "Bộ CHQS tỉnh", "Vụ PBGDPL") as variants of
 * the full names the directory holds.
 */

/**
 * One character folded to one character (accents off, đ → d, lower case), so an offset in the folded
 * text is the same offset in the plan's text. NFC Vietnamese letters are one code unit each.
 */
export function foldKeepLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = FOLDED.get(ch);
    if (f === undefined) {
      f = ch
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      if (/\s/u.test(ch)) f = ' ';
      else if (/[–—‐]/u.test(ch)) f = '-';
      if (f.length !== ch.length) f = ch;
      // The alphabet of Vietnamese text is small: each character is folded once.
      if (FOLDED.size < 4096) FOLDED.set(ch, f);
    }
    out += f;
  }
  return out;
}
const FOLDED = new Map<string, string>();

/** Folded, spaces squashed, dashes without spaces around them, end punctuation off. */
export function agencyKey(text: string): string {
  return foldKeepLength(text.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/^[\s\-+•*]+/, '')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

/**
 * Abbreviation ↔ full form, folded. The accepted abbreviations of shared/legal (UBND, HĐND, TNMT …)
 * plus the short forms agency names take in recipient lists.
 */
const EXTRA: Array<[string, string]> = [
  ['PBGDPL', 'Phổ biến, giáo dục pháp luật'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['PT-TH', 'Phát thanh và Truyền hình'],
  ['TGPL', 'Trợ giúp pháp lý'],
];
const ABBREVIATIONS: Array<{ short: string; long: string }> = [
  ...ACCEPTED_ABBREVIATIONS.filter(
    (a) => a.abbreviation.length >= 4 || /^(?:TW|QH)$/.test(a.abbreviation),
  ).map((a) => [a.abbreviation, a.meaning] as [string, string]),
  ...EXTRA,
]
  .map(([short, long]) => ({ short: agencyKey(short), long: agencyKey(long) }))
  // Longest meaning first: "uy ban mat tran to quoc viet nam" before "mat tran to quoc".
  .sort((a, b) => b.long.length - a.long.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'gu');

/** The key with every known full form also written short, one at a time and all together. */
function abbreviatedVariants(key: string): string[] {
  const out = new Set<string>([key]);
  let all = key;
  for (const { short, long } of ABBREVIATIONS) {
    const re = wordRe(long);
    if (!re.test(key)) continue;
    out.add(key.replace(wordRe(long), short));
    all = all.replace(wordRe(long), short);
  }
  out.add(all);
  return [...out];
}

/** A key with every abbreviation written out: "ubnd huyen" → "uy ban nhan dan huyen". */
export function expandedKey(text: string): string {
  let key = agencyKey(text);
  for (const { short, long } of [...ABBREVIATIONS].sort((a, b) => b.short.length - a.short.length))
    key = key.replace(wordRe(short), long);
  return key;
}

/** Kinds whose name keeps "tỉnh" when the province's name is dropped ("Công an tỉnh", "UBND tỉnh"). */
const KEEP_TINH = new Set([
  'uy-ban-nhan-dan',
  'co-quan-quyen-luc',
  'mat-tran',
  'cong-an',
  'hoi-dong-phoi-hop',
]);

/**
 * The names an entry goes by, as keys: its name and short names; without the province's name
 * ("Sở Tư pháp tỉnh Lạng Sơn" → "Sở Tư pháp tỉnh", "Sở Tư pháp"); without a parenthesis
 * ("Vụ … (Bộ Tư pháp)"); a group or pattern by the words before its first comma when they say
 * enough ("UBND các huyện, thành phố" → "UBND các huyện"); each also with its abbreviations.
 */
export function entryKeys(
  e: Pick<AgencyEntry, 'name' | 'shortNames' | 'kind' | 'province' | 'group' | 'pattern'>,
): string[] {
  const bases = new Set<string>();
  for (const n of [e.name, ...e.shortNames]) {
    const plain = n.replace(/\s*\([^)]*\)\s*$/u, '');
    for (const bare of new Set([agencyKey(plain), expandedKey(plain)])) {
      bases.add(bare);
      if (e.province !== null) {
        const m = /^(.*\s(?:tinh|thanh pho))\s[a-z][a-z\s]*$/.exec(bare);
        if (m?.[1]) {
          bases.add(m[1]);
          const noTinh = m[1].replace(/\s(?:tinh|thanh pho)$/, '');
          if (!(e.kind !== null && KEEP_TINH.has(e.kind)) && noTinh.split(' ').length >= 3) bases.add(noTinh);
        }
      }
      if (e.group || e.pattern) {
        const head = bare.split(',')[0] ?? '';
        if (head !== bare && head.split(' ').length >= 3) bases.add(head);
      }
    }
  }
  const out = new Set<string>();
  for (const b of bases) if (b.length > 1) for (const v of abbreviatedVariants(b)) out.add(v);
  return [...out];
}

/** Initials of the significant words: "Sở Tư pháp" → "stp", "Bộ Tài nguyên và Môi trường" → "btnmt". */
export function initials(name: string): string {
  return expandedKey(name.replace(/\s*\([^)]*\)\s*$/u, ''))
    .split(/[\s,-]+/)
    .filter((w) => w !== '' && w !== 'va' && w !== 'cac')
    .map((w) => w[0])
    .join('');
}
