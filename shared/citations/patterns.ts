import { DOC_TYPES } from './docTypes.ts';

/**
 * The regular expressions of the grammar. Every quantifier is bounded, so each attempt looks at a
 * bounded number of characters and a scan is linear in the length of the text.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Type words, longest first, spaces tolerant ("Quyết  định"). */
export const TYPE_ALTERNATION = DOC_TYPES.map((t) => t.name)
  .sort((a, b) => b.length - a.length)
  .map((n) => escape(n).replace(/ /g, '\\s{1,3}'))
  .join('|');

// "&" joins two codes inside one segment ("SNV-CCHC&PC", "BKH&ĐT").
const SEG = '[A-Za-zĐđ][A-Za-zĐđ0-9&]{0,11}';
// A number may carry a letter ("30c/NQ-CP") or a dotted sub-number ("123.2/UBND-VP").
const NUM = '\\d{1,5}(?:[a-z]|\\.\\d{1,3})?';
const SP = '\\s{0,2}';

/**
 * A number and symbol. Group 1–3: state form ("705/QĐ-TTg", "30/2020/NĐ-CP", "14/2012/QH13",
 * "01/2014/TTLT-BTP-BGDĐT"; a three-digit year "34/201/NQ-HĐND" is read so that it can be flagged); groups 4–6: Party form ("32-CT/TW", "80-KL/TW").
 * Segments are ASCII letters, Đ and digits, so "KH-UBND - Sở" ends before "Sở".
 */
export const NUMBER_SYMBOL = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?:` +
    `(${NUM})${SP}/${SP}(?:(\\d{3,4})${SP}/${SP})?(${SEG}(?:${SP}-${SP}${SEG}){0,5})` +
    `|(${NUM})${SP}-${SP}([A-Za-zĐđ]{1,6})${SP}/${SP}([A-Za-zĐđ]{1,10}\\d{0,2})` +
    `)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** What may stand right before a number: the type word, ":" and "số" ("các Quyết định: số"). */
export const TYPE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TYPE_ALTERNATION})(?:\\s{1,3}(?:liên\\s{1,2}tịch|phối\\s{1,2}hợp))?` +
    `\\s{0,3}:?\\s{0,3}(?:(số)\\s{0,2}[:.]?\\s{0,2})?$`,
  'iu',
);
/** "số" alone before a number (an item of a list that shares one type word). */
export const SO_BEFORE = /(?<![\p{L}\p{N}])(số)\s{0,2}[:.]?\s{0,2}$/iu;
/** "các Quyết định của Thủ tướng Chính phủ: " before the "số" of a list's first item. */
export const LIST_HEAD_REACH = 140;
export const LIST_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Cc]ác\\s{1,3})(${TYPE_ALTERNATION})\\s{1,3}của\\s{1,3}([^:;.()]{2,100}?)\\s{0,2}:\\s{0,3}$`,
  'u',
);
/** Between two items of a list: "; ", ", ", " và ", "; và ". */
export const LIST_GAP = /^[\s;,]{0,4}(?:và\s{1,3})?(?:số\s{0,2}[:.]?\s{0,2})?$/iu;

export const DATE_AFTER = new RegExp(
  `[\\s,]{0,3}(?:\\(\\s{0,2})?(?:(?:được\\s{1,2})?ban\\s{1,2}hành\\s{1,2})?ngày\\s{1,3}(?:` +
    `(\\d{1,2})\\s{0,2}([/.\\-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{4})` +
    `|(\\d{1,2})\\s{1,3}tháng\\s{1,3}(\\d{1,2})\\s{1,3}năm\\s{1,3}(\\d{4})` +
    `)(?!\\p{N})(?:\\s{0,2}\\))?`,
  'iuy',
);

