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
});
