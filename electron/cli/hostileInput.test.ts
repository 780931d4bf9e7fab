import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryText, readPackage } from '../../shared/ooxml/readPackage.ts';
import { runCli } from '../cli.ts';
import type { CliIo } from './command.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

let dir: string;

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd: dir,
    env: { PLANDRAFT_HOME: path.join(dir, 'home') },
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
  };
  return o;
}

async function timed(args: string[]): Promise<{ code: number; ms: number; err: string; out: string }> {
  const o = io();
  const started = performance.now();
  const code = await runCli(args, o);
  return { code, ms: performance.now() - started, err: o.err, out: o.out };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-hostile-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file commands finish or refuse within 2 s on hostile input (issue 12)', () => {
  it('verify refuses a 20 MB paragraph up front', async () => {
    const text = 'phổ biến giáo dục pháp luật '.repeat(Math.ceil((20 * 1024 * 1024) / 36));
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
    fs.writeFileSync(
      path.join(dir, 'long.docx'),
      zipSync(
        {
          '[Content_Types].xml': strToU8(CT),
          '_rels/.rels': strToU8(RELS),
          'word/document.xml': strToU8(xml),
        },
        { level: 1 },
      ),
    );
    const r = await timed(['verify', 'long.docx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/đoạn văn dài bất thường|zip bomb/);
    expect(r.ms).toBeLessThan(2000);
  });

  it('verify and import refuse a zip bomb with the zip-bomb message', async () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((e, c) => {
      if (e) throw e;
      parts.push(c);
    });
    const entry = new ZipDeflate('word/document.xml', { level: 9 });
    zip.add(entry);
    const block = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 100; i++) entry.push(block, i === 99);
    zip.end();
    fs.writeFileSync(path.join(dir, 'bomb.docx'), Buffer.concat(parts));
    for (const args of [
      ['verify', 'bomb.docx'],
      ['import', 'bomb.docx', '-o', 'bomb.json'],
    ]) {
      const r = await timed(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('tệp nén quá lớn (zip bomb?)');
      expect(r.ms).toBeLessThan(2000);
    }
    expect(fs.existsSync(path.join(dir, 'bomb.json'))).toBe(false);
  });

  it('refuses a file above 40 MB before reading it', async () => {
    const big = path.join(dir, 'big.docx');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 41 * 1024 * 1024);
    const r = await timed(['verify', 'big.docx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tệp quá lớn');
    expect(r.ms).toBeLessThan(2000);
  });

  it('export drops U+FFFF and C0 controls with a warning; the .docx opens', async () => {
    const plan = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../templates/plans/langson-2021.json'), 'utf8'),
    ) as { summary: string };
    plan.summary = `Tuyên truyền\uFFFF pháp luật\u0001 năm 2021`;
    fs.writeFileSync(path.join(dir, 'ffff.json'), JSON.stringify(plan));
    const r = await timed(['export', 'ffff.json', '-o', 'ffff.docx']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('đã bỏ 2 ký tự');
    const xml = entryText(
      readPackage(new Uint8Array(fs.readFileSync(path.join(dir, 'ffff.docx')))),
      'word/document.xml',
    )!;
    expect(xml).toContain('Tuyên truyền pháp luật năm 2021');
    expect(['\uFFFF', '\u0001'].some((c) => xml.includes(c))).toBe(false);
    const v = await timed(['verify', 'ffff.docx']);
    expect(v.code).not.toBe(2);
    // Outputs are written atomically: no temporary file is left beside them.
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a 100 000-deep plan JSON with a clear message', async () => {
    fs.writeFileSync(path.join(dir, 'deep.json'), `{"summary":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const r = await timed(['export', 'deep.json', '-o', 'deep.docx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('lồng nhau quá sâu');
    expect(r.ms).toBeLessThan(2000);
  });
});
