import { AppError } from '../contract/appError.ts';
import type { Plan } from '../model/plan.ts';
import { readability, READABLE_SHARE, repairFontText } from './fontRepair.ts';
import type { ImportOptions, ImportReport } from './importReport.ts';
import { pdfLines, type PdfPage } from './pdfLines.ts';
import { pdfParagraphs } from './pdfParagraphs.ts';
import { pdfTables, type PdfTable } from './pdfTables.ts';
import { recognise } from './recognise.ts';
import {
  MAX_PARAGRAPH_CHARS,
  paragraphTooLong,
  type SourceBlock,
  type SourceDocument,
  type SourceParagraph,
} from './sourceModel.ts';

// A PDF's text layer as a plan (issue 10, point 4): the fonts whose encoding is broken are repaired
// when the dictionary test finds the mapping, the layout is read into paragraphs, and the
// paragraphs go through the same recogniser as Word and text files. A PDF that has no usable text
// (a scan, a broken encoding that cannot be repaired, an OCR layer of garbage) is refused whole,
// with how much of it was unreadable: half a plan imported from it would be worse than none.

/** Fewer letters than this per page: a scan without a text layer. */
const MIN_LETTERS_PER_PAGE = 40;

const pct = (share: number): string => `${Math.round(share * 100)}`;

/** Repair each broken font in place; the warnings say which were repaired. */
function repairFonts(pages: PdfPage[], warnings: SourceDocument['warnings']): void {
  const byFont = new Map<string, string[]>();
  for (const item of pages.flatMap((p) => p.items)) {
    const strings = byFont.get(item.font);
    if (strings) strings.push(item.str);
    else byFont.set(item.font, [item.str]);
  }
  for (const [font, strings] of byFont) {
    const fixed = repairFontText(strings.join(' '));
    if (fixed === null) continue;
    for (const item of pages.flatMap((p) => p.items))
      if (item.font === font) item.str = fixed.apply(item.str);
    const { shift, learned, before, after } = fixed.repair;
    const how = [
      shift !== 0 ? `mã lệch ${shift} / codes shifted by ${shift}` : '',
      Object.keys(learned).length > 0
        ? `${Object.keys(learned).length} ký tự học theo từ điển / characters learned from the dictionary`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    warnings.push({
      text: font,
      reason: `Phông chữ mã hóa hỏng đã được sửa (${how}): từ đọc được ${pct(before.share)}% → ${pct(after.share)}%; hãy soát lại chữ có dấu / broken font encoding repaired (${how}): readable words ${pct(before.share)}% → ${pct(after.share)}%; proofread the accented letters`,
    });
  }
}

/** The PDF's text, checked and laid out as source paragraphs for the recogniser. */
export function readPdf(pages: PdfPage[]): SourceDocument {
  const warnings: SourceDocument['warnings'] = [];
  const all = pages.flatMap((p) => p.items.map((i) => i.str)).join(' ');
  const letters = all.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, pages.length) * 0.5)
    throw new AppError(
      'pdf_no_text',
      'Tệp PDF không có lớp chữ (bản quét hoặc ảnh chụp): không có gì để nhập. Hãy nhập bản Word, hoặc nhận dạng chữ (OCR) tệp này trước.',
      'The PDF has no text layer (a scan or a photo): there is nothing to import. Import the Word file instead, or run text recognition (OCR) on this file first.',
    );
  repairFonts(pages, warnings);
  const after = readability(pages.flatMap((p) => p.items.map((i) => i.str)).join(' '));
  if (after.share < READABLE_SHARE) {
    const unreadable = 1 - after.share;
    throw new AppError(
      'pdf_unreadable_text',
      `Lớp chữ của tệp PDF không đọc được: ${pct(unreadable)}% số từ (${after.words - after.readable}/${after.words}) không phải tiếng Việt — phông chữ mã hóa hỏng hoặc chữ nhận dạng (OCR) sai, không sửa được. Không nhập gì; hãy nhập bản Word của văn bản này.`,
      `The PDF's text layer is unreadable: ${pct(unreadable)}% of its words (${after.words - after.readable}/${after.words}) are not Vietnamese — a broken font encoding or bad text recognition (OCR) that could not be repaired. Nothing was imported; import the Word file of this document instead.`,
    );
  }
  // Ruled tables are read from their grid; the text outside them, line by line (pdfTables.ts).
  const { tables, rest } = pdfTables(
    pages,
    pages.map((p) => p.rules ?? []),
  );
  const paragraphs = pdfParagraphs(pdfLines(rest));
  const blocks: SourceBlock[] = [];
  let count = 0;
  const paragraph = (
    text: string,
    breakBefore: boolean,
    align: SourceParagraph['align'],
  ): SourceParagraph => ({
    kind: 'paragraph',
    id: count++,
    runs: [{ text }],
    numberLabel: null,
    bullet: false,
    breakBefore,
    align,
  });
  const pending = [...tables];
  /** The tables that stand above a paragraph at (page, y), in order. */
  const tablesBefore = (page: number, y: number): void => {
    while (pending.length > 0) {
      const t: PdfTable | undefined = pending[0];
      if (t === undefined || t.page > page || (t.page === page && t.top < y)) return;
      pending.shift();
      blocks.push({
        kind: 'table',
        rows: t.rows.map((row) =>
          row.map((cell) => {
            const text = cell.normalize('NFC');
            if (text.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(text.length);
            return text.trim() === '' ? [] : [paragraph(text, false, null)];
          }),
        ),
      });
    }
  };
  let page = 0;
  for (const p of paragraphs) {
    const text = p.text.normalize('NFC');
    if (text.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(text.length);
    if (text.trim() === '') continue;
    tablesBefore(p.page, p.y);
    // A sentence may run over to the next page: the recogniser joins it back.
    blocks.push(paragraph(text, p.page !== page, p.align));
    page = p.page;
  }
  tablesBefore(Infinity, -Infinity);
  return { blocks, paragraphCount: count, warnings, plainText: false };
}

export function importPdf(
  pages: PdfPage[],
  options: ImportOptions = {},
): { plan: Plan; report: ImportReport } {
  return recognise(readPdf(pages), options);
}
