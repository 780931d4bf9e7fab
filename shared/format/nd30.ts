/**
 * The ONE format specification of Decree 30/2020/NĐ-CP, Appendix I, as data. Three consumers read it:
 * the Word exporter (shared/export), the live A4 preview (renderer/preview) and the verifier
 * (shared/verify). Every size, indent and spacing they use comes from here.
 *
 * `range` values are what the decree allows (the verifier accepts anything inside them); the plain
 * values are what PlanDraft writes, chosen inside the ranges the way provincial offices print.
 */

export interface Range {
  min: number;
  max: number;
}

/** How one kind of text is set. Sizes in points. */
export interface TextStyle {
  sizePt: number;
  sizeRange: Range;
  bold: boolean;
  italic: boolean;
  /** Printed upper case whatever was typed. */
  upper: boolean;
  align: 'left' | 'center' | 'right' | 'justify';
}

const style = (
  sizePt: number,
  sizeRange: Range,
  bold: boolean,
  italic: boolean,
  upper: boolean,
  align: TextStyle['align'],
): TextStyle => ({ sizePt, sizeRange, bold, italic, upper, align });

const PT_12_13: Range = { min: 12, max: 13 };
const PT_13_14: Range = { min: 13, max: 14 };

export const ND30 = {
  clause: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  page: {
    /** A4 portrait. */
    widthMm: 210,
    heightMm: 297,
    /** What PlanDraft writes, inside the decree's ranges below. */
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    marginRangesMm: {
      top: { min: 20, max: 25 },
      bottom: { min: 20, max: 25 },
      left: { min: 30, max: 35 },
      right: { min: 15, max: 20 },
    },
    /** Distance from the page edge to the page-number line in the top margin. */
    headerDistanceMm: 10,
    footerDistanceMm: 10,
    /** Tolerance when reading a page size back (Word rounds mm to twips). */
    sizeToleranceMm: 1,
  },
  font: {
    family: 'Times New Roman',
    /** Black; Word's "auto" colour also prints black. */
    color: '000000',
    lang: 'vi-VN',
  },
  pageNumber: {
    ...style(13, PT_13_14, false, false, false, 'center'),
    /** Arabic numerals, centred in the top margin, none on page 1. */
    firstPage: false,
  },
  header: {
    /** The decree fixes no column widths; the right column must hold the Quốc hiệu on one line. */
    table: {
      /** Narrowest left column (the bodies' names and "Số: …"). */
      leftMinMm: 55,
      /** Room kept around the Quốc hiệu beyond its measured width (cell margins and slack). */
      rightSlackMm: 8,
      /** How far the header table may reach into the left margin to keep a long body name on one line. */
      maxOutdentMm: 10,
      /** Cell margins left and right. */
      cellMarginMm: 1,
    },
    parentBody: style(13, PT_12_13, false, false, true, 'center'),
    issuingBody: style(13, PT_12_13, true, false, true, 'center'),
    /** Line under the issuing body: a fraction of its text's width. */
    issuingBodyRule: { fraction: 0.4, range: { min: 1 / 3, max: 1 / 2 } },
    quocHieu: {
      ...style(13, PT_12_13, true, false, true, 'center'),
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    },
    tieuNgu: {
      ...style(14, PT_13_14, true, false, false, 'center'),
      text: 'Độc lập - Tự do - Hạnh phúc',
    },
    /** Line under the Tiêu ngữ: as long as the text (±10 % accepted when read back). */
    tieuNguRule: { fraction: 1, range: { min: 0.9, max: 1.1 } },
    numberSymbol: { ...style(13, { min: 13, max: 13 }, false, false, false, 'center'), label: 'Số:' },
    placeDate: style(14, PT_13_14, false, true, false, 'center'),
    /** Space above the "Số:" / date row, separating it from the names. */
    numberRowBeforePt: 6,
    /**
     * A công văn's trích yếu (ô 5b): "V/v …" centred under the number, 12–13 pt upright, 6 pt below
     * the number (NĐ 30/2020, Phụ lục I, mục II.5.b).
     */
    congVanSummary: style(12, { min: 12, max: 13 }, false, false, false, 'center'),
    congVanSummaryBeforePt: 6,
    /** Non-breaking blank the clerk fills by hand, for an unissued number. */
    numberBlank: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
  },
  title: {
    typeName: style(14, PT_13_14, true, false, true, 'center'),
    typeNameBeforePt: 18,
    summary: style(14, PT_13_14, true, false, false, 'center'),
    /** Line under the trích yếu: a fraction of its (longest) line. */
    summaryRule: { fraction: 0.4, range: { min: 1 / 3, max: 1 / 2 } },
    afterPt: 12,
  },
  /** Drawn lines (borders of an empty paragraph set to the line's length). */
  rule: {
    widthPt: 0.75,
    /** Height of the paragraph carrying the border: the line sits right under the text above. */
    heightPt: 4,
  },
  body: {
    ...style(14, PT_13_14, false, false, false, 'justify'),
    firstLineCm: 1.27,
    firstLineRangeCm: { min: 1, max: 1.27 },
    /** ≥ 6 pt between paragraphs. */
    afterPt: 6,
    minAfterPt: 6,
    beforePt: 0,
    /** Line spacing in lines: single to 1.5. */
    lineSpacing: 1.15,
    lineSpacingRange: { min: 1, max: 1.5 },
  },
  legalBasis: {
    ...style(14, PT_13_14, false, true, false, 'justify'),
    separator: ';',
    terminator: '.',
  },
  headings: {
    /** "I. MỤC ĐÍCH, YÊU CẦU" */
    section: style(14, PT_13_14, true, false, true, 'justify'),
    /** "1. Mục đích" */
    level1: style(14, PT_13_14, true, false, false, 'justify'),
    /** "1.1. Ban hành …" */
    level2: style(14, PT_13_14, false, true, false, 'justify'),
    /** "a) …" */
    level3: style(14, PT_13_14, false, false, false, 'justify'),
  },
  task: {
    /** Lines under a task, in the seed's order and wording. */
    fields: [
      { key: 'lead', label: 'Cơ quan chủ trì' },
      { key: 'coordinating', label: 'Cơ quan phối hợp' },
      { key: 'timeline', label: 'Thời gian thực hiện' },
      { key: 'deliverable', label: 'Kết quả sản phẩm' },
    ],
    bullet: '- ',
    /** A value that ends with none of these gets a final "." */
    terminalPunctuation: '.;:!?…',
    finalMark: '.',
  },
  footer: {
    /** Share of the text width taken by the Nơi nhận column; the signature takes the rest. */
    recipientsColumnFraction: 0.45,
    /** The signature column may widen to this share of the text width for a long title, then breaks it. */
    signatureColumnMaxFraction: 0.62,
    beforePt: 12,
    recipientsLabel: { ...style(12, { min: 12, max: 12 }, true, true, false, 'left'), text: 'Nơi nhận:' },
    recipientsList: {
      ...style(11, { min: 11, max: 11 }, false, false, false, 'left'),
      bullet: '- ',
      separator: ';',
    },
    archivePrefix: 'Lưu: ',
    signatureLines: style(14, PT_13_14, true, false, true, 'center'),
    /** Empty space for the signature and the seal, between the title lines and the name. */
    signatureSpacePt: 84,
    signatureName: style(14, PT_13_14, true, false, false, 'center'),
  },
  draft: {
    mark: 'DỰ THẢO',
    style: style(13, PT_13_14, true, false, true, 'right'),
    borderPt: 1,
  },
  appendix: {
    title: style(14, PT_13_14, true, false, true, 'center'),
    subtitle: style(14, PT_13_14, false, true, false, 'center'),
    tableText: style(12, { min: 11, max: 14 }, false, false, false, 'left'),
    tableHeader: style(12, { min: 11, max: 14 }, true, false, false, 'center'),
    subtitleAfterPt: 12,
    tableBorderPt: 0.5,
    cellMarginMm: 1.5,
    /** Width of an "STT" column; other columns share the rest in proportion to their header text. */
    narrowColumnMm: 12,
    minColumnWeight: 8,
  },
} as const;

export type Nd30Spec = typeof ND30;
export type TaskFieldKey = (typeof ND30.task.fields)[number]['key'];

/** Width of the text area of an A4 page, portrait or landscape. */
export function textWidthMm(landscape = false): number {
  const { widthMm, heightMm, marginsMm } = ND30.page;
  const paper = landscape ? heightMm : widthMm;
  return paper - marginsMm.left - marginsMm.right;
}