export const ISSUER_LEAD = /[\s,]{0,3}của\s{1,3}/iuy;
/** Where an issuer ends: punctuation, or a word that starts the summary or the next clause. */
export const ISSUER_STOP = new RegExp(
  `[,;:.()“”"]|\\s(?:về|V/v|ban\\s+hành|phê\\s+duyệt|triển\\s+khai|tiếp\\s+tục|thực\\s+hiện|hướng\\s+dẫn|quy\\s+định|` +
    `sửa\\s+đổi|tại|theo|đã|được|nhằm|để|giao|thành\\s+lập|kiện\\s+toàn|năm|trong|đối\\s+với|với|cho|` +
    // "của Thành ủy trên địa bàn Thành phố như sau": where the plan acts, not who issued.
    `trên\\s+địa\\s+bàn|như\\s+sau|` +
    `và\\s+(?:các|những|${TYPE_ALTERNATION})|${TYPE_ALTERNATION})(?![\\p{L}])`,
  'iu',
);
/** An issuer whose name has a comma of its own. */
export const COMMA_ISSUER = /Bộ\s+Văn\s+hóa,\s+Thể\s+thao\s+và\s+Du\s+lịch/iuy;

export const SUMMARY_LEAD = new RegExp(
  `[\\s,]{0,3}(?:(về\\s{1,2}việc|V/v|về)\\s{1,3}|(?=(?:ban\\s{1,2}hành|phê\\s{1,2}duyệt|quy\\s{1,2}định|hướng\\s{1,2}dẫn|` +
    `triển\\s{1,2}khai|tiếp\\s{1,2}tục|thực\\s{1,2}hiện|sửa\\s{1,2}đổi|thành\\s{1,2}lập|kiện\\s{1,2}toàn|tổ\\s{1,2}chức)(?![\\p{L}])))`,
  'iuy',
);
export const AFTER_SEMICOLON_STOP = new RegExp(
  `^\\s{0,3}(?:[\\p{Lu}\\p{N}]|số\\s{0,2}\\d|(?:${TYPE_ALTERNATION})(?![\\p{L}]))`,
  'u',
);
export const AFTER_COMMA_STOP = new RegExp(
  `^\\s{1,3}(?:\\p{Lu}|số\\s{0,2}\\d|(?:nhất\\s+là|trong\\s+đó|đồng\\s+thời|góp\\s+phần|nhằm|theo\\s+đó|cụ\\s+thể|bảo\\s+đảm|đảm\\s+bảo)(?![\\p{L}]))`,
  'u',
);
export const AND_STOP = new RegExp(
  `^\\s(?:và|hoặc)\\s{1,3}(?:các\\s|những\\s|(?:${TYPE_ALTERNATION})\\s{1,3}(?:số|\\d))`,
  'iu',
);
export const DEFINITION_OPEN = /^\(\s{0,2}(?:sau\s+đây\s+)?(?:viết\s+tắt|gọi\s+tắt|gọi\s+chung|gọi\s+là)/iu;

/** Laws, codes and ordinances cited by name: "Luật Phổ biến, giáo dục pháp luật năm 2012". */
export const LAW_NAME_HEAD =
  /(?<![\p{L}\p{N}])(Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh|Điều\s{1,2}lệ)\s{1,3}(?=\p{Lu})/gu;
/**
 * A law named in lower case ("Luật thanh tra ngày …", "luật luật sư"): read only when the name is a
 * known title or carries its date (grammar.ts decides). Never after "pháp", "dự án", "văn bản",
 * "các", "những", "Đoàn", "Hội" ("pháp luật về …", "Đoàn luật sư").
 */
export const LOWER_LAW_HEAD =
  /(?<![\p{L}\p{N}])(?<!(?:[Pp]háp|[Áá]n|[Bb]ản|[Cc]ác|[Nn]hững|Đoàn|Hội)\s{1,3})(Bộ\s{1,2}[Ll]uật|[Ll]uật|Pháp\s{1,2}lệnh)\s{1,3}(?=\p{L})/gu;
/** Words that make "luật …" a profession, not a law ("luật sư", "luật gia"), unless a known title says so. */
export const NOT_A_LAW_NAME =
  /^(?:sư|gia|định|pháp|hóa|hoá|lệ|chơi|này|đó|trên|năm|ngày|số|mới|khác)(?![\p{L}])/iu;
/** Any law head, whatever the case of the name (inside an amending law's name). */
export const ANY_LAW_HEAD = /(Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh)\s{1,3}(?=\p{L})/uy;
export const CONSTITUTION =
  /(?<![\p{L}\p{N}])Hiến\s{1,2}pháp(?:\s{1,2}nước\s{1,2}Cộng\s{1,2}hòa\s{1,2}xã\s{1,2}hội\s{1,2}chủ\s{1,2}nghĩa\s{1,2}Việt\s{1,2}Nam)?\s{1,2}năm\s{1,2}(\d{4})(?!\p{N})/giu;
export const NAME_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/uy;
export const NAME_STOP_WORDS = new Set([
  'các',
  'những',
  'được',
  'đã',
  'để',
  'nhằm',
  'trên',
  'tại',
  'cho',
  'theo',
  'đến',
  'trong',
  'của',
  'với',
  'này',
  'khi',
  'là',
  'thì',
  'mà',
  'số',
  'ngày',
  'sẽ',
  'có',
  'thi',
  'nêu',
  'hiện',
  'đang',
  'cùng',
  'như',
  'từ',
  'về',
]);
export const NAME_STOP_BIGRAMS =
  /^(?:quy\s+định|ban\s+hành|hướng\s+dẫn|và\s+các|và\s+những|và\s+văn|sửa\s+đổi)(?![\p{L}])/iu;
/**
 * Proper nouns inside a law's name ("Luật Tổ chức Chính phủ", "Luật Tổ chức Tòa án nhân dân"):
 * an upper-case word otherwise ends the name.
 */
export const PROPER_IN_NAME =
  /^(?:Chính\s{1,2}phủ|Quốc\s{1,2}hội|Nhà\s{1,2}nước|Việt\s{1,2}Nam|Tổ\s{1,2}quốc|Mặt\s{1,2}trận|Tòa\s{1,2}án|Viện\s{1,2}kiểm\s{1,2}sát|Công\s{1,2}an|Hội\s{1,2}đồng\s{1,2}nhân\s{1,2}dân|Ủy\s{1,2}ban\s{1,2}nhân\s{1,2}dân|Kiểm\s{1,2}toán\s{1,2}nhà\s{1,2}nước|Luật\s{1,2}sư)(?![\p{L}])/u;
/** "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B …": one law, named after those it amends. */
export const AMENDING_LAW_HEAD =
  /(?<![\p{L}\p{N}])(?:Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh)\s{1,3}sửa\s{1,2}đổi,?\s{1,2}bổ\s{1,2}sung\s{1,2}(?:một\s{1,2}số\s{1,2}điều\s{1,2})?(?:của\s{1,2})?(?=(?:Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh)\s{1,3}\p{L})/gu;
/** Between two laws an amending law names: " và ", ", ". */
export const AMENDED_LAW_GAP =
  /^(?:\s{1,3}và|,)\s{1,3}(?=(?:Bộ\s{1,2}[Ll]uật|Luật|Pháp\s{1,2}lệnh)\s{1,3}\p{L})/u;
export const YEAR_AFTER_NAME = /\s{1,3}năm\s{1,3}(\d{4})(?!\p{N})/iuy;
export const NUMBER_AFTER_NAME = /[\s,]{0,3}(?:số\s{0,2}:?\s{0,2})?/iuy;

export const SELF_REF = /(?<![\p{L}\p{N}])[Kk]ế\s{1,2}hoạch\s{1,2}này(?![\p{L}])/gu;

/** "khoản 2 Mục IV", "điểm a khoản 1 Mục II", "Mục II", "tiểu mục 1.2 Mục II". Roman numerals upper case only. */
export const SECTION_REF = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Đđ]iểm\\s{1,2}([a-zđ])\\s{1,2},?\\s{0,2})?(?:(?:[Kk]hoản|[Tt]iểu\\s{1,2}mục)\\s{1,2}(\\d{1,2}(?:\\.\\d{1,2})?)\\s{1,2},?\\s{0,2})?` +
    `(?:[Mm]ục|MỤC)\\s{1,2}([IVXL]{1,6})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** "khoản 2", "điểm a khoản 1" with no section: relative to the section where they stand. */
