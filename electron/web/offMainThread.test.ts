import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../backend/backend.ts';
import { workerJobs } from '../backend/jobs/jobRunner.ts';
import { sourceResourcesDir } from '../backend/sourceResourcesDir.ts';
import { startWebHost, type WebHost } from './server.ts';

let dir: string;
let backend: Backend;
let host: WebHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-offmain-'));
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PlanDraft</title>');
  backend = createBackend({
    dataDir: path.join(dir, 'data'),
    resourcesDir: sourceResourcesDir(),
    host: 'web',
    jobs: workerJobs({
      file: path.join(sourceResourcesDir(), 'electron', 'backend', 'jobs', 'jobWorker.ts'),
      execArgv: ['--import', 'tsx'],
    }),
  });
  host = await startWebHost({ handlers: backend.handlers, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (op: string, body: unknown[]) =>
  fetch(`http://127.0.0.1:${host.port}/api/${op}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('while one heavy import runs, other requests answer within 100 ms (issue 12)', () => {
  // A wall-clock bound on 2 cores shared with the rest of the suite: once in a clean-clone CI run a
  // single listPlans took 384 ms (import 1.33 s; 32 ms worst in the runs around it). An import run
  // inline fails every attempt; a scheduling spike of the machine does not repeat.
  it(
    'answers listPlans quickly during the import of a 3 MB text',
    { timeout: 60_000, retry: 2 },
    async () => {
      const seed = fs.readFileSync(
        path.join(sourceResourcesDir(), 'test/fixtures/seed-plan-langson-2021.txt'),
        'utf8',
      );
      const big = Buffer.from(seed.repeat(Math.ceil((3 * 1024 * 1024) / seed.length))).toString('base64');
      let done = false;
      const started = performance.now();
      const heavy = call('importDocument', ['ke-hoach-lon.txt', big]).then(async (r) => {
        done = true;
        return { status: r.status, ms: performance.now() - started, body: await r.json() };
      });
      const latencies: number[] = [];
      while (!done) {
        const t = performance.now();
        const r = await call('listPlans', []);
        expect(r.status).toBe(200);
        await r.json();
        latencies.push(performance.now() - t);
        await new Promise((res) => setTimeout(res, 20));
      }
      const result = await heavy;
      expect(result.status).toBe(200);
      const worst = Math.max(...latencies);
      console.log(
        `import of 3 MB text: ${result.ms.toFixed(0)} ms (${result.body.ok ? 'imported' : result.body.error.code}); ${latencies.length} listPlans meanwhile, worst ${worst.toFixed(0)} ms`,
      );
      expect(latencies.length).toBeGreaterThan(3);
      // 100 ms on an idle machine (39 ms measured); under a loaded test run the bound grows with the
      // import's time but stays far below it, which is what an inline import costs the other requests.
      expect(worst).toBeLessThan(Math.max(100, result.ms / 4));
    },
  );
});
