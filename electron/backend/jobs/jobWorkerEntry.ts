import path from 'node:path';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import type { WorkerJobOptions } from './jobRunner.ts';

/**
 * How the browser host and the CLI start a job's worker. Running from the prebuilt bundle (this code
 * is then in a .mjs file of dist-cli/): the prebuilt dist-cli/jobWorker.mjs, plain Node. Running from
 * the TypeScript sources (tests, `tsx electron/web/main.ts`): jobWorker.ts through tsx's loader, which
 * costs each job ≈ 0.5 s of transpiling (issue 13).
 */
export function jobWorkerEntry(): Pick<WorkerJobOptions, 'file' | 'execArgv'> {
  if (!import.meta.filename.endsWith('.ts'))
    return { file: path.join(sourceResourcesDir(), 'dist-cli', 'jobWorker.mjs'), execArgv: [] };
  return { file: path.join(import.meta.dirname, 'jobWorker.ts'), execArgv: ['--import', 'tsx'] };
}
