import fs from 'node:fs';
import path from 'node:path';
import { inlineJobs, workerJobs, type JobRunner } from './backend/jobs/jobRunner.ts';

/**
 * The desktop app's job runner (issue 12: a hostile import must not freeze the window, whose main
 * process is also the back end). The worker is its own bundle, dist-electron/jobWorker.cjs, unpacked
 * next to app.asar (electron-builder.yml asarUnpack) so that Node loads it as a plain file. When the
 * bundle is missing (a development tree not yet built) the jobs run inline, as before.
 */
export function desktopJobs(appDir: string, exists: (file: string) => boolean = fs.existsSync): JobRunner {
  const unpacked = appDir.replace(/app\.asar$/, 'app.asar.unpacked');
  const file = path.join(unpacked, 'dist-electron', 'jobWorker.cjs');
  return exists(file) ? workerJobs({ file, execArgv: [] }) : inlineJobs;
}
