import Database from 'better-sqlite3';
import type { SalvageResult } from '../../../shared/contract/backupOperations.ts';
import { parsePlan } from '../../../shared/model/parsePlan.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { Db } from '../store/openDatabase.ts';
import type { PlanStore } from '../store/planStore.ts';
import { decodeDocument } from '../store/revisionDocument.ts';

/** Rows of a damaged table up to the first unreadable page (better-sqlite3 iterates lazily). */
function readable<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  const out: T[] = [];
  try {
    for (const row of db.prepare(sql).iterate(...params)) out.push(row as T);
  } catch {
    // The rest of this table sits behind a damaged page; keep what was read.
  }
  return out;
}

function readRevision(db: Db, planId: string, revision: number): Plan | null {
  try {
    const row = db
      .prepare('SELECT document FROM revisions WHERE plan_id = ? AND revision = ?')
      .get(planId, revision) as { document: Buffer } | undefined;
    if (!row) return null;
    const parsed = parsePlan(JSON.parse(decodeDocument(row.document)));
    return parsed.ok ? parsed.plan : null;
  } catch {
    return null;
  }
}

/**
 * Copy every plan still readable in the damaged database `file` into `target` (a fresh workspace):
 * for each plan, its newest revision that reads and parses back. Plan ids come from both the plans
 * table and the revisions table, each read in both key orders, so one damaged page hides as little
 * as possible. Plans the user had deleted stay out. The damaged file is only read.
 */
export function salvagePlans(file: string, target: PlanStore): Omit<SalvageResult, 'keptAside'> {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { salvaged: [], lost: 0 };
  }
  try {
    const ids = new Set<string>();
    const deleted = new Set<string>();
    for (const order of ['ASC', 'DESC']) {
      for (const r of readable<{ id: string; deleted_at: string | null }>(
        db,
        `SELECT id, deleted_at FROM plans ORDER BY id ${order}`,
      )) {
        ids.add(r.id);
        if (r.deleted_at !== null) deleted.add(r.id);
      }
      for (const r of readable<{ plan_id: string }>(
        db,
        `SELECT DISTINCT plan_id FROM revisions ORDER BY plan_id ${order}`,
      ))
        ids.add(r.plan_id);
    }
    const salvaged: SalvageResult['salvaged'] = [];
    let lost = 0;
    for (const id of ids) {
      if (deleted.has(id)) continue;
      const revisions = new Set<number>();
      for (const order of ['DESC', 'ASC']) {
        for (const r of readable<{ revision: number }>(
          db,
          `SELECT revision FROM revisions WHERE plan_id = ? ORDER BY revision ${order}`,
          id,
        ))
          revisions.add(r.revision);
      }
      const newestFirst = [...revisions].sort((a, b) => b - a);
      let found = false;
      for (const revision of newestFirst) {
        const plan = readRevision(db, id, revision);
        if (!plan) continue;
        target.create(plan, 'import', `Cứu từ tệp dữ liệu hỏng (phiên bản ${revision})`);
        salvaged.push({ title: plan.summary, revision });
        found = true;
        break;
      }
      if (!found) lost++;
    }
    return { salvaged, lost };
  } finally {
    db.close();
  }
}
