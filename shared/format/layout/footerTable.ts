import type { Plan } from '../../model/plan.ts';
import { ND30, textWidthMm } from '../nd30.ts';
import { archiveLine, recipientLine } from '../nd30Text.ts';
import { mmToTwip, ptToTwip } from '../units.ts';
import { lineParagraph, TIGHT } from './styles.ts';
import type { LayoutParagraph, LayoutTable } from './types.ts';

/**
 * Nơi nhận and the signature: a borderless two-column table. "Nơi nhận:" stands level with the
 * signer's first line; the signature column leaves empty space for the signature and the seal. A
 * final copy completes the "Lưu" line's full stop.
 */
export function footerTable(plan: Plan, final: boolean): LayoutTable {
  const f = ND30.footer;
  const total = textWidthMm();
  const leftMm = total * f.recipientsColumnFraction;
  const rightMm = total - leftMm;
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
  const signature: LayoutParagraph[] = lines.map((l, i) =>
    lineParagraph(l.trim(), f.signatureLines, i === 0 ? before : {}),
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
