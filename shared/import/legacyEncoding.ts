/**
 * Legacy Vietnamese 8-bit encodings still met in office Word files: TCVN3 (ABC, fonts `.VnTime`,
 * `.VnArial`…) and VNI (fonts `VNI-Times`, `VNI-Helve`…). Word stores their bytes as the Latin-1
 * characters of the same code (byte 0xB8 arrives as U+00B8 "¸"); only the font makes them look
 * Vietnamese. The tables below give what the fonts draw, checked against the xvnkb keyboard tables.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

const TONES = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' } as const;
const MODS = { circumflex: '\u0302', breve: '\u0306', horn: '\u031b' } as const;

function compose(base: string, ...marks: string[]): string {
  return (base + marks.join('')).normalize('NFC');
}

/**
 * TCVN3 (ABC) code → Unicode, lower-case fonts. The upper-case vowels with a tone are not in these
 * fonts at all (the `…H` fonts draw the lower-case codes as capitals), and the VN1 extension that
 * put them in 0x80–0x9F and control codes is deliberately not decoded: in a `.VnTime` run those
 * code points are real punctuation (“ ” – …) typed through Word.
 */
const TCVN3_PAIRS: Array<[number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([code, u]) => [String.fromCharCode(code), u]));

/** TCVN3 text to Unicode. `upper` for the `…H` fonts, which draw every letter as a capital. */
export function tcvn3ToUnicode(text: string, upper = false): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return upper ? out.toLocaleUpperCase('vi') : out;
}

/**
 * VNI Windows: a base letter followed by a mark character (lower-case marks after lower-case letters,
 * capitals after capitals). ơ ư đ and the i/ỵ vowels are single characters.
 */
const VNI_TONE_MARKS: Array<[string, string, string]> = [
  // [lower mark, upper mark, tone]
  ['ù', 'Ù', TONES.acute],
  ['ø', 'Ø', TONES.grave],
  ['û', 'Û', TONES.hook],
  ['õ', 'Õ', TONES.tilde],
  ['ï', 'Ï', TONES.dot],
];
const VNI_CIRCUMFLEX: Array<[string, string, string]> = [
  ['â', 'Â', ''],
  ['á', 'Á', TONES.acute],
  ['à', 'À', TONES.grave],
  ['å', 'Å', TONES.hook],
  ['ã', 'Ã', TONES.tilde],
  ['ä', 'Ä', TONES.dot],
];
const VNI_BREVE: Array<[string, string, string]> = [
  ['ê', 'Ê', ''],
  ['é', 'É', TONES.acute],
  ['è', 'È', TONES.grave],
  ['ú', 'Ú', TONES.hook],
  ['ü', 'Ü', TONES.tilde],
  ['ë', 'Ë', TONES.dot],
];

function buildVni(): { pairs: Map<string, string>; singles: Map<string, string> } {
  const pairs = new Map<string, string>();
  const singles = new Map<string, string>();
  const addPairs = (
    baseLower: string,
    baseUpper: string,
    marks: Array<[string, string, string]>,
    unicodeLower: string,
    mod = '',
  ): void => {
    const unicodeUpper = unicodeLower.toUpperCase();
    for (const [ml, mu, tone] of marks) {
      const lower = compose(unicodeLower, mod, tone);
      const upper = compose(unicodeUpper, mod, tone);
      // Both cases of the mark are accepted after either case of the base: hand-typed titles mix them.
      pairs.set(baseLower + ml, lower);
      pairs.set(baseLower + mu, lower);
      pairs.set(baseUpper + mu, upper);
      pairs.set(baseUpper + ml, upper);
    }
  };
  for (const v of ['a', 'e', 'o', 'u', 'y']) addPairs(v, v.toUpperCase(), VNI_TONE_MARKS, v);
  addPairs('a', 'A', VNI_CIRCUMFLEX, 'a', MODS.circumflex);
  addPairs('e', 'E', VNI_CIRCUMFLEX, 'e', MODS.circumflex);
  addPairs('o', 'O', VNI_CIRCUMFLEX, 'o', MODS.circumflex);
  addPairs('a', 'A', VNI_BREVE, 'a', MODS.breve);
  // ơ is "ô", ư is "ö": they take the tone marks as a second character.
  addPairs('ô', 'Ô', VNI_TONE_MARKS, 'o', MODS.horn);
  addPairs('ö', 'Ö', VNI_TONE_MARKS, 'u', MODS.horn);
  // y with the dot below is its own character (î), not "y" + mark.
  pairs.delete('yï');
  pairs.delete('yÏ');
  pairs.delete('YÏ');
  pairs.delete('Yï');
  const single: Array<[string, string]> = [
    ['ô', 'ơ'],
    ['Ô', 'Ơ'],
    ['ö', 'ư'],
    ['Ö', 'Ư'],
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
    ['í', 'í'],
    ['Í', 'Í'],
    ['ì', 'ì'],
    ['Ì', 'Ì'],
    ['æ', 'ỉ'],
    ['Æ', 'Ỉ'],
    ['ó', 'ĩ'],
    ['Ó', 'Ĩ'],
    ['ò', 'ị'],
    ['Ò', 'Ị'],
    ['î', 'ỵ'],
    ['Î', 'Ỵ'],
  ];
  for (const [k, v] of single) singles.set(k, v);
  return { pairs, singles };
}
const VNI = buildVni();

export function vniToUnicode(text: string): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1];
    if (next !== undefined) {
      const pair = VNI.pairs.get(ch + next);
      if (pair !== undefined) {
        out += pair;
        i += 1;
        continue;
      }
    }
    out += VNI.singles.get(ch) ?? ch;
  }
  return out;
}

/** Which legacy encoding a font name implies, if any (`.VnTimeH` → TCVN3 drawn in capitals). */
export function legacyEncodingOfFont(
  fontName: string | undefined,
): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', upper: /H$/.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', upper: false };
  return null;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text, upper) : vniToUnicode(text);
}

// Letters that no legacy byte string contains (â ê ô are VNI marks, so they prove nothing).
const VIETNAMESE_UNICODE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/gu;
const TCVN3_SIGNS = /[\u00a8-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c6-\u00d6\u00d7\u00dd-\u00fe]/gu;
const VNI_SIGNS = /[aeouyAEOUY][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑôö]/gu;

/**
 * Guess the legacy encoding of plain text that carries no font (a .txt saved from an old editor).
 * Only answers when the evidence is overwhelming: Unicode Vietnamese letters mean Unicode.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.slice(0, 200_000);
  const unicode = sample.match(VIETNAMESE_UNICODE)?.length ?? 0;
  const words = sample.split(/\s+/).length;
  if (unicode > words / 20) return null;
  const vni = sample.match(VNI_SIGNS)?.length ?? 0;
  const tcvn = sample.match(TCVN3_SIGNS)?.length ?? 0;
  const threshold = Math.max(3, words / 10);
  if (vni >= threshold && vni > unicode * 4) return 'vni';
  if (tcvn >= threshold && tcvn > unicode * 4) return 'tcvn3';
  return null;
}
