import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { scanPlan } from '../citations/planCitations.ts';
import { withFootnotes } from './docxFootnotes.ts';
import { importDocx } from './importDocx.ts';

const p = (text: string, bold = false): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold })] });

async function planWithFootnotes(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: {
      1: {
        children: [
          new Paragraph(
            'Theo Quyết định: Thống nhất áp dụng Quyết định số 01/2025/QĐ-UBND ngày 03/01/2025 của UBND tỉnh.',
          ),
        ],
      },
      2: { children: [new Paragraph('Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp.')] },
    },
    sections: [
      {
        children: [
          p('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', true),
          p('Số:      /KH-UBND'),
          p('KẾ HOẠCH', true),
          p('Thi đua năm 2026', true),
          new Paragraph({
            children: [
              new TextRun('Căn cứ Quyết định số 58/QĐ-UBND ngày 08/01/2026 của UBND tỉnh Lâm Đồng'),
              new FootnoteReferenceRun(1),
              new TextRun(';'),
            ],
          }),
          p('I. MỤC ĐÍCH', true),
          new Paragraph({
            children: [
              new TextRun('Sở Tư pháp đã phối hợp'),
              new FootnoteReferenceRun(2),
              new TextRun(' với Sở Nội vụ thẩm định Đề án.'),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('Word footnotes', () => {
  it('are kept as bracketed notes at the end of the paragraph that refers to them', async () => {
    const { plan, report } = importDocx(await planWithFootnotes());
    expect(plan.legalBases).toEqual([
      'Căn cứ Quyết định số 58/QĐ-UBND ngày 08/01/2026 của UBND tỉnh Lâm Đồng [Chú thích 1: Theo Quyết định: Thống nhất áp dụng Quyết định số 01/2025/QĐ-UBND ngày 03/01/2025 của UBND tỉnh.]',
    ]);
    const body = JSON.stringify(plan.sections);
    expect(body).toContain(
      'Sở Tư pháp đã phối hợp với Sở Nội vụ thẩm định Đề án [Chú thích 2: Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp.].',
    );
    expect(report.warnings.map((w) => w.reason).join('\n')).toContain('footnote 2 kept as a bracketed note');
    expect(report.warnings.map((w) => w.reason).join('\n')).not.toContain('footnote not imported');
  });

  it('keep their citations where the checks read them', async () => {
    const { plan } = importDocx(await planWithFootnotes());
    const cited = scanPlan(plan).citations.map((c) => `${c.number ?? ''}/${c.symbol ?? ''}`);
    // The footnotes' citations (01/2025/QĐ-UBND, 880/STP-BTTP) besides the plan's own basis.
    expect(cited).toEqual(['58/QĐ-UBND', '01/QĐ-UBND', '880/STP-BTTP']);
  });

  it('go before the final punctuation, including a closing "./."', () => {
    expect(withFootnotes([{ text: 'hiện hành./.' }], ['[Chú thích 1: x]'])).toEqual([
      { text: 'hiện hành' },
      { text: ' [Chú thích 1: x]' },
      { text: './.' },
    ]);
    expect(withFootnotes([{ text: 'không dấu', bold: true }], ['[Chú thích 1: x]'])).toEqual([
      { text: 'không dấu', bold: true },
      { text: ' [Chú thích 1: x]' },
    ]);
  });
});
