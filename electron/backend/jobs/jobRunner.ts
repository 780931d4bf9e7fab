import { Worker } from 'node:worker_threads';
import { AppError, type ErrorInfo } from '../../../shared/contract/appError.ts';
import { jobs, type JobName, type Jobs } from './jobs.ts';

/** What each job does, as the user knows it (a job that dies says which work stopped). */
const JOB_NAMES: Partial<Record<string, [string, string]>> = {
  importFile: ['Việc nhập tệp', 'The import'],
  exportDocx: ['Việc xuất Word', 'The Word export'],
  checkPlan: ['Việc kiểm tra kế hoạch', 'The plan check'],
};

export interface JobRunner {
  run<N extends JobName>(name: N, ...args: Parameters<Jobs[N]>): Promise<Awaited<ReturnType<Jobs[N]>>>;
}

/** Where the worker's entry is and how to start it (tsx's loader for the TypeScript sources). */
export interface WorkerJobOptions {
  file: string;
  execArgv: string[];
  /** Per-job time limit (default 30 s): the worker is terminated and the job refused. */
  timeoutMs?: number;
  /** Per-job heap limit (default 1 GiB). */
  maxMemoryMb?: number;
}

/** On the calling thread (tests of handlers, hosts that have no worker entry). */
export const inlineJobs: JobRunner = {
  run: async (name, ...args) => (jobs[name] as (...a: unknown[]) => unknown)(...args) as never,
};

/**
 * Each job in its own worker thread, with a time and a memory limit: a hostile file can make its
 * own job fail, never stall the requests of other users (the main thread only waits for a message).
 */
export function workerJobs(options: WorkerJobOptions): JobRunner {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxMemoryMb = options.maxMemoryMb ?? 1024;
  return {
    run: (name, ...args) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(options.file, {
          execArgv: options.execArgv,
          workerData: { name, args },
          resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
          stdout: false,
          stderr: false,
        });
        let settled = false;
        const settle = (f: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          f();
          void worker.terminate();
        };
        const timer = setTimeout(
          () =>
            settle(() =>
              reject(
                new AppError(
                  'job_timeout',
                  `Xử lý tệp quá lâu (quá ${Math.round(timeoutMs / 1000)} giây), đã dừng; tệp có thể hỏng hoặc độc hại.`,
                  `Processing the file took too long (over ${Math.round(timeoutMs / 1000)} s) and was stopped; the file may be broken or hostile.`,
                ),
              ),
            ),
          timeoutMs,
        );
        worker.on('message', (m: { ok: true; value: unknown } | { ok: false; error: ErrorInfo }) =>
          settle(() =>
            m.ok
              ? resolve(m.value as never)
              : reject(new AppError(m.error.code, m.error.message, m.error.messageEn, m.error.detail)),
          ),
        );
        worker.on('error', (e: Error & { code?: string }) =>
          settle(() =>
            reject(
              e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new AppError(
                    'job_out_of_memory',
                    `Xử lý tệp cần quá nhiều bộ nhớ (quá ${maxMemoryMb} MB), đã dừng; tệp có thể hỏng hoặc độc hại.`,
                    `Processing the file needed too much memory (over ${maxMemoryMb} MB) and was stopped; the file may be broken or hostile.`,
                  )
                : e,
            ),
          ),
        );
        worker.on('exit', (code) =>
          settle(() =>
            reject(
              new AppError(
                'internal',
                `${JOB_NAMES[name]?.[0] ?? 'Công việc'} dừng giữa chừng; hãy thử lại. Nếu vẫn lỗi, hãy báo bộ phận hỗ trợ.`,
                `${JOB_NAMES[name]?.[1] ?? 'The job'} stopped half-way; try again. If it persists, tell support.`,
                `job ${name} exited with code ${code} before answering`,
              ),
            ),
          ),
        );
      }),
  };
}
