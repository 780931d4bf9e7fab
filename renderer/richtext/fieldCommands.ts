import { createCommand, type LexicalCommand } from 'lexical';

/**
 * Commands the editor session sends to one rich-text field's Lexical editor (Lexical's idiom for
 * "do this to that editor"): handlers are registered by the field's CheckMarksPlugin.
 */

/** Focus the field and select characters [start, end) of one of its paragraphs. */
export const SELECT_FIELD_RANGE_COMMAND: LexicalCommand<{ paragraph: number; start: number; end: number }> =
  createCommand('SELECT_FIELD_RANGE_COMMAND');

/** Insert a citation run carrying its registry id (`cite`) at the field's last caret. */
export const INSERT_CITATION_COMMAND: LexicalCommand<{ text: string; cite: string }> =
  createCommand('INSERT_CITATION_COMMAND');