export const ITEM_REF =
  /(?<![\p{L}\p{N}])(?:[Đđ]iểm\s{1,2}([a-zđ])\s{1,2},?\s{0,2})?[Kk]hoản\s{1,2}(\d{1,2})(?![\p{N}.])(?!\s{1,2},?\s{0,2}(?:[Mm]ục|MỤC)\s)/gu;
/**
 * "nhiệm vụ 2.1", "nhiệm vụ số 3": a task of the plan by its number in the content section. Not a
 * document number ("nhiệm vụ số 12/QĐ…"), a year or a decimal.
 */
export const TASK_REF =
  /(?<![\p{L}\p{N}])[Nn]hiệm\s{1,2}vụ\s{1,2}(?:số\s{1,2})?(\d{1,2}(?:\.\d{1,2})?)(?![\p{N}/]|[.,]\d)/gu;
export const EXTERNAL_AFTER = new RegExp(
  `^[\\s,]{0,3}(?:(?:của|tại|thuộc|theo)\\s{1,2})?(?:(?:ban\\s{1,2}hành\\s{1,2})?kèm\\s{1,2}theo\\s{1,2})?` +
    `(?:[Đđ]iều|[Cc]hương|[Pp]hần|[Mm]ục\\s{1,2}[IVXL]|Phụ\\s{1,2}lục|Hiến\\s{1,2}pháp|Bộ\\s{1,2}luật|Luật|(?:${TYPE_ALTERNATION})\\s{1,3}(?:số|\\d))`,
  'u',
);
export const INTERNAL_AFTER =
  /^[\s,]{0,3}(?:của\s{1,2})?(?:[Kk]ế\s{1,2}hoạch\s{1,2}này|nêu\s{1,2}trên|trên|dưới\s{1,2}đây)(?![\p{L}])/u;

