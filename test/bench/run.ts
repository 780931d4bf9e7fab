import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceResourcesDir } from '../../electron/backend/sourceResourcesDir.ts';
import { run as browser } from './browser.bench.ts';
import { run as citations } from './citations.bench.ts';
import { run as cli } from './cli.bench.ts';
import { tableLine, type BenchLine } from './measure.ts';
import { run as pipeline } from './pipeline.bench.ts';

/**
 * `npm run bench [-- <suite> …]`: the figures of issue 13 on the generated ≈100-page plan (300
 * tasks), each after a warm-up, as median and p95 of its runs; a table on stdout and
 * bench/results.json. Not part of `npm test`: the figures depend on the machine and its load.
 */
const suites: Record<string, () => Promise<BenchLine[]>> = { citations, pipeline, cli, browser };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in suites));
if (unknown.length > 0) {
  process.stderr.write(`unknown suite(s) ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}\n`);
  process.exit(2);
}
const gitHead = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  loadBefore: os.loadavg().map((l) => Number(l.toFixed(2))),
};
process.stdout.write(
  `${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, load ${machine.loadBefore.join(' ')}\n\n` +
    `${'figure'.padEnd(58)} ${'median'.padStart(9)} ${'p95'.padStart(9)} runs  target\n`,
);
const results: BenchLine[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  for (const r of await suite()) {
    results.push(r);
    process.stdout.write(`${tableLine(r)}\n`);
  }
}
const loadAfter = os.loadavg().map((l) => Number(l.toFixed(2)));
process.stdout.write(`\nload after: ${loadAfter.join(' ')}\n`);
const file = path.join(sourceResourcesDir(), 'bench', 'results.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), commit: gitHead, machine: { ...machine, loadAfter }, results }, null, 2)}\n`,
);
process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
