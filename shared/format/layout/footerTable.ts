import type { Plan } from '../../model/plan.ts';
import { ND30, textWidthMm } from '../nd30.ts';
import { archiveLine, nameLines, recipientLine, styledWidthMm } from '../nd30Text.ts';
import { mmToTwip, ptToTwip } from '../units.ts';
import { lineParagraph, linesParagraph, TIGHT } from './styles.ts';
import type { LayoutParagraph, LayoutTable } from './types.ts';

/** Room kept beside a signature line beyond its measured width, mm. */
const SIGNATURE_SLACK_MM = 2;

/**
 * The signature column's width, measured: its share of the text width, widened up to
 * `signatureColumnMaxFraction` when a title line ("TM. ỦY BAN NHÂN DÂN TỈNH …") needs it.
 */
export function signatureColumnMm(lines: readonly string[]): number {
  const f = ND30.footer;
  const total = textWidthMm();
  const base = total - total * f.recipientsColumnFraction;
  const widest = Math.max(0, ...lines.map((l) => styledWidthMm(l, f.signatureLines))) + SIGNATURE_SLACK_MM;
  return widest <= base ? base : Math.min(widest, total * f.signatureColumnMaxFraction);
}

/**
 * Nơi nhận and the signature: a borderless two-column table. "Nơi nhận:" stands level with the
 * signer's first line; the signature column leaves empty space for the signature and the seal. A
 * final copy completes the "Lưu" line's full stop. A title still too long for the widened column
 * breaks between word groups (breakName).
 */
export function footerTable(plan: Plan, final: boolean): LayoutTable {
  const f = ND30.footer;
  const total = textWidthMm();
  const before = { spacing: { ...TIGHT, before: ptToTwip(f.beforePt) } };

  const recipients: LayoutParagraph[] = [
    lineParagraph(f.recipientsLabel.text, f.recipientsLabel, before),
    ...plan.recipients.entries
      .filter((e) => e.trim() !== '')
      .map((e) => lineParagraph(recipientLine(e), f.recipientsList)),
    lineParagraph(archiveLine(plan.recipients.archive, final), f.recipientsList),
  ];

  const sig = plan.signature;
  const lines = sig.lines.filter((l) => l.trim() !== '');
  const rightMm = signatureColumnMm(lines);
  const leftMm = total - rightMm;
  const signature: LayoutParagraph[] = lines.map((l, i) =>
    linesParagraph(
      nameLines(l, f.signatureLines, rightMm - SIGNATURE_SLACK_MM),
      f.signatureLines,
      i === 0 ? before : {},
    ),
  );
  signature.push(
    lineParagraph(sig.name.trim(), f.signatureName, {
      spacing: { ...TIGHT, before: ptToTwip(f.signatureSpacePt + (lines.length === 0 ? f.beforePt : 0)) },
    }),
  );

  return {
    type: 'table',
    role: 'footer',
    widthTwip: mmToTwip(total),
    columnsTwip: [mmToTwip(leftMm), mmToTwip(rightMm)],
    borders: null,
    cellMarginTwip: 0,
    rows: [
      {
        cantSplit: true,
        cells: [
          { widthTwip: mmToTwip(leftMm), paragraphs: recipients },
          { widthTwip: mmToTwip(rightMm), paragraphs: signature },
        ],
      },
    ],
  };
}
