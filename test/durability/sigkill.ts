/**
 * Durability test (issue 12): start the browser-mode back end, save a plan as fast as it answers,
 * SIGKILL it at a random moment, start it again and check that every save it acknowledged is there,
 * the workspace passes SQLite's integrity_check and the newest backup is good. 20 rounds by default.
 *
 *   npx tsx test/durability/sigkill.ts [rounds]
 *
 * Exit code 0 when every round passes, 1 otherwise. Not part of the unit suite: it takes ~1–2 min.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const READY = /^PlanDraft ready at http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/;

interface Running {
  child: ChildProcess;
  port: number;
  token: string;
}

function start(home: string): Promise<Running> {
  const child = spawn('npx', ['tsx', 'electron/web/main.ts', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, PLANDRAFT_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no ready line in 60 s\n${stderr}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = READY.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ child, port: Number(m[1]), token: m[2]! });
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}\n${stderr}`)));
  });
}

function kill(r: Running): Promise<void> {
  return new Promise((resolve) => {
    r.child.once('exit', () => resolve());
    process.kill(-r.child.pid!, 'SIGKILL');
  });
}

async function call<T>(r: Running, op: string, args: unknown[]): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${r.port}/api/${op}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${r.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!env.ok) throw new Error(`${op}: ${env.error?.code} ${env.error?.message}`);
  return env.value as T;
}

interface PlanRecord {
  id: string;
  revision: number;
  plan: { summary: string } & Record<string, unknown>;
}

async function main(): Promise<number> {
  const rounds = Number(process.argv[2] ?? 20);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-durability-'));
  const acknowledged = new Map<number, string>();
  let planId = '';
  let failures = 0;
  try {
    // One start more than kills: the last start checks the saves of the last killed run.
    for (let round = 1; round <= rounds + 1; round++) {
      const host = await start(home);
      if (round === 1) {
        planId = (await call<PlanRecord>(host, 'createPlan', [{ templateId: 'langson-2021' }])).id;
      }
      // Every save acknowledged before a kill must be found after it.
      const head = await call<PlanRecord>(host, 'getPlan', [planId]);
      let missing = 0;
      for (const [revision, summary] of acknowledged) {
        const rec = await call<PlanRecord>(host, 'getRevision', [planId, revision]).catch(() => null);
        if (rec?.plan.summary !== summary) missing++;
      }
      // What a save derives after it returned (the search entry, the change description) is there
      // too, even when the kill came between the save and that step (issue 13).
      const found = await call<Array<{ id: string }>>(host, 'searchPlans', [head.plan.summary]);
      const [newest] = await call<Array<{ revision: number; description: string }>>(host, 'listRevisions', [
        planId,
      ]);
      const derived =
        found.some((p) => p.id === planId) &&
        (head.revision === 1 || newest?.description === 'Sửa Trích yếu');
      const status = await call<{ state: string }>(host, 'workspaceStatus', []);
      const ok = missing === 0 && derived && status.state === 'open';
      if (!ok) failures++;
      process.stdout.write(
        `round ${String(round).padStart(2)}: ${acknowledged.size} acknowledged saves, ${missing} missing, search and history ${derived ? 'up to date' : 'STALE'}, workspace ${status.state}${ok ? '' : '  FAIL'}\n`,
      );
      if (round > rounds) {
        await kill(host);
        break;
      }
      // Save as fast as the back end answers, and kill it at a random moment.
      let base = head.revision;
      let plan = head.plan;
      let stop = false;
      const saving = (async () => {
        for (let i = 0; !stop; i++) {
          plan = { ...plan, summary: `Kế hoạch tuyên truyền pháp luật — vòng ${round}, lần lưu ${i}` };
          try {
            const r = await call<{ revision: number }>(host, 'savePlan', [
              planId,
              plan,
              { kind: 'save', baseRevision: base },
            ]);
            base = r.revision;
            acknowledged.set(r.revision, plan.summary);
          } catch {
            return; // the connection died with the process: this save was never acknowledged
          }
        }
      })();
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 1200));
      await kill(host);
      stop = true;
      await saving;
    }
    const db = new Database(path.join(home, 'plandraft.sqlite'), { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    process.stdout.write(`integrity_check after ${rounds} kills: ${String(integrity)}\n`);
    if (integrity !== 'ok') failures++;
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
  process.stdout.write(failures === 0 ? 'durability: PASS\n' : `durability: ${failures} FAILED\n`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
