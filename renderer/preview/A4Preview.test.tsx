import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { A4Preview } from './A4Preview.tsx';
import { issuedSeedPlan, seedPlan } from '../../test/render/longPlan.ts';
import { layoutPlan } from '../../shared/format/layout/layoutPlan.ts';
import { paginate } from '../../shared/format/layout/paginate.ts';

const pagesOf = (html: string): string[] =>
  [...html.matchAll(/data-page="(\d+)" data-section="(\d+)" data-orientation="(\w+)"/gu)].map(
    (m) => `${m[2]}:${m[1]}:${m[3]}`,
  );

describe('A4Preview', () => {
  it('draws the seed on the pages the paginator computes, A4 at real size', () => {
    const html = renderToStaticMarkup(<A4Preview plan={seedPlan()} draft={false} />);
    // 11906 × 16838 twips = 210 × 297 mm.
    expect(html).toContain('width:595.3pt;height:841.9pt');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(html).toContain('- Cơ quan chủ trì: Sở Tư pháp.');
    expect(html).toContain('- Lưu: VT, THNC (HTMĐ)');
    expect(html).not.toContain('DỰ THẢO');
    const pages = paginate(layoutPlan(seedPlan(), { draft: false }))[0]?.pages.length;
    expect(pagesOf(html)).toEqual(Array.from({ length: pages ?? 0 }, (_, i) => `0:${i + 1}:portrait`));
    // The text starts at the left and top margins (30 mm = 1701 twips, 20 mm = 1134 twips).
    expect(html).toContain('position:absolute;top:56.7pt;left:85.05pt;width:467.75pt');
  });

  it('shows the issued number with its leading zero, and the export’s draft mark on every page', () => {
    const html = renderToStaticMarkup(<A4Preview plan={issuedSeedPlan()} draft={true} />);
    expect(html).toContain('Số: 05/KH-BCĐ');
    expect(html).toContain('Lạng Sơn, ngày 05 tháng 01 năm 2021');
    const marks = html.match(/data-role="draftMark"/gu)?.length;
    expect(marks).toBe(pagesOf(html).length);
    // Boxed as in the export: a 1 pt line, 1 pt from the text, right-aligned in the header.
    expect(html).toContain('border:1pt solid #000000;padding:1pt">DỰ THẢO');
    expect(html).toMatch(/text-align:right[^>]*><span[^>]*>DỰ THẢO/u);
  });

  it('gives each appendix its own section: landscape when set, title, subtitle and table with its header', () => {
    const plan = seedPlan();
    plan.appendices = [
      {
        id: 'a1',
        title: 'Phụ lục',
        subtitle: 'Danh mục nhiệm vụ phổ biến, giáo dục pháp luật năm 2021',
        landscape: true,
        body: [],
        table: {
          header: ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
          rows: [['1', 'Tuyên truyền Luật Hòa giải ở cơ sở\nqua Đài Phát thanh', 'Sở Tư pháp']],
        },
      },
      { id: 'a2', title: 'PHỤ LỤC 2', subtitle: '', landscape: false, body: [], table: null },
    ];
    const html = renderToStaticMarkup(<A4Preview plan={plan} draft={false} />);
    const pages = pagesOf(html);
    expect(pages.filter((p) => p.startsWith('1:') || p.startsWith('2:'))).toEqual([
      '1:1:landscape',
      '2:1:portrait',
    ]);
    expect(html).toContain('width:841.9pt;height:595.3pt');
    expect(html).toContain('PHỤ LỤC'); // the title prints upper case
    expect(html).toContain('Danh mục nhiệm vụ phổ biến, giáo dục pháp luật năm 2021');
    expect(html).toContain('Nội dung nhiệm vụ');
    expect(html).toContain('Tuyên truyền Luật Hòa giải ở cơ sở');
    expect(html).toContain('qua Đài Phát thanh');
    // The STT column is narrow (12 mm = 680 twips); the rest share the landscape text width (252 mm).
    expect(html).toContain('<col style="width:34pt"/>');
    expect(html).toMatch(
      /<table data-role="appendix" style="border-collapse:collapse;table-layout:fixed;width:714.35pt">/u,
    );
  });

  it('scales the pages by the zoom: real size at 100 %', () => {
    const actual = renderToStaticMarkup(<A4Preview plan={seedPlan()} draft={false} zoom="actual" />);
    expect(actual).toContain('zoom:1');
    expect(actual).toContain('data-zoom="actual"');
  });
});
