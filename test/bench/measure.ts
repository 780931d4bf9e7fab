/** One figure of `npm run bench`: the median and 95th percentile of `runs` timed repetitions. */
export interface BenchResult {
  name: string;
  /** Milliseconds. */
  median: number;
  p95: number;
  max: number;
  runs: number;
  /** The target (ms) for the median, the p95 or the worst run (`targetOn`), if it sets one. */
  target?: number;
  targetOn?: 'median' | 'p95' | 'max';
  note: string;
}

/** A figure that could not be measured here (a tool not installed): printed, kept in the JSON. */
export interface BenchSkip {
  name: string;
  skipped: string;
}

export type BenchLine = BenchResult | BenchSkip;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Median, p95 and the extremes of some samples (ms). */
export function summarize(samples: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
}

export interface MeasureOptions {
  /** Untimed runs first (JIT, caches, page cache). Default 3. */
  warmup?: number;
  /** Timed runs. Default 15. */
  runs?: number;
  target?: number;
  targetOn?: BenchResult['targetOn'];
  /** Called before each run, untimed (e.g. the edit that the timed run re-checks). */
  before?: (i: number) => void | Promise<void>;
}

/** Time `fn` (sync or async) after a warm-up; `note` may read the last run's value. */
export async function measure<T>(
  name: string,
  fn: (i: number) => T | Promise<T>,
  options: MeasureOptions = {},
  note: (last: T) => string = () => '',
): Promise<BenchResult> {
  const { warmup = 3, runs = 15 } = options;
  let last: T | undefined;
  for (let i = 0; i < warmup; i++) {
    await options.before?.(i);
    last = await fn(i);
  }
  const samples: number[] = [];
  for (let i = warmup; i < warmup + runs; i++) {
    await options.before?.(i);
    const start = performance.now();
    last = await fn(i);
    samples.push(performance.now() - start);
  }
  const s = summarize(samples);
  return {
    name,
    median: s.median,
    p95: s.p95,
    max: s.max,
    runs,
    target: options.target,
    targetOn: options.targetOn,
    note: note(last as T),
  };
}

/** The line of the printed table. */
export function tableLine(r: BenchLine): string {
  if ('skipped' in r)
    return `${r.name.padEnd(58)} ${'—'.padStart(9)} ${'—'.padStart(9)}       skipped: ${r.skipped}`;
  const on = r.targetOn ?? 'median';
  const target = r.target === undefined ? '' : `${r[on] < r.target ? 'met' : 'MISSED'} (${on} < ${r.target})`;
  return `${r.name.padEnd(58)} ${r.median.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(9)} ${String(r.runs).padStart(4)}  ${target.padEnd(22)} ${r.note}`;
}
