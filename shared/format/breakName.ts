/**
 * Where a clerk breaks a long name of the header or the signature: between word groups, never inside
 * one. Vietnamese writes one syllable per word, so a greedy wrap splits names anywhere
 * ("ỦY BAN NHÂN DÂN TỈNH LÀO / CAI"); offices break before the unit the body belongs to
 * ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG / TỈNH LÀO CAI") and never leave one word alone.
 */

/** Words that open an administrative unit: a place name follows and stays whole ("TỈNH LÀO CAI"). */
const PLACE_WORDS = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'THỊ TRẤN', 'XÃ', 'PHƯỜNG', 'ĐẶC KHU'];

/** Words that open a body (a line may start with them): "SỞ …", "BAN …", "VĂN PHÒNG …". */
const BODY_WORDS = [
  'ỦY BAN',
  'UỶ BAN',
  'UBND',
  'HỘI ĐỒNG',
  'HĐND',
  'SỞ',
  'BAN',
  'BỘ',
  'CỤC',
  'CHI CỤC',
  'TỔNG CỤC',
  'VỤ',
  'VIỆN',
  'PHÒNG',
  'VĂN PHÒNG',
  'TRUNG TÂM',
  'THANH TRA',
  'ĐOÀN',
  'CÔNG AN',
  'BỘ CHỈ HUY',
  'TÒA ÁN',
  'VIỆN KIỂM SÁT',
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  // What a steering committee or a council is for: "BAN CHỈ ĐẠO / THỰC HIỆN ĐỀ ÁN …".
  'THỰC HIỆN',
  'ĐỀ ÁN',
  'DỰ ÁN',
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'PHỐI HỢP',
];

/** Names that read as one word and are never split, even when nothing better is possible. */
const FIXED_GROUPS = [
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'CÔNG THƯƠNG',
  'TƯ PHÁP',
  'NỘI VỤ',
  'VĂN PHÒNG',
  'TRUNG TÂM',
  'THANH TRA',
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'CHỈ ĐẠO',
  'THỰC HIỆN',
  'ĐỀ ÁN',
  'DỰ ÁN',
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'PHỐI HỢP',
  'PHỔ BIẾN',
  'GIÁO DỤC',
  'PHÁP LUẬT',
  'HÀNH CHÍNH',
  'CẢI CÁCH',
];

/** The authority a signer signs for ("TM.", "KT.", "TL.", "TUQ.", "Q.") stays with what follows. */
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\.$/u;

const key = (word: string): string => word.toLocaleUpperCase('vi').normalize('NFC');

