import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../checks/testPlans.ts';
import { congVanSummaryLine, isCongVan } from './headerTable.ts';
import { layoutPlan } from './layoutPlan.ts';
import type { LayoutParagraph, LayoutTable } from './types.ts';

const text = (p: LayoutParagraph | undefined): string => (p?.runs ?? []).map((r) => r.text).join('');

describe('a công văn (issue 10, point 2): "V/v …" under the number, no type name', () => {
  const congVan = { ...seedPlan(), typeName: '', summary: 'V/v triển khai Ngày Pháp luật năm 2026' };

  it('prints "V/v" once, whether or not it was typed', () => {
    expect(congVanSummaryLine('V/v triển khai Ngày Pháp luật')).toBe('V/v triển khai Ngày Pháp luật');
    expect(congVanSummaryLine('triển khai Ngày Pháp luật')).toBe('V/v triển khai Ngày Pháp luật');
    expect(congVanSummaryLine('  ')).toBe('');
    expect(isCongVan(congVan)).toBe(true);
    expect(isCongVan(seedPlan())).toBe(false);
  });

  it('lays the trích yếu in the header’s left column, 12 pt upright, and no title block', () => {
    const first = layoutPlan(congVan, { draft: false }).sections[0];
    const header = first?.blocks.find((b): b is LayoutTable => b.type === 'table' && b.role === 'header');
    const left = header?.rows[1]?.cells[0]?.paragraphs ?? [];
    expect(left.map(text)).toEqual([
      expect.stringMatching(/^Số:/u),
      'V/v triển khai Ngày Pháp luật năm 2026',
    ]);
    expect(left[1]?.align).toBe('center');
    expect(left[1]?.runs[0]).toMatchObject({ bold: false, sizePt: 12 });
    const paragraphs = (first?.blocks ?? []).filter((b): b is LayoutParagraph => b.type === 'paragraph');
    expect(paragraphs.map(text)).not.toContain('KẾ HOẠCH');
    expect(paragraphs.map(text)).not.toContain('V/v triển khai Ngày Pháp luật năm 2026');
  });

  it('a plan keeps its title block and nothing under its number', () => {
    const first = layoutPlan(seedPlan(), { draft: false }).sections[0];
    const header = first?.blocks.find((b): b is LayoutTable => b.type === 'table' && b.role === 'header');
    expect(header?.rows[1]?.cells[0]?.paragraphs).toHaveLength(1);
    const paragraphs = (first?.blocks ?? []).filter((b): b is LayoutParagraph => b.type === 'paragraph');
    expect(paragraphs.map(text)).toContain('KẾ HOẠCH');
  });
});
