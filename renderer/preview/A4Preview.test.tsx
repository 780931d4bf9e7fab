import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { A4Preview } from './A4Preview.tsx';
import { issuedSeedPlan, seedPlan } from '../../test/render/longPlan.ts';

describe('A4Preview', () => {
  it('renders the seed as an A4 page from the NĐ 30 spec', () => {
    const html = renderToStaticMarkup(<A4Preview plan={seedPlan()} draft={false} />);
    expect(html).toContain('width:210mm');
    expect(html).toContain('padding:20mm 15mm 20mm 30mm');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(html).toContain('- Cơ quan chủ trì: Sở Tư pháp.');
    expect(html).toContain('- Lưu: VT, THNC (HTMĐ)');
    expect(html).not.toContain('DỰ THẢO');
    // Before layout is measured everything sits on page 1, which carries no page number.
    expect(html.match(/data-page="/gu)?.length).toBe(1);
  });

  it('shows the issued number with its leading zero, and the draft mark for a draft', () => {
    const html = renderToStaticMarkup(<A4Preview plan={issuedSeedPlan()} draft={true} />);
    expect(html).toContain('Số: 05/KH-BCĐ');
    expect(html).toContain('Lạng Sơn, ngày 05 tháng 01 năm 2021');
    expect(html).toContain('DỰ THẢO');
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
    const pages = [...html.matchAll(/data-page="(\d+)" data-section="(\d+)" data-orientation="(\w+)"/gu)];
    expect(pages.map((m) => `${m[2]}:${m[1]}:${m[3]}`)).toEqual([
      '0:1:portrait',
      '1:1:landscape',
      '2:1:portrait',
    ]);
    expect(html).toContain('width:297mm;min-height:210mm');
    expect(html).toContain('PHỤ LỤC'); // the title prints upper case
    expect(html).toContain('Danh mục nhiệm vụ phổ biến, giáo dục pháp luật năm 2021');
    expect(html).toContain('Nội dung nhiệm vụ');
    expect(html).toContain('Tuyên truyền Luật Hòa giải ở cơ sở');
    expect(html).toContain('qua Đài Phát thanh');
    // The STT column is narrow (12 mm); the rest share the landscape text width (252 mm).
    expect(html).toContain('<col style="width:12mm"/>');
    expect(html).toMatch(/<table style="border-collapse:collapse;table-layout:fixed;width:252mm">/u);
  });
});
