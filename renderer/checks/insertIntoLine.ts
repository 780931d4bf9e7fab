import { CLOSE_AFTER, OPEN_BEFORE } from './insertCitation.ts';

/**
 * Insert a citation into a one-paragraph plain field (a Căn cứ line) at a character offset: a space
 * before it where the words would touch, one after it only before a word (never before the line's
 * ";" or "." nor at its end). Returns the new value and the caret, right after what was inserted.
 */
export function insertIntoLine(value: string, offset: number, text: string): { value: string; caret: number } {
  const at = Math.max(0, Math.min(offset, value.length));
  const before = value.slice(0, at);
  const after = value.slice(at);
  const lead = before !== '' && !OPEN_BEFORE.test(before) ? ' ' : '';
  const trail = after !== '' && !CLOSE_AFTER.test(after) ? ' ' : '';
  const head = `${before}${lead}${text.normalize('NFC').trim()}${trail}`;
  return { value: `${head}${after}`.normalize('NFC'), caret: head.length };
}
