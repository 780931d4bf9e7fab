import { ND30 } from '../nd30.ts';
import { draftCaption } from '../nd30Text.ts';
import { ptToEighths } from '../units.ts';
import { styledRun, TIGHT } from './styles.ts';
import type { LayoutParagraph } from './types.ts';

export interface DraftInfo {
  revision: number | null;
  exportedAt: string | null;
}

/** The visible draft mark: a boxed "DỰ THẢO" with the revision and export date under it. */
export function draftParagraphs(info: DraftInfo): LayoutParagraph[] {
  const d = ND30.draft;
  const box = { widthEighths: ptToEighths(d.borderPt), spacePt: 1, color: ND30.font.color };
  const out: LayoutParagraph[] = [
    {
      type: 'paragraph',
      role: 'draftMark',
      align: d.style.align,
      spacing: TIGHT,
      runs: [styledRun(d.mark, d.style, { box })],
    },
  ];
  const caption = draftCaption(info.revision, info.exportedAt);
  if (caption) {
    out.push({
      type: 'paragraph',
      role: 'draftCaption',
      align: d.style.align,
      spacing: TIGHT,
      runs: [styledRun(caption, { ...d.style, bold: false, italic: true, upper: false })],
    });
  }
  return out;
}

/** Page 1 of a section: no page number (NĐ 30); the draft mark when exporting a draft. */
export function firstPageHeader(draft: DraftInfo | null): LayoutParagraph[] {
  return draft ? draftParagraphs(draft) : [{ type: 'paragraph', role: 'empty', spacing: TIGHT, runs: [] }];
}

/** Pages 2…: the Arabic page number centred in the top margin (then the draft mark, if any). */
export function pageNumberHeader(draft: DraftInfo | null): LayoutParagraph[] {
  const p = ND30.pageNumber;
  const number: LayoutParagraph = {
    type: 'paragraph',
    role: 'pageNumber',
    align: p.align,
    spacing: TIGHT,
    runs: [{ text: '', field: 'page', sizePt: p.sizePt, bold: p.bold }],
  };
  return [number, ...(draft ? draftParagraphs(draft) : [])];
}
