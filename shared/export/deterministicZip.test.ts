import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeDocxPackage } from './deterministicZip.ts';

const core = (when: string) =>
  `<?xml version="1.0"?><cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;

/** A package as the docx library writes one: entries dated now, deflated, one stored. */
const pkg = (mtime: Date) =>
  zipSync({
    '[Content_Types].xml': [strToU8('<Types>Loại nội dung</Types>'.repeat(50)), { mtime }],
    'docProps/core.xml': [strToU8(core(mtime.toISOString())), { mtime }],
    'word/document.xml': [strToU8('<w:p>Kế hoạch tuyên truyền pháp luật</w:p>'.repeat(400)), { mtime }],
    'word/media/a.bin': [new Uint8Array([1, 2, 3, 4]), { mtime, level: 0 }],
  });

describe('normalizeDocxPackage', () => {
  it('gives the same bytes whatever time the package was written at', () => {
    const a = normalizeDocxPackage(pkg(new Date(2026, 11, 1, 13, 5, 7)), '2021-01-04T00:00:00Z');
    const b = normalizeDocxPackage(pkg(new Date(2024, 2, 9, 8, 0, 0)), '2021-01-04T00:00:00Z');
    expect(a).toEqual(b);
  });

  it('keeps every entry and its content, stamping only core.xml', () => {
    const source = pkg(new Date(2026, 11, 1, 13, 5, 7));
    const out = unzipSync(normalizeDocxPackage(source, '2021-01-04T00:00:00Z'));
    const before = unzipSync(source);
    expect(Object.keys(out)).toEqual(Object.keys(before));
    expect(out['word/document.xml']).toEqual(before['word/document.xml']);
    expect(out['word/media/a.bin']).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(strFromU8(out['docProps/core.xml']!)).toBe(core('2021-01-04T00:00:00Z'));
  });

  it('dates every entry 1980-01-01 00:00', () => {
    const bytes = normalizeDocxPackage(pkg(new Date()), '2021-01-04T00:00:00Z');
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    expect(v.getUint16(10, true)).toBe(0); // time of the first local header
    expect(v.getUint16(12, true)).toBe(33); // 1980-01-01
  });

  it('reads a streamed zip (sizes in data descriptors) into the same package', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [name, text] of [
      ['docProps/core.xml', core('2026-12-01T13:05:07Z')],
      ['word/document.xml', '<w:p>Sở Tư pháp tỉnh Lạng Sơn</w:p>'.repeat(100)],
    ] as const) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const streamed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      streamed.set(c, at);
      at += c.length;
    }
    const out = unzipSync(normalizeDocxPackage(streamed, '2021-01-04T00:00:00Z'));
    expect(strFromU8(out['word/document.xml']!)).toContain('Sở Tư pháp tỉnh Lạng Sơn');
    expect(strFromU8(out['docProps/core.xml']!)).toBe(core('2021-01-04T00:00:00Z'));
  });
});
