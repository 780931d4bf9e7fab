#!/usr/bin/env node
// Electronegativity 1.10.3 over the Electron sources (issue 12), installed apart from the app's
// dependencies (it bundles an old TypeScript) into a temporary folder, run offline (the check that
// fetches Electron's release list is excluded). Fails on any HIGH or MEDIUM finding that is not listed,
// with its reason, in .ci/electronegativity-accepted.json (matched by check and file, not line).
//
//   node .ci/electronegativity.mjs            (CI)
//   ELECTRONEGATIVITY_DIR=/path node .ci/...  (reuse an installed copy)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-eneg-'));
const toolDir = process.env.ELECTRONEGATIVITY_DIR ?? path.join(work, 'tool');
const bin = path.join(toolDir, 'node_modules', '.bin', 'electronegativity');
if (!fs.existsSync(bin)) {
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      toolDir,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '@doyensec/electronegativity@1.10.3',
    ],
    { stdio: 'inherit' },
  );
}

// What ships in the main and preload processes, and the page: not tests, not build scripts.
const scan = path.join(work, 'scan');
fs.cpSync(path.join(root, 'electron'), path.join(scan, 'electron'), {
  recursive: true,
  filter: (src) => !src.endsWith('.test.ts') && !src.includes(`${path.sep}scripts`),
});
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(scan, 'index.html'));
fs.copyFileSync(path.join(root, 'package.json'), path.join(scan, 'package.json'));

const report = path.join(work, 'report.csv');
execFileSync(
  bin,
  ['-i', scan, '-r', '-v', 'false', '-x', 'availablesecurityfixesglobalcheck', '-o', report],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

/** One CSV line into fields (quoted fields may hold commas). */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const accepted = JSON.parse(
  fs.readFileSync(path.join(root, '.ci', 'electronegativity-accepted.json'), 'utf8'),
);
const findings = fs
  .readFileSync(report, 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map(fields)
  .map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }));
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unaccepted = serious.filter((f) => !accepted.some((a) => a.issue === f.issue && a.file === f.file));
for (const f of serious) {
  const ok = !unaccepted.includes(f);
  process.stdout.write(
    `${ok ? 'accepted' : 'FINDING '}  ${f.severity.padEnd(6)} ${f.issue}  ${f.file}:${f.location}\n`,
  );
}
fs.rmSync(work, { recursive: true, force: true });
if (unaccepted.length > 0) {
  process.stderr.write(
    `electronegativity: ${unaccepted.length} finding(s) not in .ci/electronegativity-accepted.json\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `electronegativity: ${findings.length} findings, ${serious.length} high/medium, all accepted\n`,
);
