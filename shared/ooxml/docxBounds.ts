import { SaxesParser } from 'saxes';
import { AppError } from '../contract/appError.ts';
import { entryText, readPackage } from './readPackage.ts';

/**
 * Bounds on the text of a Word document that every reader of a .docx from outside shares (issue 12).
 * A 100-page plan has ~300 000 characters and no paragraph near 100 000; a 20 MB paragraph made the
 * rule-by-rule verification run for many seconds and over a gigabyte.
 */
export const MAX_DOCX_PARAGRAPH_CHARS = 100_000;
export const MAX_DOCX_TEXT_CHARS = 5_000_000;

const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

function tooLong(part: string, what: 'paragraph' | 'text', length: number): AppError {
  return what === 'paragraph'
    ? new AppError(
        'docx_paragraph_too_long',
        `Tệp Word có một đoạn văn dài bất thường (hơn ${MAX_DOCX_PARAGRAPH_CHARS.toLocaleString('vi')} ký tự); tệp hỏng hoặc độc hại, không đọc tiếp.`,
        `The Word file has an abnormally long paragraph (over ${MAX_DOCX_PARAGRAPH_CHARS.toLocaleString('en')} characters); it is broken or hostile. Not read further.`,
        part,
      )
    : new AppError(
        'docx_text_too_large',
        `Tệp Word có quá nhiều chữ để là một văn bản hành chính (${length.toLocaleString('vi')} ký tự, giới hạn ${MAX_DOCX_TEXT_CHARS.toLocaleString('vi')}).`,
        `The Word file holds too much text for an administrative document (${length.toLocaleString('en')} characters, limit ${MAX_DOCX_TEXT_CHARS.toLocaleString('en')}).`,
        part,
      );
}

class Stop extends Error {}

/**
 * Refuse, before any tree is built, a .docx whose paragraphs or text are beyond any real document:
 * the package is read with readPackage's streaming limits, the text parts are scanned by a SAX
 * parser that only counts characters (linear time, no tree). Throws a bilingual AppError.
 */
export function assertDocxBounded(bytes: Uint8Array): void {
  const pkg = readPackage(bytes, (name) => TEXT_PARTS.test(name));
  for (const part of pkg.keys()) {
    const xml = entryText(pkg, part) ?? '';
    const parser = new SaxesParser({ xmlns: false });
    let paragraph = 0;
    let total = 0;
    let failure: AppError | null = null;
    parser.on('opentag', (tag) => {
      if (tag.name === 'w:p') paragraph = 0;
    });
    parser.on('text', (text) => {
      paragraph += text.length;
      total += text.length;
      if (paragraph > MAX_DOCX_PARAGRAPH_CHARS) failure = tooLong(part, 'paragraph', paragraph);
      else if (total > MAX_DOCX_TEXT_CHARS) failure = tooLong(part, 'text', total);
      if (failure) throw new Stop();
    });
    try {
      parser.write(xml).close();
    } catch {
      // Malformed XML is the verifier's to report rule by rule; only the bounds are decided here.
    }
    if (failure) throw failure;
  }
}
