/**
 * The printed document as data: what the Word file says, block by block, in its own units (twips =
 * 1/20 pt; line spacing "auto" in 240ths of a line). `layoutPlan` builds it once from the plan; the
 * docx builders write it out and the preview draws it, and the paginator reads these same numbers, so
 * the screen cannot set a line the file does not.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface LayoutRun {
  /** The printed text, already cased by its style. */
  text: string;
  sizePt: number;
  bold: boolean;
  /** Absent: not written (the page-number field inherits it). */
  italic?: boolean;
  underline?: boolean;
  /** A box drawn round the run (the draft mark): its line width in eighths of a point, gap in pt. */
  box?: { widthEighths: number; spacePt: number; color: string };
  /** A field printed instead of the text: the page number. */
  field?: 'page';
  /** Starts a new line of its paragraph (a line break, `<w:br/>`): a long name broken by group. */
  breakBefore?: boolean;
}

/** Paragraph spacing as OOXML writes it; an absent value is not written. */
export interface Spacing {
  before?: number;
  after?: number;
  /** 240ths of a line when `lineRule` is auto, twips when exact. */
  line?: number;
  lineRule?: 'auto' | 'exact';
}

export interface Border {
  widthEighths: number;
  color: string;
}

/** What a paragraph is, for the preview's marks and the parity test (not printed). */
export type ParagraphRole =
  | 'line'
  | 'rule'
  | 'body'
  | 'legalBasis'
  | 'heading'
  | 'task'
  | 'cell'
  | 'pageNumber'
  | 'draftMark'
  | 'draftCaption'
  | 'empty';

export interface LayoutParagraph {
  type: 'paragraph';
  role: ParagraphRole;
  align?: Align;
  /** Twips. */
  indent?: { firstLine?: number; left?: number; right?: number };
  spacing: Spacing;
  keepNext?: boolean;
  /** A drawn line under the paragraph (the rules of NĐ 30), `space` pt from the text. */
  bottomBorder?: Border & { space: number };
  runs: LayoutRun[];
}

export interface LayoutCell {
  /** The cell's width; a cell across several grid columns has their sum. */
  widthTwip: number;
  /** Grid columns the cell covers (a heading row across a task table); absent: 1. */
  columnSpan?: number;
  /** Merged with the cells below (`restart`) or above (`continue`: printed empty, no line above). */
  verticalMerge?: 'restart' | 'continue';
  verticalAlign?: 'top';
  paragraphs: LayoutParagraph[];
}

export interface LayoutRow {
  /** Repeated at the top of every page the table continues on. */
  repeatHeader?: boolean;
  cantSplit?: boolean;
  cells: LayoutCell[];
}

export interface LayoutTable {
  type: 'table';
  role: 'header' | 'footer' | 'appendix';
  widthTwip: number;
  columnsTwip: number[];
  /** Twips from the text's left edge (negative: into the margin). Absent: not written. */
  indentTwip?: number;
  /** Every outer and inner line, or none. */
  borders: Border | null;
  /** Left and right cell margins in twips (top and bottom are 0). */
  cellMarginTwip: number;
  rows: LayoutRow[];
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface PageSetup {
  /** The paper in twips, portrait (a landscape section turns it). */
  paperWidthTwip: number;
  paperHeightTwip: number;
  landscape: boolean;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

/** A Word section: the plan, or one appendix. Numbered from 1; page 1 has its own header. */
export interface LayoutSection {
  key: string;
  page: PageSetup;
  /** Header of the section's first page (no page number). */
  firstHeader: LayoutParagraph[];
  /** Header of its other pages (the page number). */
  defaultHeader: LayoutParagraph[];
  blocks: LayoutBlock[];
}

export interface PlanLayout {
  draft: boolean;
  /** The document's default run: its size sets an empty paragraph's line. */
  defaultSizePt: number;
  sections: LayoutSection[];
}
