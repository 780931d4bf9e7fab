import { remembered } from '../model/remembered.ts';

/**
 * Accent-insensitive folding for search and matching: "Phổ biến, Giáo dục" → "pho bien, giao duc".
 * Combining marks go (after NFD), and đ/Đ — a letter of its own, which Unicode does not decompose and
 * SQLite's unicode61 tokenizer therefore keeps — becomes d, so "dieu" finds "điều" too.
 */
export function foldText(text: string): string {
  return text.length > FOLD_MEMO_LENGTH ? foldNow(text) : foldShort(text);
}

// The checks fold the same issuers, agencies and names thousands of times a pass (issue 13): short
// texts are remembered, in a bounded memo (cleared when full) since the texts are arbitrary.
const FOLD_MEMO_LENGTH = 200;
const foldShort = remembered((text: string) => foldNow(text), 5000);

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text (letters and digits only), for prefix search. */
export function foldedTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
