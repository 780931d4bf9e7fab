import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksTechnical } from '../contract/userMessage.ts';
import { sourceLinks, sourceNames } from './sourceName.ts';

describe('sourceLinks', () => {
  it('names a site by its name and keeps the address as the link', () => {
    expect(
      sourceLinks(
        'https://thuvienphapluat.vn/van-ban/Bo-may/Quyet-dinh-705-QD-TTg-2017.aspx (bản văn: "…"); https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1',
      ),
    ).toEqual([
      {
        name: 'Thư viện Pháp luật',
        nameEn: 'ThuVienPhapLuat.vn legal library',
        url: 'https://thuvienphapluat.vn/van-ban/Bo-may/Quyet-dinh-705-QD-TTg-2017.aspx',
      },
      {
        name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
        nameEn: 'National database of legal documents',
        url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1',
      },
    ]);
    expect(sourceNames('https://chinhphu.vn/?pageid=27160&docid=1', 'vi')).toBe(
      'Cổng Thông tin điện tử Chính phủ',
    );
    expect(sourceNames('https://m.thuvienphapluat.vn/x https://www.thuvienphapluat.vn/y', 'vi')).toBe(
      'Thư viện Pháp luật',
    );
    expect(sourceNames('https://sotuphap.backan.gov.vn/a', 'en')).toBe(
      'Government website (sotuphap.backan.gov.vn)',
    );
    expect(sourceNames('http://45.76.102.104/a', 'vi')).toBe('Một trang web');
  });

  it('shows a source without a page by its lead words, without the project file path', () => {
    expect(
      sourceLinks(
        'Kế hoạch mẫu: Kế hoạch năm 2021 của Ban Chỉ đạo Đề án tỉnh Lạng Sơn (test/fixtures/seed-plan-langson-2021.txt), đoạn mở đầu: "…".',
      ),
    ).toEqual([{ name: 'Kế hoạch mẫu', nameEn: 'Sample plan', url: null }]);
    expect(sourceLinks('')).toEqual([]);
  });

  it('names every source of the built-in registry without a URL, a path or a code', () => {
    const seed = JSON.parse(
      readFileSync(new URL('../../templates/registry/seed.json', import.meta.url), 'utf8'),
    ) as { documents: Array<{ source: string }> };
    for (const d of seed.documents) {
      const names = [sourceNames(d.source, 'vi'), sourceNames(d.source, 'en')];
      for (const n of names) {
        expect(n, d.source).not.toMatch(/https?:|\/\//);
        expect(looksTechnical(n), n).toBe(false);
      }
      expect(names[0], d.source).not.toBe('');
    }
  });
});
