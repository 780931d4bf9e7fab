import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportPlanDocx } from './exportPlanDocx.ts';
import { issuedSeedPlan, longPlan, seedPlan } from '../../test/render/longPlan.ts';
import { mmToTwip } from '../format/units.ts';

const GOLDEN = path.join(import.meta.dirname, '__golden__', 'langson-2021.document.xml');

function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}
/** One element per line so a golden diff points at the paragraph that changed. */
function readable(xml: string): string {
  return xml.replace(/(<w:(?:p|tbl|tr|tc|sectPr)[ >])/gu, '\n$1') + '\n';
}
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gsu)].map((m) => m[0]);
}
function textOf(p: string): string {
  return [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}
function paragraphWith(xml: string, text: string | RegExp): string {
  const p = paragraphs(xml).find((x) =>
    typeof text === 'string' ? textOf(x) === text : text.test(textOf(x)),
  );
  if (!p) throw new Error(`no paragraph ${String(text)}`);
  return p;
}

describe('exportPlanDocx', () => {
  it('is deterministic: same plan and options give the same bytes', async () => {
    const a = await exportPlanDocx(seedPlan(), { draft: false });
    const b = await exportPlanDocx(seedPlan(), { draft: false });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await exportPlanDocx(seedPlan(), { draft: false, exportedAt: '2021-01-05T08:00:00.000Z' });
    expect(parts(c)['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-01-05T08:00:00Z',
    );
  });

  it('matches the golden word/document.xml of the seed (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const xml = readable(
      parts(await exportPlanDocx(seedPlan(), { draft: false }))['word/document.xml'] ?? '',
    );
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, xml);
    expect(xml).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('lays out the page: A4, NĐ 30 margins, Times New Roman, different first page', async () => {
    const p = parts(await exportPlanDocx(seedPlan(), { draft: false }));
    const doc = p['word/document.xml'] ?? '';
    expect(doc).toContain(`<w:pgSz w:w="${mmToTwip(210)}" w:h="${mmToTwip(297)}" w:orient="portrait"/>`);
    expect(doc).toMatch(
      new RegExp(
        `<w:pgMar w:top="${mmToTwip(20)}" w:right="${mmToTwip(15)}" w:bottom="${mmToTwip(20)}" w:left="${mmToTwip(30)}"`,
      ),
    );
    expect(doc).toContain('<w:titlePg/>');
    expect(p['word/styles.xml']).toContain('w:ascii="Times New Roman"');
    // Page number in the default header only; the first-page header has none.
    const headers = Object.entries(p).filter(([n]) => /^word\/header\d+\.xml$/u.test(n));
    expect(headers.filter(([, x]) => x.includes('PAGE')).length).toBe(1);
    expect(doc).not.toMatch(/_{3,}/u);
  });

  it('prints the header table: bodies, Quốc hiệu, Tiêu ngữ, number and date', async () => {
    const doc = parts(await exportPlanDocx(issuedSeedPlan(), { draft: false }))['word/document.xml'] ?? '';
    const table = /<w:tbl>.*?<\/w:tbl>/su.exec(doc)?.[0] ?? '';
    expect(table).toContain('<w:top w:val="none"');
    expect(textOf(paragraphWith(table, 'UBND TỈNH LẠNG SƠN'))).toBe('UBND TỈNH LẠNG SƠN');
    expect(paragraphWith(table, 'UBND TỈNH LẠNG SƠN')).not.toContain('<w:b/>');
    expect(paragraphWith(table, 'BAN CHỈ ĐẠO ĐỀ ÁN')).toContain('<w:b/>');
    const qh = paragraphWith(table, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh).toContain('<w:b/>');
    expect(qh).toContain('<w:sz w:val="26"/>');
    // 14 pt is the document default (styles.xml): the Tiêu ngữ's runs carry no size of their own.
    expect(paragraphWith(table, 'Độc lập - Tự do - Hạnh phúc')).not.toContain('<w:sz ');
    expect(textOf(paragraphWith(table, /^Số:/u))).toBe('Số: 05/KH-BCĐ');
    const date = paragraphWith(table, /ngày/u);
    expect(textOf(date)).toBe('Lạng Sơn, ngày 05 tháng 01 năm 2021');
    expect(date).toContain('<w:i/>');
    // Two drawn lines in the header (issuing body, Tiêu ngữ), one under the trích yếu.
    expect(table.match(/<w:pBdr><w:bottom/gu)?.length).toBe(2);
    expect(doc.match(/<w:pBdr><w:bottom/gu)?.length).toBe(3);
  });

  it('renders the body as the seed prints it: headings, run-in numbers, task lines', async () => {
    const p = parts(await exportPlanDocx(seedPlan(), { draft: false }));
    const doc = p['word/document.xml'] ?? '';
    const texts = paragraphs(doc).map(textOf);
    expect(texts).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(texts).toContain('1.1. Ban hành các văn bản chỉ đạo, hướng dẫn, phối hợp thực hiện Đề án');
    expect(texts).toContain('- Cơ quan chủ trì: Sở Tư pháp.');
    // The value typed with ";" keeps it; no "." is added after it.
    expect(texts).toContain(
      '- Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các cơ quan, đơn vị có liên quan;',
    );
    expect(texts.some((t) => t.startsWith('1. Sở Tư pháp (cơ quan thường trực'))).toBe(true);
    // A final copy completes the "Lưu" line's full stop (issue 9): the seed types it without.
    expect(texts).toContain('- Lưu: VT, THNC (HTMĐ).');
    const heading = paragraphWith(doc, 'I. MỤC ĐÍCH, YÊU CẦU');
    expect(heading).toContain('<w:b/>');
    // A body paragraph names the body style, which holds its alignment, indent and spacing.
    const body = paragraphWith(doc, /^Thực hiện Kế hoạch số 113/u);
    expect(body).toContain('<w:pStyle w:val="PlanBody"/>');
    expect(body).not.toContain('<w:rPr>');
    const style = /<w:style [^>]*w:styleId="PlanBody".*?<\/w:style>/su.exec(p['word/styles.xml'] ?? '')?.[0];
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toContain('<w:ind w:firstLine="720"/>');
    expect(style).toContain('w:after="120"');
    expect(p['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>.*<\/w:rPrDefault>/su);
    const label = paragraphWith(doc, 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/><w:bCs\/><w:i\/>|<w:b\/>.*<w:i\/>/u);
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(paragraphWith(doc, '- TT. Tỉnh ủy;')).toContain('<w:sz w:val="22"/>');
  });

  it('writes document properties and no macros or external relationships', async () => {
    const p = parts(await exportPlanDocx(seedPlan(), { draft: false }));
    const core = p['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>Tiếp tục thực hiện Đề án');
    expect(core).toContain('<dc:creator>BAN CHỈ ĐẠO ĐỀ ÁN</dc:creator>');
    expect(core).toMatch(/<cp:keywords>[^<]+<\/cp:keywords>/u);
    expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/u);
    expect(Object.keys(p).some((n) => /vba/iu.test(n))).toBe(false);
    for (const [n, x] of Object.entries(p)) if (n.endsWith('.rels')) expect(x).not.toContain('External');
  });

  it('marks a draft visibly with its revision and date', async () => {
    const p = parts(
      await exportPlanDocx(seedPlan(), { draft: true, revision: 4, exportedAt: '2021-01-04T09:15:00Z' }),
    );
    const headers = Object.entries(p)
      .filter(([n]) => /^word\/header\d+\.xml$/u.test(n))
      .map(([, x]) => x);
    expect(headers.every((h) => h.includes('DỰ THẢO'))).toBe(true);
    expect(headers.some((h) => h.includes('Lần 4 — 04/01/2021 09:15'))).toBe(true);
    const final = parts(await exportPlanDocx(seedPlan(), { draft: false }));
    expect(Object.values(final).some((x) => x.includes('DỰ THẢO'))).toBe(false);
  });

  it('puts each appendix in its own landscape section, numbered on its own', async () => {
    const doc = parts(await exportPlanDocx(longPlan(30), { draft: false }))['word/document.xml'] ?? '';
    const sects = doc.match(/<w:sectPr>.*?<\/w:sectPr>/gsu) ?? [];
    expect(sects.length).toBe(2);
    expect(sects[1]).toContain('w:orient="landscape"');
    expect(sects[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(paragraphs(doc).map(textOf)).toContain('PHỤ LỤC');
    expect(doc).toContain('<w:tblHeader/>');
  });
});
