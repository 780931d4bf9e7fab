import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend.ts';
import { workerJobs } from '../backend/jobs/jobRunner.ts';
import { jobWorkerEntry } from '../backend/jobs/jobWorkerEntry.ts';
import { resolveDataDir } from '../backend/dataDir.ts';
import { sourceResourcesDir } from '../backend/sourceResourcesDir.ts';
import { startWebHost } from './server.ts';

/** Default port of `npm run web` (README); `--port 0` picks a free one. */
export const DEFAULT_WEB_PORT = 4780;

/**
 * Entry of the browser-mode host: `npm run web [-- --port N]` (dist-cli/web.mjs, its prebuilt bundle;
 * `tsx electron/web/main.ts` runs the sources). Prints exactly one line,
 * `PlanDraft ready at http://127.0.0.1:<port>/#token=<token>`, then serves until interrupted.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? DEFAULT_WEB_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Cổng không hợp lệ / Invalid port: ${values.port}\n`);
    process.exit(2);
  }
  const resourcesDir = sourceResourcesDir();
  const staticDir = path.join(resourcesDir, 'dist', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    process.stderr.write(
      'Chưa dựng giao diện: chạy "npm run build:renderer" / The renderer is not built: run "npm run build:renderer"\n',
    );
    process.exit(2);
  }
  // Imports and exports run in worker threads: one hostile file cannot stall the other requests.
  const jobs = workerJobs(jobWorkerEntry());
  const backend = createBackend({ dataDir: resolveDataDir(), resourcesDir, host: 'web', jobs });
  const host = await startWebHost({ handlers: backend.handlers, staticDir, port });
  process.stdout.write(`PlanDraft ready at ${host.url}\n`);
  const stop = (): void => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const err = e as { message?: string; messageEn?: string; code?: string };
  if (err.code === 'EADDRINUSE') {
    process.stderr.write('Cổng đã được dùng; thử --port 0 / The port is in use; try --port 0\n');
  } else {
    process.stderr.write(`${err.message ?? String(e)}${err.messageEn ? ` / ${err.messageEn}` : ''}\n`);
  }
  process.exit(1);
});
