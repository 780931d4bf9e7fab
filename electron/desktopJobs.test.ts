import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineJobs } from './backend/jobs/jobRunner.ts';
import { desktopJobs } from './desktopJobs.ts';

describe('desktopJobs', () => {
  it('runs jobs from the unpacked worker bundle next to app.asar', () => {
    const seen: string[] = [];
    const runner = desktopJobs('/opt/PlanDraft/resources/app.asar', (f) => (seen.push(f), true));
    expect(seen).toEqual([
      path.join('/opt/PlanDraft/resources/app.asar.unpacked', 'dist-electron', 'jobWorker.cjs'),
    ]);
    expect(runner).not.toBe(inlineJobs);
  });

  it('falls back to inline jobs when the bundle is not built', () => {
    expect(desktopJobs('/src/plandraft', () => false)).toBe(inlineJobs);
  });
});
