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
import { MAX_PLAN_PATCHES, planDelta } from '../../shared/model/planDelta.ts';
import { savablePlan } from '../../shared/model/savablePlan.ts';
import { largePlan } from './citations.bench.ts';
import { measure, summarize, type BenchLine } from './measure.ts';

/** The rest of a plan's life on the ≈100-page plan: export, verify, re-import, rollover, compare, autosave. */
export async function run(): Promise<BenchLine[]> {
  const plan = largePlan();
  const out: BenchLine[] = [];
  let exported: Uint8Array = new Uint8Array();
  out.push(
    await measure(
      'export: .docx of the 100-page plan, in-process',
      async () => (exported = await exportPlanDocx(plan, { draft: false })),
      { target: 150 },
      (b) => `${b.length} bytes`,
    ),
  );
  out.push(
    await measure(
      'verify: NĐ 30 rules on that file',
      () => verifyDocx(exported),
      { runs: 7 },
      (v) => {
        return `${v.rules.filter((r) => !r.ok).length} rules fail`;
      },
    ),
  );
  out.push(
    await measure(
      'import: the exported .docx back into blocks',
      () => importDocx(exported),
      { target: 150 },
      ({ report: r }) => `${r.placedParagraphs}/${r.sourceParagraphs} paragraphs, ${r.tasks} tasks`,
    ),
  );
  let rolled = rolloverPlan(plan, plan.year + 1);
  out.push(
    await measure(
      'rollover: to the next year with its review list',
      () => (rolled = rolloverPlan(plan, plan.year + 1)),
      { runs: 7 },
      (r) => `${r.report.changes.length} changes, ${r.report.review.length} to review`,
    ),
  );
  out.push(
    await measure('compare: the plan and its rollover, word by word', () => comparePlans(plan, rolled.plan), {
      runs: 7,
    }),
  );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-bench-'));
  try {
    const db = openDatabase(path.join(dir, 'bench.sqlite'));
    const store = new PlanStore(db);
    const rec = store.create(plan, 'create');
    let revision = rec.revision;
    // Each autosave stores a changed plan: a new summary, as after a keystroke's pause. The timed call
    // is the handler's (savePlan → store.save); what the save leaves to derive (the change
    // description, the search entry) runs on the main thread right after it returned, in a
    // setImmediate: timed apart by calling the same flush, so that no cost is hidden.
    let next = plan;
    const deferred: number[] = [];
    const warmup = 3;
    out.push(
      await measure(
        'store: autosave of the 100-page plan (WAL, synchronous=FULL)',
        () => (revision = store.save(rec.id, next, 'autosave', revision).revision),
        {
          target: 5,
          warmup,
          runs: 20,
          // Derives what the previous run left: its time counts from the first timed run's.
          before: (i) => {
            const start = performance.now();
            store.flushAfterSave();
            if (i > warmup) deferred.push(performance.now() - start);
            next = { ...plan, summary: `${plan.summary} (${i})` };
          },
        },
        () => {
          // WAL mode: the newest pages are in the -wal file until a checkpoint.
          const size = ['bench.sqlite', 'bench.sqlite-wal']
            .map((f) => fs.statSync(path.join(dir, f), { throwIfNoEntry: false })?.size ?? 0)
            .reduce((a, b) => a + b, 0);
          return `${Math.round(size / 1024)} KiB database with its WAL`;
        },
      ),
    );
    const start = performance.now();
    store.flushAfterSave();
    deferred.push(performance.now() - start);
    out.push({
      name: 'store: after each autosave, deferred: description + search',
      ...summarize(deferred),
      runs: deferred.length,
      note: 'main thread, setImmediate after the save returned',
    });
    // The editor's autosave (renderer/editor/savePlanEdit): what its main thread does before the
    // request leaves — the edit alone (planDelta and its JSON), or, when the stored plan is not known,
    // the whole plan as before (the schema pass and the JSON of ≈ 400 KB) — and the back end's patchPlan.
    let stored = store.get(rec.id).plan;
    let edited = stored;
    const editOne = (i: number) => {
      edited = { ...stored, summary: `${plan.summary} (sửa ${i})` };
    };
    const options = { kind: 'autosave', baseRevision: revision };
    out.push(
      await measure(
        'renderer: autosave, main thread: the edit alone (planDelta + request body)',
        () => JSON.stringify([rec.id, planDelta(stored, edited, MAX_PLAN_PATCHES), options]).length,
        { target: 5, warmup: 3, runs: 20, before: editOne },
        (n) => `${Math.round(n / 102.4) / 10} KiB sent`,
      ),
    );
    out.push(
      await measure(
        'renderer: autosave, main thread: the whole plan (schema pass + request body), the fallback',
        () => JSON.stringify([rec.id, savablePlan(edited).plan, options]).length,
        { warmup: 3, runs: 20, before: editOne },
        (n) => `${Math.round(n / 1024)} KiB sent`,
      ),
    );
    out.push(
      await measure(
        'back end: patchPlan of a one-field autosave (apply, schema check of the whole plan, store)',
        () => {
          revision = store.patcher.patch(rec.id, planDelta(stored, edited) ?? [], revision).revision;
          stored = edited;
        },
        { warmup: 3, runs: 20, before: (i) => (store.flushAfterSave(), editOne(i)) },
      ),
    );
    out.push(
      await measure(
        'store: accent-insensitive search',
        () => store.search('pho bien giao duc'),
        {},
        (h) => `${h.length} hit(s)`,
      ),
    );
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
