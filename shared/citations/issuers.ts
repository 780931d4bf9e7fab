import { fold } from './textPrep.ts';

/**
 * Issuers and the codes their symbols carry. Only issuers we can name with certainty are listed:
 * an issuer the table does not know is never reported as contradicting its symbol.
 * Patterns are over folded text (no accents, lower case, "ubnd" written out).
 */
const ISSUER_PATTERNS: Array<[RegExp, string]> = [
  [/\bvan phong chinh phu\b/, 'VPCP'],
  [/\bthu tuong\b/, 'TTg'],
  [/\bchinh phu\b/, 'CP'],
  [/\buy ban thuong vu quoc hoi\b/, 'UBTVQH'],
  [/\bquoc hoi\b/, 'QH'],
  [/\bban tuyen giao trung uong\b/, 'BTGTW'],
  [/\b(?:ban thuong vu )?tinh uy\b/, 'TU'],
  [/\b(?:ban chap hanh trung uong|ban bi thu|bo chinh tri|trung uong dang)\b/, 'TW'],
  [/\bhoi dong nhan dan\b/, 'HĐND'],
  [/\bhoi dong phoi hop\b/, 'HĐPH'],
  [/\bban chi dao\b/, 'BCĐ'],
  [/\buy ban nhan dan\b/, 'UBND'],
  [/\bso tu phap\b/, 'STP'],
  [/\bbo tu phap\b/, 'BTP'],
  [/\bbo giao duc va dao tao\b/, 'BGDĐT'],
  [/\bbo cong an\b/, 'BCA'],
  [/\bbo quoc phong\b/, 'BQP'],
  [/\bbo tai chinh\b/, 'BTC'],
  [/\bbo noi vu\b/, 'BNV'],
  [/\bbo thong tin va truyen thong\b/, 'BTTTT'],
  [/\bbo van hoa, the thao va du lich\b/, 'BVHTTDL'],
  [/\bbo lao dong - thuong binh va xa hoi\b|\bbo lao dong, thuong binh va xa hoi\b/, 'BLĐTBXH'],
  [/\bbo y te\b/, 'BYT'],
  [/\bbo tai nguyen va moi truong\b/, 'BTNMT'],
  [/\bbo nong nghiep va phat trien nong thon\b/, 'BNNPTNT'],
  [/\bbo ke hoach va dau tu\b/, 'BKHĐT'],
  [/\bbo cong thuong\b/, 'BCT'],
  [/\bbo xay dung\b/, 'BXD'],
  [/\bbo giao thong van tai\b/, 'BGTVT'],
  [/\bbo ngoai giao\b/, 'BNG'],
  [/\bbo khoa hoc va cong nghe\b/, 'BKHCN'],
  [/\btoa an nhan dan toi cao\b/, 'TANDTC'],
  [/\bvien kiem sat nhan dan toi cao\b/, 'VKSNDTC'],
];

const SYMBOL_ISSUERS = new Set(
  ISSUER_PATTERNS.map(([, code]) => code.toUpperCase()).concat(['BGDDT', 'BLDTBXH', 'BKHDT', 'HDND', 'BCD']),
);

/** Pairs that differ on paper but are not certainly wrong (a warning, not an error). */
const NEAR: Array<[string, string]> = [
  ['TTG', 'CP'],
  ['UBND', 'BCĐ'],
  ['UBND', 'HĐPH'],
  ['UBND', 'STP'],
  ['TW', 'BTGTW'],
  ['TW', 'TU'],
  ['HĐND', 'UBND'],
];

function expandAbbreviations(folded: string): string {
  return folded
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\bubtvqh\b/g, 'uy ban thuong vu quoc hoi')
    .replace(/\bttg\b/g, 'thu tuong')
    .replace(/\bbcd\b/g, 'ban chi dao')
    .replace(/\bbch trung uong\b/g, 'ban chap hanh trung uong')
    .replace(/\bbtp\b/g, 'bo tu phap')
    .replace(/\bstp\b/g, 'so tu phap')
    .replace(/\bbo gd&dt\b|\bbo gddt\b/g, 'bo giao duc va dao tao');
}

/** Code of the issuer named in a citation ("Chủ tịch UBND tỉnh" → UBND), or null when unknown. */
export function issuerCode(issuer: string): string | null {
  const f = expandAbbreviations(fold(issuer));
  for (const [re, code] of ISSUER_PATTERNS) if (re.test(f)) return code;
  return null;
}

/** Upper-case, Đ kept: the form codes are compared in. */
function key(code: string): string {
  return code.toUpperCase().replace(/\d+$/, '');
}

/**
 * Issuer codes a symbol carries, in order: "QĐ-TTg" → [TTG], "TTLT-BTP-BGDĐT" → [BTP, BGDĐT],
 * "QH13" → [QH], "CT/TW" → [TW], "UBND-VX" → [UBND] (công văn: issuer then unit).
 * Only codes this module knows are returned.
 */
export function symbolIssuerCodes(segments: string[]): string[] {
  return segments.map(key).filter((c) => SYMBOL_ISSUERS.has(c) || SYMBOL_ISSUERS.has(c.replace(/Đ/g, 'D')));
}

export type IssuerAgreement = 'agree' | 'near' | 'conflict' | 'unknown';

/** Does the issuer named in the text agree with the issuer codes of the symbol? */
export function issuerAgreement(issuer: string, segments: string[]): IssuerAgreement {
  const named = issuerCode(issuer);
  const codes = symbolIssuerCodes(segments);
  if (named === null || codes.length === 0) return 'unknown';
  const n = key(named);
  if (codes.includes(n)) return 'agree';
  if (codes.some((c) => NEAR.some(([a, b]) => (a === n && b === c) || (a === c && b === n)))) return 'near';
  return 'conflict';
}

/** Issuers equal for the consistency checks: same code, or the same words once folded. */
export function sameIssuer(a: string, b: string): boolean | null {
  const ca = issuerCode(a);
  const cb = issuerCode(b);
  if (ca !== null && cb !== null) return ca === cb;
  const fa = expandAbbreviations(fold(a)).replace(/^chu tich /, '');
  const fb = expandAbbreviations(fold(b)).replace(/^chu tich /, '');
  return fa === fb ? true : null;
}
