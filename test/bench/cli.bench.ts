import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceResourcesDir } from '../../electron/backend/sourceResourcesDir.ts';
import { largePlan } from './citations.bench.ts';
import { measure, type BenchLine, type BenchResult } from './measure.ts';
import { planHtml, planMarkdown } from './planMarkdown.ts';

const root = sourceResourcesDir();
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Run a command to its end; a failure stops the bench (a figure of a failing run means nothing). */
function runOk(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

/**
 * Whole processes, as a clerk runs them: `plandraft` through bin/plandraft (the project's Node 22 on
 * the prebuilt bundle) and through npx, and the tools a clerk would use instead on the same content
 * (pandoc on Markdown, LibreOffice on HTML), each skipped with a line when it is not installed.
 */
export async function run(): Promise<BenchLine[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-bench-cli-'));
  const bin = path.join(root, 'bin', 'plandraft');
  const out: BenchLine[] = [];
  try {
    const plan = largePlan();
    const json = path.join(dir, 'big.json');
    fs.writeFileSync(json, JSON.stringify(plan));
    fs.writeFileSync(path.join(dir, 'big.md'), planMarkdown(plan));
    fs.writeFileSync(path.join(dir, 'big.html'), planHtml(plan));
    // Builds dist-cli first when a source is newer than it (once, outside the timing).
    runOk(bin, ['--help'], root);

    out.push(
      await measure('cli: plandraft --help (bin/plandraft)', () => runOk(bin, ['--help'], dir), {
        target: 150,
      }),
    );
    out.push(
      await measure(
        'cli: npx plandraft --help (npx adds its own start)',
        () => runOk('npx', ['plandraft', '--help'], root),
        {
          warmup: 1,
          runs: 5,
        },
      ),
    );
    const draft = await measure(
      'cli: plandraft export --draft, whole process',
      () => runOk(bin, ['export', json, '-o', path.join(dir, 'ours.docx'), '--draft'], dir),
      { warmup: 2, runs: 10 },
      () => `${fs.statSync(path.join(dir, 'ours.docx')).size} bytes`,
    );
    const final = await measure(
      'cli: plandraft export (final: checks first), whole process',
      () => runOk(bin, ['export', json, '-o', path.join(dir, 'ours.docx')], dir),
      { warmup: 2, runs: 10 },
    );
    out.push(draft, final);

    let pandoc: BenchResult | null = null;
    if (has('pandoc')) {
      pandoc = await measure(
        'pandoc big.md -o big.docx, same content',
        () => runOk('pandoc', ['big.md', '-o', 'pandoc.docx'], dir),
        { warmup: 1, runs: 10 },
        () => `${fs.statSync(path.join(dir, 'pandoc.docx')).size} bytes`,
      );
      out.push(pandoc);
      // Issue 13: at least 3× faster than pandoc, side by side in one run.
      for (const r of [draft, final]) {
        r.target = pandoc.median / 3;
        r.note = `${r.note ? `${r.note}; ` : ''}${(pandoc.median / r.median).toFixed(1)}× faster than pandoc`;
      }
    } else {
      out.push({ name: 'pandoc big.md -o big.docx, same content', skipped: 'pandoc is not installed' });
    }
    if (has('soffice')) {
      // Its own profile: LibreOffice refuses a second instance on a profile in use (the render tests).
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
      const soffice = await measure(
        'soffice --headless --convert-to docx big.html, same content',
        () =>
          runOk(
            'soffice',
            [
              '--headless',
              profile,
              '--convert-to',
              'docx:MS Word 2007 XML',
              '--outdir',
              path.join(dir, 'lo'),
              'big.html',
            ],
            dir,
          ),
        { warmup: 1, runs: 3 },
        () => `${fs.statSync(path.join(dir, 'lo', 'big.docx')).size} bytes`,
      );
      soffice.note = `${soffice.note}; plandraft export --draft is ${(soffice.median / draft.median).toFixed(1)}× faster`;
      out.push(soffice);
    } else {
      out.push({ name: 'soffice --convert-to docx, same content', skipped: 'LibreOffice is not installed' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