export const SHORT_NAME_DEF =
  /\(\s{0,2}(?:sau\s{1,2}đây\s{1,2})?(?:viết\s{1,2}tắt\s{1,2}là|gọi\s{1,2}tắt\s{1,2}là|gọi\s{1,2}chung\s{1,2}là|gọi\s{1,2}là|viết\s{1,2}tắt)\s{0,2}:?\s{0,2}[“"]?([^()“”"]{1,60}?)[”"]?\s{0,2}\)/giu;
export const ABBREVIATION_DEF = /\(\s{0,2}([A-ZĐ][A-ZĐ0-9&-]{1,14})\s{0,2}\)/gu;
export const ABBREVIATION_USE =
  /(?<![\p{L}\p{N}\-/&])([A-ZĐ][A-ZĐ0-9]{0,11}[A-ZĐ][A-ZĐ0-9]{0,11}(?:-[A-ZĐ][A-ZĐ0-9]{0,11})?)(?![\p{L}\p{N}])/gu;

export const YEAR_RANGE = /(?<!\p{N})((?:19|20)\d{2})(\s{0,3})-(\s{0,3})((?:19|20)\d{2})(?!\p{N})/gu;
export const PERIOD_RANGE =
  /(?<![\p{L}])giai\s{1,2}đoạn\s{1,3}(?:từ\s{1,2}(?:năm\s{1,2})?)?((?:19|20)\d{2})\s{0,3}(?:-|đến)\s{0,3}(?:năm\s{1,2})?((?:19|20)\d{2})(?!\p{N})/giu;
export const PERIOD_UNTIL = /(?<![\p{L}])đến\s{1,2}năm\s{1,2}((?:19|20)\d{2})(?!\p{N})/giu;
export const REVIEWING =
  /(?:tiếp\s{1,2}tục|tổng\s{1,2}kết|sơ\s{1,2}kết|đánh\s{1,2}giá|kết\s{1,2}quả|đã\s{1,2}đạt|vừa\s{1,2}qua|trước\s{1,2}đây)/iu;
export const PROGRAMME_WORD =
  /(?:Chương\s{1,2}trình|Đề\s{1,2}án|Kế\s{1,2}hoạch|Chiến\s{1,2}lược|Dự\s{1,2}án|Quyết\s{1,2}định|Nghị\s{1,2}quyết|Chỉ\s{1,2}thị)/iu;

/**
 * Blanks a drafter leaves to fill in: "[...]", "XX/KH", "…/QĐ", "ngày … tháng", long dot or underscore
 * runs, and a lone "…", "..." or "xxx" standing as a word of its own (an ellipsis after a word, "v.v...",
 * is prose).
 */
export const PLACEHOLDER =
  /\[\s{0,2}(?:\.{2,}|…+)?\s{0,2}\]|(?<![\p{L}])[Xx]{2,}(?=\s?[/.-]\s?[\p{N}\p{L}])|(?<=[\p{N}/])[Xx]{2,}(?![\p{L}])|(?<![\p{L}\p{N}.…])(?:\.{3,}|…+)\s{0,2}\/|\.{5,}|…{2,}|_{3,}|(?<=(?:[Ss]ố|ngày|tháng|năm)\s{1,2})(?:\.{3,}|…+)|(?<![\p{L}\p{N}.…])(?:\.{3,4}|…)(?![\p{L}\p{N}…])|(?<![\p{L}\p{N}])[Xx]{3,}(?![\p{L}\p{N}])/gu;
/**
 * What every alternative of PLACEHOLDER needs somewhere in the text: a "[", two x's, three dots, an
 * ellipsis or three underscores. Most paragraphs hold none, and this test is far cheaper than
 * PLACEHOLDER's lookbehinds at every position (issue 13); parseShortcuts.test.ts checks it never misses one.
 */
export const PLACEHOLDER_HINT = /\[|[Xx]{2}|\.{3}|…|_{3}/u;

/**
 * For the patterns that find rare things, a word each of their matches holds, under the pattern's own
 * flags: a text without it is not searched (issue 13: each such search ran the pattern's lookbehind
 * at every position of every text). parseShortcuts.test.ts checks that no hint misses a match.
 */
export const HINTS = new Map<RegExp, RegExp>([
  [SECTION_REF, /[Mm]ục|MỤC/u],
  [ITEM_REF, /[Kk]hoản/u],
  [TASK_REF, /[Nn]hiệm/u],
  [SHORT_NAME_DEF, /\(\s{0,2}(?:sau|viết|gọi)/iu],
  [PERIOD_RANGE, /giai/iu],
  [PERIOD_UNTIL, /đến/iu],
  [SELF_REF, /này/u],
  [CONSTITUTION, /Hiến/iu],
  [AMENDING_LAW_HEAD, /sửa/u],
]);

/** Whether `pattern` may match in `text`: false only when its hint is absent. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return HINTS.get(pattern)?.test(text) ?? true;
}

/**
 * Patterns whose leading lookbehind matchList.ts checks by hand, on the character before each match
 * the rest of the pattern finds, instead of V8 running it at every position (issue 13: 2–3 times
 * faster for these). Not for patterns whose rest matches often where the lookbehind fails (an
 * abbreviation inside a symbol): each such match would cost a search of its own.
 */
export const LOOKBEHIND_BY_HAND: ReadonlySet<RegExp> = new Set([
  TYPE_BEFORE,
  SO_BEFORE,
  LIST_HEAD,
  SECTION_REF,
  ITEM_REF,
  LOWER_LAW_HEAD,
  LAW_NAME_HEAD,
]);
