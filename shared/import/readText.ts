import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from './legacyEncoding.ts';
import { layoutPlainText } from './textLayout.ts';
import { textTables } from './textTables.ts';
import {
  MAX_PARAGRAPH_CHARS,
  paragraphTooLong,
  type SourceBlock,
  type SourceDocument,
  type SourceParagraph,
} from './sourceModel.ts';

export interface ReadTextOptions {
  /** 'auto' (default) converts text that is clearly TCVN3 or VNI; 'none' never converts. */
  legacyEncoding?: 'auto' | 'none' | LegacyEncoding;
}

/**
 * Plain text: one paragraph per non-empty line (the import report counts lines). A byte-order mark
 * and Windows line ends are dropped; decomposed (NFD) diacritics are composed.
 */
export function readText(text: string, options: ReadTextOptions = {}): SourceDocument {
  const warnings: SourceDocument['warnings'] = [];
  const src = text.replace(/^\ufeff/, '');
  const mode = options.legacyEncoding ?? 'auto';
  const encoding = mode === 'auto' ? detectLegacyEncoding(src) : mode === 'none' ? null : mode;
  const lines = src.split(/\r\n|\r|\n|\u2028|\u2029/);
  for (const line of lines) if (line.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(line.length);
  if (encoding) {
    warnings.push({
      text: encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI',
      reason: `Văn bản mã cũ đã được chuyển sang Unicode / legacy encoding converted to Unicode`,
    });
  }
  // decodeTextBytes replaced the bad bytes of a mostly-UTF-8 line by U+FFFD: say which lines.
  const damaged = lines.flatMap((l, i) => (l.includes('\ufffd') ? [i + 1] : []));
  if (damaged.length > 0) {
    const list = damaged.slice(0, 10).join(', ') + (damaged.length > 10 ? '…' : '');
    warnings.push({
      text: `dòng ${list}`,
      reason:
        'Có byte không đọc được theo UTF-8, đã thay bằng � — hãy kiểm tra các dòng này / invalid UTF-8 bytes replaced by � — check these lines',
    });
  }
  const converted = encoding ? lines.map((l) => decodeLegacy(l, encoding)) : lines;
  // Web and PDF copies: header cells, page numbers and running headers (textLayout.ts). Tabs stay
  // until then: they separate the header's cells.
  const normalised = converted.map((raw) =>
    raw
      .normalize('NFC')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/\u00ad/g, ''),
  );
  const blocks: SourceBlock[] = [];
  let count = 0;
  const paragraph = (text: string): SourceParagraph => ({
    kind: 'paragraph',
    id: count++,
    runs: [{ text }],
    numberLabel: null,
    bullet: false,
    breakBefore: false,
    align: null,
  });
  for (const block of textTables(layoutPlainText(normalised))) {
    if (block.kind === 'table') {
      // A cell is one line of the copy; an empty cell stays an empty cell of its row.
      const rows = block.rows.map((row) =>
        row.map((cell) => {
          const text = cell.replace(/\t/g, ' ').trim();
          return text === '' ? [] : [paragraph(text)];
        }),
      );
      blocks.push({ kind: 'table', rows });
      continue;
    }
    const line = block.text.replace(/\t/g, ' ');
    if (line.trim() === '') continue;
    blocks.push(paragraph(line));
  }
  return { blocks, paragraphCount: count, warnings, plainText: true };
}
