import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/appError.ts';
import { exportPlanDocx } from '../export/exportPlanDocx.ts';
import { issuedSeedPlan, longPlan, seedPlan } from '../../test/render/longPlan.ts';
import { verifyDocx } from './verifyDocx.ts';
import { VERIFY_RULE_IDS } from './verifyRules.ts';

/** Rewrite parts of a docx (a mutation of a good file) to make one rule fail. */
function mutate(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}
function editPart(name: string, f: (xml: string) => string): (files: Record<string, Uint8Array>) => void {
  return (files) => {
    const data = files[name];
    if (!data) throw new Error(`no ${name}`);
    files[name] = strToU8(f(strFromU8(data)));
  };
}
function content(bytes: Uint8Array): string {
  return Object.entries(unzipSync(bytes))
    .map(([n, d]) => `${n}\n${strFromU8(d)}`)
    .sort()
    .join('\n');
}
function failing(bytes: Uint8Array): string[] {
  return verifyDocx(bytes)
    .rules.filter((r) => !r.ok)
    .map((r) => r.id);
}

const seedFinal = exportPlanDocx(seedPlan(), { draft: false });

describe('verifyDocx on PlanDraft exports', () => {
  it('passes every rule on the seed exported as final, unissued (blanks are not failures)', async () => {
    const report = verifyDocx(await seedFinal);
    expect(report.rules.map((r) => r.id)).toEqual(VERIFY_RULE_IDS);
    expect(report.rules.filter((r) => !r.ok)).toEqual([]);
    expect(report.rules.find((r) => r.id === 'header.numberSymbol')?.detail).toContain('để trống');
  });

  it('passes on the issued seed, the draft and a long plan with a landscape appendix', async () => {
    expect(failing(await exportPlanDocx(issuedSeedPlan(), { draft: false }))).toEqual([]);
    expect(
      failing(
        await exportPlanDocx(seedPlan(), { draft: true, revision: 2, exportedAt: '2021-01-04T09:00:00Z' }),
      ),
    ).toEqual([]);
    expect(failing(await exportPlanDocx(longPlan(36), { draft: false }))).toEqual([]);
  });
});

