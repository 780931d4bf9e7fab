import type { Header, Plan } from '../../model/plan.ts';
import { withoutVv } from '../../legal/ownSymbol.ts';
import { ND30 } from '../nd30.ts';
import { headerLayout, numberSymbolLine, placeDateLine } from '../nd30Text.ts';
import { mmToTwip, ptToTwip } from '../units.ts';
import { lineParagraph, linesParagraph, ruleParagraph } from './styles.ts';
import type { LayoutCell, LayoutParagraph, LayoutTable } from './types.ts';

function cell(widthMm: number, paragraphs: LayoutParagraph[]): LayoutCell {
  return { widthTwip: mmToTwip(widthMm), verticalAlign: 'top', paragraphs };
}

/** A công văn has no type name: its trích yếu is printed in the header, after "V/v". */
export function isCongVan(plan: Pick<Plan, 'typeName'>): boolean {
  return plan.typeName.trim() === '';
}

/** "V/v …" as printed, whether or not the drafter typed the "V/v" in the trích yếu. */
export function congVanSummaryLine(summary: string): string {
  const text = withoutVv(summary);
  return text === '' ? '' : `V/v ${text}`;
}

/**
 * The NĐ 30 header: a borderless table. Row 1: parent body over issuing body (with its short line) |
 * Quốc hiệu over Tiêu ngữ (with a line of its own length). Row 2: "Số: …" | the italic place/date,
 * so the two sit on the same line as the decree shows. A công văn's "V/v …" (congVanSummary) goes
 * under its number, in the left column.
 */
export function headerTable(h: Header, congVanSummary = ''): LayoutTable {
  const hs = ND30.header;
  const layout = headerLayout(h);
  const margin = hs.table.cellMarginMm;
  const leftInner = layout.leftMm - 2 * margin;
  const rightInner = layout.rightMm - 2 * margin;

  const left: LayoutParagraph[] = [];
  if (layout.parentLines.length > 0) left.push(linesParagraph(layout.parentLines, hs.parentBody));
  left.push(linesParagraph(layout.issuingLines.length > 0 ? layout.issuingLines : [''], hs.issuingBody));
  left.push(ruleParagraph(layout.issuingRuleMm, leftInner));

  const right: LayoutParagraph[] = [
    lineParagraph(hs.quocHieu.text, hs.quocHieu),
    lineParagraph(hs.tieuNgu.text, hs.tieuNgu),
    ruleParagraph(layout.tieuNguRuleMm, rightInner),
  ];

  // No line spacing written: the row's lines are single-spaced by default.
  const rowBefore = { spacing: { before: ptToTwip(hs.numberRowBeforePt), after: 0 } };
  return {
    type: 'table',
    role: 'header',
    widthTwip: mmToTwip(layout.tableMm),
    columnsTwip: [mmToTwip(layout.leftMm), mmToTwip(layout.rightMm)],
    indentTwip: -mmToTwip(layout.outdentMm),
    borders: null,
    cellMarginTwip: mmToTwip(margin),
    rows: [
      { cantSplit: true, cells: [cell(layout.leftMm, left), cell(layout.rightMm, right)] },
      {
        cantSplit: true,
        cells: [
          cell(layout.leftMm, [
            lineParagraph(numberSymbolLine(h), hs.numberSymbol, rowBefore),
            ...(congVanSummary === ''
              ? []
              : [
                  lineParagraph(congVanSummary, hs.congVanSummary, {
                    spacing: { before: ptToTwip(hs.congVanSummaryBeforePt), after: 0 },
                  }),
                ]),
          ]),
          cell(layout.rightMm, [lineParagraph(placeDateLine(h), hs.placeDate, rowBefore)]),
        ],
      },
    ],
  };
}
