import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/contract/appError.ts';
import type { PdfPage, PdfTextItem } from '../../../shared/import/pdfLines.ts';
import { annotationTextItems } from './pdfAnnotationItems.ts';
import { pageRules } from './pdfRules.ts';

// The text layer of a PDF, as positioned pieces of text (the layout is read in shared/import/pdfLines.ts).
// pdfjs-dist's legacy build is the one meant for Node. Version 6 never evaluates code from a file
// (the isEvalSupported option of older versions is gone). Only text is read, no font is rendered:
// the standard fonts point at the package's own copies so that pdfjs does not warn about them.

/** More pages than any plan has: a bigger file is refused before its pages are read. */
const MAX_PAGES = 400;

function standardFontDataUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return pathToFileURL(path.join(path.dirname(pkg), 'standard_fonts') + path.sep).href;
}

/** A font's glyph-space scale from pdfjs's loaded font (its font matrix), 0.001 when unknown. */
function fontScale(objs: { get(name: string): unknown }, font: string): number {
  try {
    const loaded = objs.get(font) as { fontMatrix?: unknown } | null;
    const m = loaded?.fontMatrix;
    if (Array.isArray(m) && typeof m[0] === 'number' && m[0] !== 0) return m[0];
  } catch {
    // Not loaded (the font was never used on this page): the usual scale.
  }
  return 0.001;
}

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // Loaded when a PDF is read: pdfjs (and the canvas binding it probes) would otherwise cost every
  // start of the command line, the web host and the import worker (issue 13).
  const { getDocument, VerbosityLevel, OPS, AnnotationMode } =
    await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException')
      throw new AppError(
        'pdf_encrypted',
        'Tệp PDF được đặt mật khẩu: hãy mở khóa tệp rồi nhập lại.',
        'The PDF is password-protected: unlock it, then import it again.',
      );
    throw new AppError(
      'pdf_unreadable',
      'Không đọc được tệp PDF: tệp hỏng hoặc không phải PDF.',
      'Cannot read the PDF: the file is broken or not a PDF.',
    );
  }
  try {
    if (doc.numPages > MAX_PAGES)
      throw new AppError(
        'import_too_large',
        `Tệp PDF có ${doc.numPages} trang, quá dài để là một kế hoạch (giới hạn ${MAX_PAGES}).`,
        `The PDF has ${doc.numPages} pages, too long to be a plan (limit ${MAX_PAGES}).`,
      );
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        // Turned text (a stamp, a vertical margin note) is not part of the lines of the page.
        if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue;
        items.push({
          str: item.str,
          x,
          y,
          width: item.width,
          // The font size: the transform's vertical scale (item.height is 0 for blank pieces).
          size: Math.abs(d) || item.height,
          font: item.fontName,
        });
      }
      // The page as drawn: the rules of its tables (pdfRules.ts), and the text a signature field's
      // appearance holds — the number or the day stamped into the header (pdfAnnotationItems.ts).
      const list = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
      items.push(...annotationTextItems(OPS, list, (font) => fontScale(page.commonObjs, font)));
      pages.push({ width, height, items, rules: pageRules(OPS, list) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
