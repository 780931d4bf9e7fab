import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * LibreOffice (fonts-liberation standing in for Times New Roman, metric-compatible) and poppler: the
 * print of an exported file as a clerk would see it. Shared by the render and parity tests.
 */
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
export const libreOfficeAvailable = has('soffice') && has('pdftotext');

/** Converts every `<name>.docx` given to `<dir>/<name>.pdf` in one LibreOffice run (one profile per dir). */
export function renderPdfs(dir: string, files: Record<string, Uint8Array>): Record<string, string> {
  const docx = Object.entries(files).map(([name, bytes]) => {
    const p = path.join(dir, `${name}.docx`);
    fs.writeFileSync(p, bytes);
    return p;
  });
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...docx],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const out: Record<string, string> = {};
  for (const name of Object.keys(files)) {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}: ${run.stderr}`);
    out[name] = pdf;
  }
  return out;
}

/** The text lines of each page of a PDF, top to bottom, as poppler reads them (reading order). */
export function pdfPages(pdf: string): string[][] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  }).stdout;
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  );
}

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/**
 * The lines of each page of a PDF sorted top to bottom, then left to right, from poppler's word boxes
 * (`-bbox-layout`): unlike `-layout`, a line in the header never merges with the text beside it.
 */
export function pdfPageLines(pdf: string): string[][] {
  const xml = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  }).stdout;
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)<\/line>/gsu)]
        .map((m) => ({
          x: Number(m[1]),
          y: Number(m[2]),
          text: [...(m[3] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/gu)]
            .map((w) => (w[1] ?? '').replace(/&\w+;/gu, (e) => XML_ENTITIES[e] ?? e))
            .join(' '),
        }))
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((l) => l.text),
    );
}
