import type { Appendix, Item, Plan, Section, TextBlock } from '../model/plan.ts';
import type { FieldKey } from './fieldLabels.ts';
import type { Line } from './logicalLines.ts';
import { appendixTable } from './recogniseAppendixTable.ts';
import { afterLine, recipientsLine, signatureLine } from './recogniseClosing.ts';
import { bodyLine, ensureSection } from './recogniseBody.ts';
import { keepUnplaced, newId, type Ctx } from './recogniseContext.ts';
import { finishHeader, headerLine, preambleLine, summaryLine } from './recogniseHeader.ts';
import { lineParagraph, type Entry } from './recogniseLines.ts';
import { RECIPIENTS } from './recognisePatterns.ts';
import { taskTable } from './recogniseTaskTable.ts';

/** The zone of the plan the recogniser is in; each zone's lines go to its handler. */
export type State = 'header' | 'summary' | 'preamble' | 'body' | 'recipients' | 'signature' | 'after';

const HANDLERS: Record<State, (r: Recogniser, line: Line, text: string) => void> = {
  header: headerLine,
  summary: summaryLine,
  preamble: preambleLine,
  body: bodyLine,
  recipients: recipientsLine,
  signature: signatureLine,
  after: afterLine,
};

/**
 * The cells of a table read as text, in reading order: row by row, except a Nơi nhận/signature
 * table laid out in rows ("Nơi nhận:" | "KT. CHỦ TỊCH" over recipients | title and name), which is
 * two columns read one after the other, so the recipients do not run into the signature.
 */
function readingOrder(cells: Line[][][]): Line[][] {
  const first = cells[0]?.[0]?.[0]?.full.trim() ?? '';
  const rows = cells.length;
  if (rows < 2 || !RECIPIENTS.test(first) || cells.some((row) => row.length !== cells[0]?.length))
    return cells.flat();
  const columns = cells[0]?.length ?? 0;
  const out: Line[][] = [];
  for (let c = 0; c < columns; c++) for (const row of cells) out.push(row[c] ?? []);
  return out;
}

/** The recogniser's state as it walks the document; the zone handlers read and move it. */
export class Recogniser {
  state: State = 'header';
  headerUpper: Line[] = [];
  headerOther: Line[] = [];
  /** A type-name line (or a công văn's "V/v" trích yếu) was read: the type is the document's own. */
  typeNameSeen = false;
  /** Source paragraphs of the last signature title line: a title broken by line breaks is one line. */
  signatureSources: string | null = null;
  summaryBold = false;
  /** The "V/v …" line of a công văn, once read. */
  congVanSummary: Line | null = null;
  summaryLines = 0;
  section: Section | null = null;
  /** Open items by depth (index 0 = depth 1). */
  stack: Item[] = [];
  textBlock: TextBlock | null = null;
  closed = false;
  appendix: Appendix | null = null;
  /** Field set last on the current item: a continuation line may extend it. */
  lastField: { item: Item; key: FieldKey } | null = null;
  trailing: Line[] = [];
  /** Task fields whose label the plan was seen to write (the first label met is the plan's). */
  labelsSeen = new Set<FieldKey>();
  /** The table cell whose lines are being read, or null outside tables. */
  cell: Line[] | null = null;
  /**
   * The header cell holding a công văn's "V/v …": its further lines (a V/v broken over lines) are
   * the same trích yếu, and the header goes on in the other cells until the table ends.
   */
  congVanCell: Line[] | null = null;
  /** Items opened by a letter (a, b, …), so the next letter becomes their sibling. */
  points = new Set<string>();

  constructor(readonly ctx: Ctx) {}

  get plan(): Plan {
    return this.ctx.plan;
  }

  feed(entry: Entry): void {
    if (entry.kind === 'line') {
      this.line(entry.line);
      return;
    }
    if ((this.state === 'body' || this.state === 'preamble') && taskTable(this, entry)) return;
    if (this.state === 'after' && this.appendix && appendixTable(this, entry)) return;
    for (const cell of readingOrder(entry.cells)) {
      this.cell = cell;
      for (const line of cell) this.line(line);
    }
    this.cell = null;
    if (this.congVanCell) {
      this.congVanCell = null;
      if (this.state === 'header') this.state = 'summary';
    }
  }

  line(line: Line): void {
    HANDLERS[this.state](this, line, line.full.trim());
  }

  /** Move to another zone and let it read the line that ended the last one. */
  enter(state: State, line: Line): void {
    this.state = state;
    this.line(line);
  }

  finish(): void {
    if (this.state === 'header' || this.headerUpper.length > 0 || this.headerOther.length > 0)
      finishHeader(this);
    if (this.trailing.length > 0) {
      const section = ensureSection(this);
      const block: TextBlock = { type: 'text', id: newId(this.ctx, 'p'), body: [] };
      for (const l of this.trailing) {
        block.body.push(lineParagraph(l));
        keepUnplaced(
          this.ctx,
          l,
          'Đứng sau chữ ký, không xếp được; giữ thành đoạn văn cuối mục cuối / after the signature and not placed; kept as text at the end of the last section',
        );
      }
      section.content.push(block);
    }
  }
}

