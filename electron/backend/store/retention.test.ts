import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RevisionKind } from '../../../shared/contract/records.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { largePlan } from '../../../test/bench/citations.bench.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';
import { autosavesToDrop, type StoredRevision } from './retention.ts';

const MIN = 60 * 1000;
const NOW = Date.parse('2026-12-10T18:00:00.000Z');

function rev(revision: number, minutesAgo: number, kind: RevisionKind = 'autosave'): StoredRevision {
  return { revision, kind, createdAt: new Date(NOW - minutesAgo * MIN).toISOString() };
}

describe('autosavesToDrop', () => {
  it('keeps the last hour, one per 10 minutes for a day, one per day after, and every other kind', () => {
    // One autosave a minute for three days, newest = highest revision; a save and an export in between.
    const revisions: StoredRevision[] = [];
    const total = 3 * 24 * 60;
    for (let m = total; m >= 0; m--) revisions.push(rev(total - m + 1, m));
    revisions[100] = { ...revisions[100]!, kind: 'save' };
    revisions[2000] = { ...revisions[2000]!, kind: 'import' };
    const head = total + 1;
    const drop = new Set(autosavesToDrop(revisions, head, new Date(NOW).toISOString(), new Set([5])));
    const kept = revisions.filter((r) => !drop.has(r.revision));
    const ageOf = (r: StoredRevision) => (NOW - Date.parse(r.createdAt)) / MIN;
    expect(kept.filter((r) => ageOf(r) <= 60)).toHaveLength(61);
    expect(kept.some((r) => r.kind === 'save') && kept.some((r) => r.kind === 'import')).toBe(true);
    expect(kept.some((r) => r.revision === 5)).toBe(true); // an export was made from it
    const dayAutosaves = kept.filter((r) => r.kind === 'autosave' && ageOf(r) > 60 && ageOf(r) <= 24 * 60);
    expect(dayAutosaves.length).toBeGreaterThanOrEqual(138);
    expect(dayAutosaves.length).toBeLessThanOrEqual(140);
    const older = kept.filter((r) => r.kind === 'autosave' && ageOf(r) > 24 * 60 && r.revision !== 5);
    expect(new Set(older.map((r) => r.createdAt.slice(0, 10))).size).toBe(older.length);
    expect(kept.length).toBeLessThan(61 + 140 + 5 + 3);
  });
});

describe('a day of heavy editing of a 100-page plan stays under 20 MB (issue 12)', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-retention-'));
  });
  afterEach(() => {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('autosaves every 30 s for 10 hours, with a save every hour, named versions and restores', () => {
    let clock = Date.parse('2026-12-10T08:00:00.000Z');
    const file = path.join(dir, 'plandraft.sqlite');
    db = openDatabase(file);
    const store = new PlanStore(db, () => new Date(clock).toISOString());
    const base = largePlan();
    const rec = store.create(base, 'create');
    let revision = rec.revision;
    let plan: Plan = base;
    const saves = 10 * 60 * 2;
    for (let i = 1; i <= saves; i++) {
      clock += 30 * 1000;
      // Typing: one more word in one task each time, so every revision differs.
      plan = { ...plan, summary: `${base.summary} — sửa lần ${i}` };
      revision = store.save(rec.id, plan, i % 120 === 0 ? 'save' : 'autosave', revision).revision;
      // A named version every two hours, and twice in the day an earlier revision restored.
      if (i % 240 === 60)
        revision = store.nameVersion(rec.id, `Phiên bản ${Math.floor(i / 240) + 1}`, revision).revision;
      if (i === 700 || i === 1100) {
        const restored = store.restoreRevision(rec.id, revision - 30, revision);
        revision = restored.revision;
        plan = restored.plan;
      }
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.statSync(file).size;
    const kept = store.revisions(rec.id);
    // Printed for the report: the measured size of the workspace after the day.
    console.log(
      `retention: ${saves} saves → ${kept.length} revisions kept, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
    // Without thinning all 1 201 revisions stay (15.6 MB here, and it grows with every autosave):
    // the last hour (120), one per 10 minutes before (54), the 10 saves, the 5 named versions, the
    // 2 restores and the creation.
    expect(kept.length).toBeLessThan(210);
    expect(kept.filter((r) => r.kind === 'save')).toHaveLength(10);
    expect(kept.filter((r) => r.kind === 'named')).toHaveLength(5);
    expect(kept.filter((r) => r.kind === 'restore')).toHaveLength(2);
    expect(kept[0]!.revision).toBe(revision);
    expect(store.get(rec.id).plan.summary).toBe(plan.summary);
  }, 120_000);
});
