import { describe, expect, it } from 'vitest';
import { planTexts } from '../model/walk.ts';
import { recognise } from './recognise.ts';
import type { SourceParagraph } from './sourceModel.ts';

// lamdong-kh-pcmt-2030-2025.doc: the draft's own boxed "DỰ THẢO" under the number, in the header.

function source(texts: string[]): Parameters<typeof recognise>[0] {
  const blocks: SourceParagraph[] = texts.map((text, id) => ({
    kind: 'paragraph',
    id,
    runs: [{ text, bold: /^[^a-zđ]+$/u.test(text) }],
    numberLabel: null,
    bullet: false,
    breakBefore: false,
    align: null,
  }));
  return { blocks, paragraphCount: blocks.length, warnings: [], plainText: false };
}

const header = ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Số:      /KH-UBND'];
const rest = [
  'KẾ HOẠCH',
  'Thực hiện Chiến lược quốc gia phòng, chống ma túy đến năm 2030',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Kinh phí theo quy định./.',
];

describe('the source\'s own "DỰ THẢO" mark', () => {
  it.each(['DỰ THẢO', 'Dự thảo', 'DỰ THẢO LẦN 2'])(
    'is handled ("%s": placed, the report says the source is a draft) and is no plan text',
    (mark) => {
      const { plan, report } = recognise(source([...header, mark, ...rest]));
      expect(report.unplaced).toEqual([]);
      expect(report.placedParagraphs).toBe(report.sourceParagraphs);
      expect(report.sourceDraft).toBe(true);
      expect(planTexts(plan).filter((t) => /dự\s+thảo/iu.test(t.text))).toEqual([]);
      expect(plan.summary).toBe('Thực hiện Chiến lược quốc gia phòng, chống ma túy đến năm 2030');
    },
  );

  it('is not read into a final plan, nor from a title that only starts with the words', () => {
    expect(recognise(source([...header, ...rest])).report.sourceDraft).toBeUndefined();
    const { plan, report } = recognise(
      source([...header, 'KẾ HOẠCH', 'Dự thảo văn bản quy phạm pháp luật năm 2026', ...rest.slice(2)]),
    );
    expect(report.sourceDraft).toBeUndefined();
    expect(plan.summary).toBe('Dự thảo văn bản quy phạm pháp luật năm 2026');
  });

  // thanhhoa-longanh-bc-chuantiepcan-2023.txt, a web copy of a ward's draft report.
  it('typed on the type name\'s line ("DỰ THẢO BÁO CÁO"): the type name is kept, the source is a draft', () => {
    const { plan, report } = recognise(
      source([
        'ỦY BAN NHÂN DÂN PHƯỜNG LONG ANH',
        'Số:      /BC-UBND',
        'DỰ THẢO BÁO CÁO',
        'Đánh giá kết quả và đề nghị công nhận phường Long Anh đạt chuẩn tiếp cận pháp luật năm 2023',
        'I. KẾT QUẢ ĐÁNH GIÁ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT',
        'Kinh phí theo quy định./.',
      ]),
    );
    expect(plan.typeName).toBe('BÁO CÁO');
    expect(report.sourceDraft).toBe(true);
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
  });
});
