import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/appError.ts';
import { importDocx } from './importDocx.ts';
import { importText } from './importText.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const ROOT_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function docx(
  documentXml: string,
  extra: Record<string, Uint8Array> = {},
  level: 0 | 1 | 9 = 6 as 9,
): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/document.xml': strToU8(documentXml),
      ...extra,
    },
    { level },
  );
}

function body(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
}

/** Runs `fn`, expects an AppError with the given code and bilingual messages, within `ms`. */
function expectRefusal(fn: () => unknown, code: string, ms = 5000): AppError {
  const started = performance.now();
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  const elapsed = performance.now() - started;
  expect(caught).toBeInstanceOf(AppError);
  const err = caught as AppError;
  expect(err.code).toBe(code);
  expect(err.message).toMatch(/[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũ]/u);
  expect(err.messageEn).toMatch(/[a-z]/);
  expect(err.messageEn).not.toBe(err.message);
  expect(elapsed).toBeLessThan(ms);
  if (process.env['PLANDRAFT_TIMINGS']) console.log(`${code}: ${elapsed.toFixed(0)} ms`);
  return err;
}

describe('hostile or broken Word files end in a clear error, quickly', () => {
  it('a file that is not a zip', () => {
    expectRefusal(
      () => importDocx(strToU8('Đây là một tệp văn bản, không phải tài liệu Word.')),
      'not_a_docx',
    );
  });

  it('an old binary .doc gets advice instead of a zip error', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const err = expectRefusal(() => importDocx(ole), 'import_legacy_doc');
    expect(err.message).toMatch(/\.docx/);
  });

  it('a zip without word/document.xml', () => {
    const zip = zipSync({ 'hello.txt': strToU8('Xin chào') });
    expectRefusal(() => importDocx(zip), 'docx_no_document');
  });

  it('a zip bomb', () => {
    const zeros = new Uint8Array(70 * 1024 * 1024);
    const bomb = zipSync({ '_rels/.rels': strToU8(ROOT_RELS), 'word/document.xml': zeros }, { level: 1 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expectRefusal(() => importDocx(bomb), 'docx_bomb');
  });

  it('XML entity expansion ("billion laughs")', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>' +
      `<w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expectRefusal(() => importDocx(docx(lol)), 'xml_doctype');
  });

  it('an external entity (XXE) in a part', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      `<w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expectRefusal(() => importDocx(docx(xxe)), 'xml_doctype');
  });

  it('external references (a linked sub-document on the network)', () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="http://example.invalid/ke-hoach.docx" TargetMode="External"/></Relationships>';
    const err = expectRefusal(
      () =>
        importDocx(
          docx(body('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'), {
            'word/_rels/document.xml.rels': strToU8(rels),
          }),
        ),
      'docx_external_reference',
    );
    expect(err.message).toContain('http://example.invalid/ke-hoach.docx');
  });

  it('a hyperlink to a web page is not an external reference to refuse', () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://pbgdpl.langson.gov.vn" TargetMode="External"/></Relationships>';
    const { plan } = importDocx(
      docx(
        body(
          '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Tuyên truyền pháp luật năm 2021</w:t></w:r></w:p>' +
            '<w:p><w:r><w:t xml:space="preserve">Đăng tải trên </w:t></w:r><w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>Trang thông tin điện tử</w:t></w:r></w:hyperlink></w:p>',
        ),
        { 'word/_rels/document.xml.rels': strToU8(rels) },
      ),
    );
    expect(plan.preamble[0]?.runs[0]?.text).toBe('Đăng tải trên Trang thông tin điện tử');
  });

  it('a 20 MB paragraph in one run', () => {
    const words = ['phổ', 'biến', 'giáo', 'dục', 'pháp', 'luật', 'tỉnh', 'Lạng', 'Sơn', 'năm', 'kế', 'hoạch'];
    let seed = 12345;
    const parts: string[] = [];
    let size = 0;
    while (size < 20 * 1024 * 1024) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const w = words[seed % words.length] ?? 'x';
      parts.push(w);
      size += w.length + 1;
    }
    const xml = body(`<w:p><w:r><w:t>${parts.join(' ')}</w:t></w:r></w:p>`);
    expectRefusal(() => importDocx(docx(xml, {}, 1)), 'import_paragraph_too_long');
  });

  it('a 20 MB paragraph split into many runs', () => {
    const run = '<w:r><w:t>Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ và nhân dân. </w:t></w:r>';
    const xml = body(`<w:p>${run.repeat(Math.ceil((20 * 1024 * 1024) / run.length))}</w:p>`);
    // Repetitive text compresses far beyond any real document: refused as a bomb or as too long.
    const started = performance.now();
    let code = '';
    try {
      importDocx(docx(xml, {}, 1));
    } catch (e) {
      code = (e as AppError).code;
    }
    expect(['docx_bomb', 'import_paragraph_too_long']).toContain(code);
    expect(performance.now() - started).toBeLessThan(10000);
  });

  it('malformed XML', () => {
    expectRefusal(() => importDocx(docx(body('<w:p><w:r><w:t>Kế hoạch</w:r></w:p>'))), 'xml_malformed');
  });

  it('a 20 MB line in a text file', () => {
    expectRefusal(() => importText('Kế hoạch '.repeat(2_400_000)), 'import_paragraph_too_long');
  });
});