/** Does `words` hold the phrase `phrase` starting at index `i`? */
function startsAt(words: readonly string[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((p, k) => words[i + k] !== undefined && key(words[i + k] ?? '') === p);
}

const opensAny = (words: readonly string[], i: number, list: readonly string[]): boolean =>
  list.some((phrase) => startsAt(words, i, phrase));

/** How welcome a break before word `i` is: 0 before a unit or a body, 1 elsewhere, null never. */
function jointCost(words: readonly string[], i: number): number | null {
  if (AUTHORITY.test(key(words[i - 1] ?? ''))) return null;
  // Inside a fixed group.
  for (let s = 0; s < i; s++) {
    for (const g of FIXED_GROUPS) {
      if (startsAt(words, s, g) && i < s + g.split(' ').length) return null;
    }
  }
  // Inside a place name: from a place word to the next body or the end.
  for (let s = i - 1; s >= 0; s--) {
    if (opensAny(words, s, BODY_WORDS) && !opensAny(words, s, PLACE_WORDS)) break;
    if (opensAny(words, s, PLACE_WORDS)) return null;
  }
  if (opensAny(words, i, PLACE_WORDS) || opensAny(words, i, BODY_WORDS)) return 0;
  return 1;
}

/**
 * Past this many words the text is no name a clerk would print in a header (those have under 20):
 * the search below grows with the cube of the word count and would freeze the editor on a pasted
 * paragraph, so such a text is simply wrapped.
 */
const MAX_SEARCH_WORDS = 24;

/** Plain word wrap: each line as full as the column allows. */
function greedyLines(
  words: readonly string[],
  widthOf: (line: string) => number,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line} ${w}`;
    if (line !== '' && widthOf(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Candidate {
  lines: string[];
  cost: number;
  widest: number;
}

/** Is candidate `a` better than `b`: fewer lines, then fewer breaks inside groups, then more even. */
function better(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (a.lines.length !== b.lines.length) return a.lines.length < b.lines.length;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.widest < b.widest - 1e-9;
}

/**
 * The lines of `text` for a column `maxWidth` wide (`widthOf` measures a line in the same unit).
 * One line when it fits; else the fewest lines of at least two words each, broken only between
 * word groups when that is possible, and as even as possible. When no break keeps every line in the
 * column, the fewest lines that stay apart from the widest fit are returned (never a lone word).
 */
export function breakName(text: string, widthOf: (line: string) => number, maxWidth: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || widthOf(trimmed) <= maxWidth) return [trimmed];
  const words = trimmed.split(/\s+/u);
  if (words.length < 4) return [trimmed];
  if (words.length > MAX_SEARCH_WORDS) return greedyLines(words, widthOf, maxWidth);
  const costs = words.map((_, i) => (i === 0 ? null : jointCost(words, i)));
  // The best candidate that fits, and the narrowest one that does not (when none fits).
  const found: { fit: Candidate | null; over: Candidate | null } = { fit: null, over: null };
  const maxLines = Math.min(4, Math.floor(words.length / 2));
  const visit = (start: number, lines: string[], cost: number): void => {
    if (lines.length + 1 > maxLines) return;
    // The rest as the last line.
    const last = words.slice(start).join(' ');
    if (words.length - start >= 2) {
      const all = [...lines, last];
      const widest = Math.max(...all.map(widthOf));
      const c: Candidate = { lines: all, cost, widest };
      if (widest <= maxWidth) {
        if (better(c, found.fit)) found.fit = c;
      } else if (found.over === null || widest < found.over.widest - 1e-9) found.over = c;
    }
    for (let end = start + 2; end <= words.length - 2; end++) {
      const joint = costs[end];
      if (joint === null || joint === undefined) continue;
      visit(end, [...lines, words.slice(start, end).join(' ')], cost + joint);
    }
  };
  visit(0, [], 0);
  return (found.fit ?? found.over)?.lines ?? [trimmed];
}

/** Does a name already hold a unit ("… TỈNH LÀO CAI"), so that a line after it is another name? */
function hasPlace(words: readonly string[]): boolean {
  return words.some((_, i) => opensAny(words, i, PLACE_WORDS));
}

/**
 * Read back: is `next` the rest of the name printed on the line above (`previous`), as breakName
 * breaks it? Yes when it opens the unit of a name that has none yet ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO
 * CAI"); when `sameParagraph` (a line break, not a new paragraph), also when it opens neither a
 * body, a title nor an authority ("TM. BAN CHỈ ĐẠO CẢI CÁCH" / "HÀNH CHÍNH TỈNH LÀO CAI"), whereas
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and "UBND TỈNH LÀO CAI" / "SỞ TƯ PHÁP" stay two lines.
 */
export function continuesName(previous: string, next: string, sameParagraph: boolean): boolean {
  const prev = previous.trim().split(/\s+/u);
  const words = next.trim().split(/\s+/u);
  if (words[0] === undefined || words[0] === '' || prev[0] === '') return false;
  // A unit word left without its name ("ỦY BAN NHÂN DÂN / PHƯỜNG / LONG ANH").
  if (PLACE_WORDS.some((w) => startsAt(prev, prev.length - w.split(' ').length, w))) return true;
  if (opensAny(words, 0, PLACE_WORDS)) return !hasPlace(prev);
  if (!sameParagraph) return false;
  const first = key(words[0]);
  if (AUTHORITY.test(first) || first === 'PHÓ' || first === 'TRƯỞNG') return false;
  return !opensAny(words, 0, BODY_WORDS);
}
