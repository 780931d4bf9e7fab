import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../checks/testPlans.ts';
import type { RichText } from '../../model/richText.ts';
import { kinhGuiBlock } from './kinhGuiBlock.ts';
import { layoutPlan } from './layoutPlan.ts';
import type { LayoutParagraph } from './types.ts';

// "Kính gửi" as the real công văn of test/fixtures/real write it: one addressee on the line
// (lamdong-cv-trienkhai-3653-2026.docx), a list under "Kính gửi:" (lamdong-cv-caithien-chiso-cchc-2025
// .docx), and the first addressee on the line of "Kính gửi:" (botuphap-vp-cv-935-quychechitieu-2019.pdf).

const rich = (...texts: string[]): RichText => texts.map((text) => ({ runs: [{ text }] }));
const text = (p: LayoutParagraph | undefined): string => (p?.runs ?? []).map((r) => r.text).join('');
const LETTER =
  'Ủy ban nhân dân tỉnh nhận được Công văn số 3653/VPCP-CĐS ngày 24/4/2026 của Văn phòng Chính phủ.';

describe('kinhGuiBlock', () => {
  it('centres one addressee on its line, with no first-line indent, and leaves the letter as text', () => {
    const { block, rest } = kinhGuiBlock(rich('Kính gửi: Sở Khoa học và Công nghệ.', LETTER));
    expect(block.map(text)).toEqual(['Kính gửi: Sở Khoa học và Công nghệ.']);
    expect(block[0]).toMatchObject({ align: 'center', indent: {} });
    expect(rest).toEqual(rich(LETTER));
  });

  it('sets the addressees one a line, aligned after "Kính gửi: ", the block centred by its longest line', () => {
    const { block, rest } = kinhGuiBlock(
      rich(
        'Kính gửi:',
        '- Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;',
        '- Ban Quản lý các khu công nghiệp;',
        '- Ủy ban nhân dân các xã, phường, đặc khu.',
        'Căn cứ Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân tỉnh;',
      ),
    );
    expect(block).toHaveLength(4);
    expect(rest).toHaveLength(1);
    const [label, ...list] = block;
    const left = label?.indent?.left ?? 0;
    expect(left).toBeGreaterThan(0);
    expect(list.every((p) => p.align === 'left' && (p.indent?.left ?? 0) > left)).toBe(true);
    expect(new Set(list.map((p) => p.indent?.left)).size).toBe(1);
    // One block: space after its last line only.
    expect(block.slice(0, -1).every((p) => p.spacing.after === 0)).toBe(true);
    expect(block.at(-1)?.spacing.after).toBeGreaterThan(0);
  });

  it('aligns the next addressees under the first when it shares the line of "Kính gửi:"', () => {
    const { block } = kinhGuiBlock(
      rich(
        'Kính gửi: - Thủ trưởng các đơn vị thuộc khối Văn phòng',
        '- Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng',
      ),
    );
    expect(block).toHaveLength(2);
    expect(block[1]?.indent?.left).toBeGreaterThan(block[0]?.indent?.left ?? 0);
  });

  it('is nothing for a preamble that does not open with "Kính gửi"', () => {
    const preamble = rich('Thực hiện Kế hoạch số 01/KH-UBND;');
    expect(kinhGuiBlock(preamble)).toEqual({ block: [], rest: preamble });
  });

  it('lays a công văn out with its Kính gửi block and keeps every word', () => {
    const plan = {
      ...seedPlan(),
      typeName: '',
      summary: 'V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS',
      legalBases: [],
      preamble: rich('Kính gửi: Sở Khoa học và Công nghệ.', LETTER),
    };
    const paragraphs = (layoutPlan(plan, { draft: false }).sections[0]?.blocks ?? []).filter(
      (b): b is LayoutParagraph => b.type === 'paragraph',
    );
    const i = paragraphs.findIndex((p) => text(p) === 'Kính gửi: Sở Khoa học và Công nghệ.');
    expect(paragraphs[i]?.align).toBe('center');
    expect(text(paragraphs[i + 1])).toBe(LETTER);
    expect(paragraphs[i + 1]?.indent?.firstLine).toBeGreaterThan(0);
  });
});
