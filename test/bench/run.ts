import { run as citations } from './citations.bench.ts';
import { run as pipeline } from './pipeline.bench.ts';

export interface BenchResult {
  name: string;
  ms: number;
  note: string;
}

/** `npm run bench`: measured figures, not timed tests. Each feature adds its module here. */
const suites: Array<() => BenchResult[] | Promise<BenchResult[]>> = [citations, pipeline];

for (const suite of suites) {
  for (const r of await suite()) {
    process.stdout.write(`${r.name.padEnd(64)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.note}\n`);
  }
}
