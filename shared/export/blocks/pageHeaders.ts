import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportContext } from '../context.ts';
import { draftCaption } from '../../format/nd30Text.ts';
import { alignment, styledRun, TIGHT } from '../docxStyle.ts';
import { ptToEighths, ptToHalfPt } from '../../format/units.ts';

/** The visible draft mark: a boxed "DỰ THẢO" with the revision and export date under it. */
function draftParagraphs(ctx: ExportContext): Paragraph[] {
  const d = ctx.spec.draft;
  const box = {
    style: BorderStyle.SINGLE,
    size: ptToEighths(d.borderPt),
    color: ctx.spec.font.color,
    space: 1,
  };
  const out = [
    new Paragraph({
      alignment: alignment(d.style),
      spacing: TIGHT,
      children: [styledRun(d.mark, d.style, { border: box })],
    }),
  ];
  const caption = draftCaption(ctx.revision, ctx.exportedAt);
  if (caption) {
    out.push(
      new Paragraph({
        alignment: alignment(d.style),
        spacing: TIGHT,
        children: [styledRun(caption, { ...d.style, bold: false, italic: true, upper: false })],
      }),
    );
  }
  return out;
}

/** Page 1 of a section: no page number (NĐ 30); the draft mark when exporting a draft. */
export function firstPageHeader(ctx: ExportContext): Header {
  return new Header({
    children: ctx.draft ? draftParagraphs(ctx) : [new Paragraph({ spacing: TIGHT, children: [] })],
  });
}

/** Pages 2…: the Arabic page number centred in the top margin (then the draft mark, if any). */
export function pageNumberHeader(ctx: ExportContext): Header {
  const p = ctx.spec.pageNumber;
  const number = new Paragraph({
    alignment: p.align === 'center' ? AlignmentType.CENTER : alignment(p),
    spacing: TIGHT,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPt(p.sizePt), bold: p.bold })],
  });
  return new Header({ children: [number, ...(ctx.draft ? draftParagraphs(ctx) : [])] });
}
