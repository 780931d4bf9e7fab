import { Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, type Paragraph } from 'docx';
import type { ExportContext } from '../context.ts';
import { textWidthMm } from '../../format/nd30.ts';
import { archiveLine, recipientLine } from '../../format/nd30Text.ts';
import { lineParagraph, TIGHT } from '../docxStyle.ts';
import { mmToTwip, ptToTwip } from '../../format/units.ts';

/**
 * Nơi nhận and the signature: a borderless two-column table. "Nơi nhận:" stands level with the
 * signer's first line; the signature column leaves empty space for the signature and the seal.
 */
export function footerBlock(ctx: ExportContext): Table {
  const f = ctx.spec.footer;
  const total = textWidthMm();
  const leftMm = total * f.recipientsColumnFraction;
  const rightMm = total - leftMm;
  const before = { spacing: { ...TIGHT, before: ptToTwip(f.beforePt) } };

  const recipients: Paragraph[] = [
    lineParagraph(f.recipientsLabel.text, f.recipientsLabel, before),
    ...ctx.plan.recipients.entries
      .filter((e) => e.trim() !== '')
      .map((e) => lineParagraph(recipientLine(e), f.recipientsList)),
    lineParagraph(archiveLine(ctx.plan.recipients.archive), f.recipientsList),
  ];

  const sig = ctx.plan.signature;
  const lines = sig.lines.filter((l) => l.trim() !== '');
  const signature: Paragraph[] = lines.map((l, i) =>
    lineParagraph(l.trim(), f.signatureLines, i === 0 ? before : {}),
  );
  signature.push(
    lineParagraph(sig.name.trim(), f.signatureName, {
      spacing: { ...TIGHT, before: ptToTwip(f.signatureSpacePt + (lines.length === 0 ? f.beforePt : 0)) },
    }),
  );

  const cell = (widthMm: number, children: Paragraph[]): TableCell =>
    new TableCell({ width: { size: mmToTwip(widthMm), type: WidthType.DXA }, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(total), type: WidthType.DXA },
    columnWidths: [mmToTwip(leftMm), mmToTwip(rightMm)],
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new TableRow({ cantSplit: true, children: [cell(leftMm, recipients), cell(rightMm, signature)] })],
  });
}
