import { AppError } from '../contract/appError.ts';

/**
 * What a reader (Word or plain text) hands to the recogniser: the document's paragraphs in reading
 * order, with the little formatting the recogniser uses, and tables kept as tables (a task table
 * is recognised as a table; header and signature tables are read cell by cell).
 */
export interface SourceRun {
  /** May contain "\n" where the source had a soft line break (Shift+Enter). */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface SourceParagraph {
  kind: 'paragraph';
  /** Position among the non-empty source paragraphs (0-based): the report counts these. */
  id: number;
  runs: SourceRun[];
  /** What Word's automatic numbering draws before the text ("1.", "1.1.", "a)", "I."), or null. */
  numberLabel: string | null;
  /** Automatic bullet (the glyph is not text either). */
  bullet: boolean;
  /** A page or section break stands between this paragraph and the previous one. */
  breakBefore: boolean;
  align: 'left' | 'center' | 'right' | 'both' | null;
}

export interface SourceTable {
  kind: 'table';
  /** rows → cells → paragraphs of the cell (nested tables flattened in reading order). */
  rows: SourceParagraph[][][];
  /** Columns each cell covers (Word's gridSpan), per row and cell; absent when no cell spans. */
  spans?: number[][];
  /** The table stands in a landscape section (the page turned for a wide task table). */
  landscape?: boolean;
}

export type SourceBlock = SourceParagraph | SourceTable;

export interface SourceDocument {
  blocks: SourceBlock[];
  /** Number of non-empty source paragraphs (ids 0 … count-1). */
  paragraphCount: number;
  warnings: Array<{ text: string; reason: string }>;
  /** Plain text (.txt) has no page breaks: continuations are joined by their shape alone. */
  plainText: boolean;
}

/**
 * A plan paragraph is a few hundred characters; even a long deliverable stays under 20 000 (the
 * model's limit). Anything far beyond is a broken or hostile file, refused before it costs time.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;

export function paragraphTooLong(length: number): AppError {
  return new AppError(
    'import_paragraph_too_long',
    `Tệp có một đoạn văn dài bất thường (${length.toLocaleString('vi')} ký tự, giới hạn ${MAX_PARAGRAPH_CHARS.toLocaleString('vi')}); tệp hỏng hoặc không phải văn bản kế hoạch, đã dừng nhập.`,
    `The file has an abnormally long paragraph (${length} characters, limit ${MAX_PARAGRAPH_CHARS}); it is broken or not a plan document. Import stopped.`,
  );
}

export function sourceParagraphText(p: SourceParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
