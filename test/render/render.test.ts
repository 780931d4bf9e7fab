import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlanDocx } from '../../shared/export/exportPlanDocx.ts';
import { ND30 } from '../../shared/format/nd30.ts';
import { laoCaiPlan, longPlan, seedPlan } from './longPlan.ts';

/**
 * Renders exports with LibreOffice (fonts-liberation stands in for Times New Roman, metric-compatible)
 * and reads the PDF back with pdftotext: what a clerk would see printed. One LibreOffice profile per run.
 * Set WRITE_PAGE1=1 to refresh test/render/page1.png (the README picture).
 */
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext');
if (!available) console.warn('soffice or pdftotext absent: LibreOffice render tests skipped.');

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-render-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function render(bytes: Uint8Array, name: string): { pages: string[]; pdf: string } {
  const docx = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docx, bytes);
  const profile = `file://${path.join(dir, `lo-profile-${name}`)}`;
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}: ${run.stderr}`);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return { pages, pdf };
}
const lines = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe.skipIf(!available)('LibreOffice render of the NĐ 30 export', () => {
  it('prints the seed: no number on page 1, "2" atop page 2, one-line Quốc hiệu and issuing body', async () => {
    const { pages, pdf } = render(await exportPlanDocx(seedPlan(), { draft: false }), 'seed');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const p1 = lines(pages[0] ?? '');
    // The header table prints its two columns side by side on the first lines.
    expect(p1[0]).toMatch(/^UBND TỈNH LẠNG SƠN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u);
    expect(p1[1]).toMatch(/^BAN CHỈ ĐẠO ĐỀ ÁN\s+Độc lập - Tự do - Hạnh phúc$/u);
    expect(p1[2]).toMatch(/^Số:\s+\/KH-BCĐ\s+Lạng Sơn, ngày\s+tháng 01 năm 2021$/u);
    expect(p1).toContain('KẾ HOẠCH');
    expect(p1.some((l) => /^\d+$/u.test(l))).toBe(false);
    for (let i = 1; i < pages.length; i++) expect(lines(pages[i] ?? '')[0]).toBe(String(i + 1));
    const all = pages.join('\n');
    expect(all).toContain('Nơi nhận:');
    expect(all).toContain('Dương Xuân Huyền');
    if (process.env.WRITE_PAGE1 === '1') {
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        path.join(import.meta.dirname, 'page1'),
      ]);
    }
  });

  it('prints long names broken between word groups, never a lone word (issue 10, point 3)', async () => {
    const { pages } = render(await exportPlanDocx(laoCaiPlan(), { draft: false }), 'laocai');
    const p1 = lines(pages[0] ?? '');
    expect(p1[0]).toMatch(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u);
    expect(p1[1]).toMatch(/^TỈNH LÀO CAI\s+Độc lập - Tự do - Hạnh phúc$/u);
    expect(p1[2]).toBe('SỞ CÔNG THƯƠNG');
    expect(p1[3]).toBe('TỈNH LÀO CAI');
    expect(p1[4]).toMatch(/^Số:\s+\/KH-SCT\s+Lào Cai, ngày\s+tháng 01 năm 2021$/u);
    const all = pages.flatMap(lines);
    expect(all.some((l) => /(?:^|\s{2})TM\. ỦY BAN NHÂN DÂN TỈNH LÀO CAI$/u.test(l))).toBe(true);
    expect(all.some((l) => /^(?:CAI|LÀO CAI|THƯƠNG)\b/u.test(l))).toBe(false);
  });

  it('paginates a long plan (36 tasks) cleanly, then numbers the landscape appendix on its own', async () => {
    const plan = longPlan(36);
    const { pages } = render(await exportPlanDocx(plan, { draft: false }), 'long');
    const appendixTitle = ND30.appendix.title.upper ? 'PHỤ LỤC' : 'Phụ lục';
    const appendixStart = pages.findIndex((p) => lines(p)[0] === appendixTitle);
    expect(appendixStart).toBeGreaterThan(1);
    // Main text: pages 2… carry their number first, in order; no page ends on a heading.
    for (let i = 1; i < appendixStart; i++) {
      const l = lines(pages[i] ?? '');
      expect(l[0]).toBe(String(i + 1));
    }
    for (let i = 0; i < appendixStart - 1; i++) {
      const last = lines(pages[i] ?? '').at(-1) ?? '';
      expect(last).not.toMatch(/^(?:[IVX]+|\d+(?:\.\d+)?)\. /u);
    }
    // Every task title is printed.
    const text = pages.slice(0, appendixStart).join('\n').replace(/\s+/gu, ' ');
    for (let t = 1; t <= 36; t++) expect(text).toContain(`pháp luật số ${t} cho cán bộ`);
    // Appendix: its first page unnumbered, then 2, 3, … of its own.
    expect(lines(pages[appendixStart] ?? '').some((l) => /^\d+$/u.test(l))).toBe(false);
    for (let i = appendixStart + 1; i < pages.length; i++) {
      expect(lines(pages[i] ?? '')[0]).toBe(String(i - appendixStart + 1));
    }
  });
});
