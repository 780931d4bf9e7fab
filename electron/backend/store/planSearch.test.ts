import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { BuiltInTemplates } from '../templates.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';
import { openDatabase, type Db } from './openDatabase.ts';
import { PlanStore } from './planStore.ts';

let dir: string;
let file: string;
let db: Db;
let store: PlanStore;

/** The seed with two texts of our own, in different fields: the summary and the last section's title. */
function seed(summary = 'Kế hoạch khuyến nông'): Plan {
  const plan = new BuiltInTemplates(sourceResourcesDir()).load('langson-2021');
  const sections = plan.sections.map((s, i) => (i === 3 ? { ...s, title: 'VÙNG QUẶNG ZIRCON' } : s));
  return { ...plan, summary, sections };
}

function rows(planId: string): Map<string, number> {
  const all = db.prepare('SELECT key, id FROM plan_search_rows WHERE plan_id = ?').all(planId) as Array<{
    key: string;
    id: number;
  }>;
  return new Map(all.map((r) => [r.key, r.id]));
}

/** A new process on the same workspace: nothing of the last one's memory. */
function restart(): void {
  db.close();
  db = openDatabase(file);
  store = new PlanStore(db);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-search-'));
  file = path.join(dir, 'w.sqlite');
  db = openDatabase(file);
  store = new PlanStore(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('plan search, one row per text (issue 13)', () => {
  it('finds a plan holding every word, whichever of its texts holds each', () => {
    const rec = store.create(seed(), 'create');
    expect(store.search('khuyen nong zircon').map((p) => p.id)).toEqual([rec.id]);
    expect(store.search('khuyen nong thuy san')).toEqual([]);
    expect(store.search('   ')).toHaveLength(1); // nothing typed: the library as listed
  });

  it('ranks the plan whose texts hold the words more often first', () => {
    const few = store.create(seed('Kế hoạch khuyến nông'), 'create');
    const many = store.create(seed('Kế hoạch khuyến nông, khuyến nông và khuyến nông'), 'create');
    expect(store.search('khuyen nong').map((p) => p.id)).toEqual([many.id, few.id]);
  });

  it('after a restart, an edit replaces only the texts it changed', () => {
    const rec = store.create(seed(), 'create');
    // Rows named after the plan's: a rebuild of the plan's rows would name them anew, after these.
    store.create(seed('Kế hoạch khác'), 'create');
    const before = rows(rec.id);
    restart();
    const head = store.get(rec.id);
    store.save(rec.id, { ...head.plan, summary: 'Kế hoạch thủy sản' }, 'autosave', head.revision);
    expect(store.search('khuyen nong')).toEqual([]);
    expect(store.search('thuy san zircon').map((p) => p.id)).toEqual([rec.id]);
    // The same rows (a rebuild would have named new ones), the summary's row with its new text.
    expect(rows(rec.id)).toEqual(before);
  });

  it('drops the rows of removed texts', () => {
    const rec = store.create(seed(), 'create');
    const count = rows(rec.id).size;
    store.save(rec.id, { ...rec.plan, sections: rec.plan.sections.slice(0, 3) }, 'autosave', 1);
    expect(store.search('zircon')).toEqual([]);
    expect(store.search('khuyen nong').map((p) => p.id)).toEqual([rec.id]);
    expect(rows(rec.id).size).toBeLessThan(count);
  });

  it('rebuilds the rows of a plan when they do not match the revision they were built from', () => {
    const rec = store.create(seed(), 'create');
    const count = rows(rec.id).size;
    db.prepare("DELETE FROM plan_search_rows WHERE plan_id = ? AND key <> 'summary#0'").run(rec.id);
    restart();
    store.save(rec.id, { ...rec.plan, summary: 'Kế hoạch thủy sản' }, 'autosave', 1);
    expect(store.search('thuy san zircon').map((p) => p.id)).toEqual([rec.id]);
    expect(rows(rec.id).size).toBe(count);
  });
});