describe('verifyDocx on mutated files', () => {
  const cases: Array<[string, (files: Record<string, Uint8Array>) => void, string]> = [
    [
      'Letter paper',
      editPart('word/document.xml', (x) => x.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"')),
      'page.size',
    ],
    [
      'left margin 25 mm',
      editPart('word/document.xml', (x) => x.replace('w:left="1701"', 'w:left="1417"')),
      'page.margins',
    ],
    [
      'Arial as default font',
      editPart('word/styles.xml', (x) => x.replaceAll('Times New Roman', 'Arial')),
      'font.family',
    ],
    [
      // Only the letters beyond ASCII (ế, ạ, đ…) are drawn with w:hAnsi: the file is not all Times New Roman.
      'Vietnamese letters in Arial (w:hAnsi)',
      editPart('word/styles.xml', (x) => x.replace('w:hAnsi="Times New Roman"', 'w:hAnsi="Arial"')),
      'font.family',
    ],
    [
      'blue text',
      editPart('word/styles.xml', (x) => x.replace('<w:color w:val="000000"/>', '<w:color w:val="1F4E79"/>')),
      'font.color',
    ],
    [
      'no different first page',
      editPart('word/document.xml', (x) => x.replace('<w:titlePg/>', '')),
      'pageNumbers.noneOnFirstPage',
    ],
    [
      'Quốc hiệu at 14 pt no longer fits',
      editPart('word/document.xml', (x) =>
        x.replace(/(<w:sz w:val=")26("\/><w:szCs w:val=")26("\/><\/w:rPr><w:t[^>]*>CỘNG HÒA)/u, '$130$230$3'),
      ),
      'header.quocHieu',
    ],
    [
      'number without its leading zero',
      editPart('word/document.xml', (x) => x.replace(/Số:[\u00a0 ]+\/KH-BCĐ/u, 'Số: 5/KH-BCĐ')),
      'header.numberSymbol',
    ],
    [
      'space inside the symbol',
      editPart('word/document.xml', (x) => x.replace(/\/KH-BCĐ</u, '/KH - BCĐ<')),
      'header.numberSymbol',
    ],
    [
      'date line not italic',
      editPart('word/document.xml', (x) =>
        x.replace(
          /<w:i\/><w:iCs\/>(<w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t[^>]*>Lạng Sơn, ngày)/u,
          '$1',
        ),
      ),
      'header.placeDate',
    ],
    [
      'month without its leading zero',
      editPart('word/document.xml', (x) => x.replace('tháng 01 năm', 'tháng 1 năm')),
      'header.placeDate',
    ],
    [
      'Tiêu ngữ line removed',
      editPart('word/document.xml', (x) =>
        x.replace(/(Hạnh phúc<\/w:t><\/w:r><\/w:p><w:p><w:pPr>)<w:pBdr>.*?<\/w:pBdr>/u, '$1'),
      ),
      'header.tieuNgu',
    ],
    [
      'body left-aligned',
      editPart('word/document.xml', (x) => x.replaceAll('<w:jc w:val="both"/>', '<w:jc w:val="left"/>')),
      'body.justified',
    ],
    [
      'no first-line indent',
      editPart('word/document.xml', (x) => x.replaceAll('<w:ind w:firstLine="720"/>', '')),
      'body.firstLineIndent',
    ],
    [
      'double line spacing',
      editPart('word/document.xml', (x) => x.replaceAll('w:line="276"', 'w:line="480"')),
      'body.spacing',
    ],
    [
      'section heading not bold',
      editPart('word/document.xml', (x) =>
        x.replace(
          /<w:b\/><w:bCs\/>(<w:i w:val="false"\/><w:iCs w:val="false"\/>)?(<w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t[^>]*>I\. )/u,
          '$1$2',
        ),
      ),
      'body.sectionHeadings',
    ],
    [
      '"Nơi nhận:" not italic',
      editPart('word/document.xml', (x) =>
        x.replace(
          /<w:i\/><w:iCs\/>(<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t[^>]*>Nơi nhận:)/u,
          '$1',
        ),
      ),
      'recipients.label',
    ],
    [
      'Lưu line removed',
      editPart('word/document.xml', (x) =>
        x.replace(/<w:p>(?:(?!<w:p>).)*?- Lưu: VT, THNC \(HTMĐ\).*?<\/w:p>/u, ''),
      ),
      'recipients.list',
    ],
    ['macro part added', (f) => (f['word/vbaProject.bin'] = new Uint8Array([1, 2, 3])), 'package.noMacros'],
    [
      'external relationship added',
      editPart('word/_rels/document.xml.rels', (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.org/" TargetMode="External"/></Relationships>',
        ),
      ),
      'package.noExternalRelationships',
    ],
    [
      'no title property',
      editPart('docProps/core.xml', (x) => x.replace(/<dc:title>.*?<\/dc:title>/u, '')),
      'properties.core',
    ],
  ];

  for (const [name, edit, rule] of cases) {
    it(`fails ${rule} when ${name}`, async () => {
      const good = await seedFinal;
      const bad = mutate(good, edit);
      // The mutation must really change the file and make exactly the intended rule fail.
      expect(content(bad)).not.toBe(content(good));
      expect(failing(bad)).toEqual([rule]);
    });
  }
});

describe('verifyDocx on files made elsewhere', () => {
  it('throws a bilingual AppError for bytes that are not a docx', () => {
    expect(() => verifyDocx(strToU8('Kế hoạch năm 2021'))).toThrow(AppError);
  });

  it('reports a zip without word/document.xml as failing rules instead of crashing', () => {
    const bytes = zipSync({ 'docProps/core.xml': strToU8('<cp:coreProperties xmlns:cp="x"/>') });
    const report = verifyDocx(bytes);
    expect(report.rules.length).toBe(VERIFY_RULE_IDS.length);
    expect(report.rules.find((r) => r.id === 'package.document')?.ok).toBe(false);
    expect(report.rules.find((r) => r.id === 'header.quocHieu')?.ok).toBe(false);
  });

  it('handles a minimal document without styles, header or sections', () => {
    const doc =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Kế hoạch tuyên truyền pháp luật</w:t></w:r></w:p></w:body></w:document>';
    const report = verifyDocx(zipSync({ 'word/document.xml': strToU8(doc) }));
    const byId = new Map(report.rules.map((r) => [r.id, r]));
    expect(byId.get('package.document')?.ok).toBe(true);
    expect(byId.get('font.family')?.ok).toBe(false);
    expect(byId.get('header.table')?.ok).toBe(false);
    expect(byId.get('page.size')?.ok).toBe(false);
  });
});
