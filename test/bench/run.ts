import { run as citations } from './citations.bench.ts';

/** `npm run bench`: measured figures, not timed tests. Each feature adds its module here. */
const suites: Array<() => Array<{ name: string; ms: number; note: string }>> = [citations];

for (const suite of suites) {
  for (const r of suite()) {
    process.stdout.write(`${r.name.padEnd(60)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.note}\n`);
  }
}
