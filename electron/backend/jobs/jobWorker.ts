import { parentPort, workerData } from 'node:worker_threads';
import { errorInfo } from '../../../shared/contract/appError.ts';
import { jobs, type JobName } from './jobs.ts';

/** Entry of a job's worker thread: run the one job named in workerData and post its outcome. */
async function main(): Promise<void> {
  const { name, args } = workerData as { name: JobName; args: unknown[] };
  try {
    const job = jobs[name] as (...a: unknown[]) => unknown;
    const value = await job(...args);
    parentPort?.postMessage({ ok: true, value });
  } catch (e) {
    parentPort?.postMessage({ ok: false, error: errorInfo(e) });
  }
}

void main();
