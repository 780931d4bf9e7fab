import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { comparePlans } from '../../shared/compare/comparePlans.ts';
import { exportPlanDocx } from '../../shared/export/exportPlanDocx.ts';
import { importDocx } from '../../shared/import/importDocx.ts';
import { rolloverPlan } from '../../shared/rollover/rolloverPlan.ts';
import { verifyDocx } from '../../shared/verify/verifyDocx.ts';
import { openDatabase } from '../../electron/backend/store/openDatabase.ts';
import { PlanStore } from '../../electron/backend/store/planStore.ts';
import { largePlan } from './citations.bench.ts';
import type { BenchResult } from './run.ts';

async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The rest of a plan's life on the ≈100-page plan: export, verify, re-import, rollover, compare, autosave. */
export async function run(): Promise<BenchResult[]> {
  const plan = largePlan();
  const out: BenchResult[] = [];
  const exported = await time(() => exportPlanDocx(plan, { draft: false }));
  out.push({
    name: 'export: .docx of the 100-page plan',
    ms: exported.ms,
    note: `${exported.value.length} bytes`,
  });
  const verified = await time(() => verifyDocx(exported.value));
  const failed = verified.value.rules.filter((r) => !r.ok).length;
  out.push({ name: 'verify: NĐ 30 rules on that file', ms: verified.ms, note: `${failed} rules fail` });
  const imported = await time(() => importDocx(exported.value));
  const r = imported.value.report;
  out.push({
    name: 'import: the exported .docx back into blocks',
    ms: imported.ms,
    note: `${r.placedParagraphs}/${r.sourceParagraphs} paragraphs, ${r.tasks} tasks`,
  });
  const rolled = await time(() => rolloverPlan(plan, plan.year + 1));
  out.push({
    name: 'rollover: to the next year with its review list',
    ms: rolled.ms,
    note: `${rolled.value.report.changes.length} changes, ${rolled.value.report.review.length} to review`,
  });
  const compared = await time(() => comparePlans(plan, rolled.value.plan));
  out.push({ name: 'compare: the plan and its rollover, word by word', ms: compared.ms, note: '' });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-bench-'));
  try {
    const db = openDatabase(path.join(dir, 'bench.sqlite'));
    const store = new PlanStore(db);
    const rec = store.create(plan, 'create');
    const saves = 20;
    let revision = rec.revision;
    const saved = await time(() => {
      for (let i = 0; i < saves; i++) {
        const next = structuredClone(plan);
        next.summary = `${plan.summary} (${i})`;
        revision = store.save(rec.id, next, 'autosave', revision).revision;
      }
    });
    out.push({
      name: 'store: autosave of the 100-page plan (WAL, synchronous=FULL)',
      ms: saved.ms / saves,
      note: `per save, mean of ${saves}; ${Math.round(fs.statSync(path.join(dir, 'bench.sqlite')).size / 1024)} KiB database`,
    });
    const searched = await time(() => store.search('pho bien giao duc'));
    out.push({
      name: 'store: accent-insensitive search',
      ms: searched.ms,
      note: `${searched.value.length} hit(s)`,
    });
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
