import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/appError.ts';
import { largePlan } from '../../../test/bench/citations.bench.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { inlineJobs, workerJobs } from './jobRunner.ts';

const worker = (timeoutMs?: number) =>
  workerJobs({
    file: path.join(sourceResourcesDir(), 'electron', 'backend', 'jobs', 'jobWorker.ts'),
    execArgv: ['--import', 'tsx'],
    timeoutMs,
  });

const seed = new Uint8Array(
  fs.readFileSync(path.join(sourceResourcesDir(), 'test', 'fixtures', 'seed-plan-langson-2021.txt')),
);

/** The longest the main thread went without running a 5 ms timer while `work` was pending. */
async function worstLag<T>(work: () => Promise<T>): Promise<{ value: T; lagMs: number }> {
  let worst = 0;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  try {
    await new Promise((r) => setTimeout(r, 20));
    const value = await work();
    tick();
    return { value, lagMs: worst };
  } finally {
    clearInterval(timer);
  }
}

describe('jobs off the main thread (issue 12)', () => {
  it('gives the same import result in a worker as inline', async () => {
    const inline = await inlineJobs.run('importFile', 'ke-hoach.txt', seed, {});
    const off = await worker().run('importFile', 'ke-hoach.txt', seed, {});
    expect(off.plan).toEqual(inline.plan);
    expect(off.report.tasks).toBe(inline.report.tasks);
  });

  it('keeps the main thread answering within 100 ms while heavy exports run', async () => {
    const plan = largePlan();
    const runner = worker();
    const started = performance.now();
    const { value, lagMs } = await worstLag(() =>
      Promise.all(
        [1, 2, 3].map((i) =>
          runner.run('exportDocx', { ...plan, summary: `${plan.summary} ${i}` }, { draft: false }),
        ),
      ),
    );
    const elapsed = performance.now() - started;
    expect(value.every((bytes) => bytes instanceof Uint8Array && bytes.length > 10_000)).toBe(true);
    console.log(
      `3 exports of the 100-page plan in workers: ${elapsed.toFixed(0)} ms, worst main-thread lag ${lagMs.toFixed(0)} ms`,
    );
    // 100 ms on an idle machine (21 ms measured); under a loaded test run the bound grows with the
    // work, but stays far below the whole job's time, which is what running it inline costs.
    expect(lagMs).toBeLessThan(Math.max(100, elapsed / 4));
  }, 60_000);

  it('passes bilingual refusals through and stops a job past its time limit', async () => {
    const refused = await worker()
      .run('importFile', 'x.xyz', new Uint8Array([1, 2, 3]), {})
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('unsupported_file');
    const slow = await worker(1)
      .run('exportDocx', largePlan(), { draft: false })
      .catch((e: unknown) => e);
    expect((slow as AppError).code).toBe('job_timeout');
    expect((slow as AppError).message).toMatch(/quá lâu/);
  }, 30_000);
});
