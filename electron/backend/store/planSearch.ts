import type { Plan } from '../../../shared/model/plan.ts';
import { planTexts, textKey } from '../../../shared/model/walk.ts';
import type { Db } from './openDatabase.ts';

/** The FTS5 queries of what was typed: each word as a prefix ("pho bien" finds "phổ biến"). */
export function searchTerms(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => `"${t.replace(/"/g, '""')}"*`);
}

/** A plan's texts by text key (field and paragraph, walk.ts): what its search rows hold. */
function textsOf(plan: Plan): Map<string, string> {
  const texts = new Map<string, string>();
  for (const t of planTexts(plan)) if (t.text !== '') texts.set(textKey(t.location), t.text);
  return texts;
}

/**
 * The plans' search index: one row per text of a plan's head (a field's paragraph, walk.ts), so that
 * after an edit only the texts that changed are tokenised again, not the whole 100-page plan.
 * plan_search_rows names each row (plan and text key); plan_search is contentless (the texts are in
 * the revisions) with contentless_delete, so a row is replaced without re-reading its old text.
 * plans.indexed_revision says which head the rows hold. The texts last indexed are kept in memory per
 * plan, by that revision; when the database holds another one (another connection, a rolled-back
 * transaction) the plan's rows are rebuilt instead of diffed.
 */
export class PlanSearch {
  private readonly indexed = new Map<string, { revision: number; texts: Map<string, string> }>();
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    /** The stored document (JSON) of a plan's revision, or null when it is no longer stored. */
    private readonly document: (planId: string, revision: number) => string | null,
  ) {
    this.sql = statements(db);
  }

  /**
   * Bring the plan's rows to `plan`, its head `revision`: only the texts that differ from those the
   * rows hold are replaced. `remember` is false inside a caller's transaction, whose writes may still
   * roll back: the texts are then not kept in memory as the plan's rows.
   */
  index(id: string, plan: Plan, revision: number, remember: boolean): void {
    const texts = textsOf(plan);
    const known = this.indexed.get(id);
    this.indexed.delete(id);
    const row = this.sql.indexedRevision.get(id) as { indexed_revision: number } | undefined;
    if (!row) return;
    const held = known?.revision === row.indexed_revision ? known.texts : this.held(id, row.indexed_revision);
    if (held) this.replaceChanged(id, held, texts);
    else {
      this.unindex(id);
      for (const [key, text] of texts) this.insert(id, key, text);
    }
    this.sql.setIndexedRevision.run(revision, id);
    if (remember) this.indexed.set(id, { revision, texts });
  }

  /**
   * The texts the plan's rows hold, read from the revision they were built from (after a restart),
   * or null when that revision is gone or the rows do not match it: they are then rebuilt.
   */
  private held(id: string, revision: number): Map<string, string> | null {
    if (revision === 0) return null;
    const json = this.document(id, revision);
    if (json === null) return null;
    const texts = textsOf(JSON.parse(json) as Plan);
    const { n } = this.sql.countRows.get(id) as { n: number };
    return n === texts.size ? texts : null;
  }

  /** Remove the plan's rows (it moved to the bin). */
  unindex(id: string): void {
    this.indexed.delete(id);
    const rows = this.sql.rowsOf.all(id) as Array<{ id: number }>;
    for (const r of rows) this.sql.deleteText.run(r.id);
    this.sql.deleteRows.run(id);
  }

  /**
   * Plans (not in the bin) in which every word occurs, as a prefix, in some text; best first (the
   * sum over the words of the best bm25 rank of a text holding it). Null when nothing was typed.
   */
  search(query: string): Array<{ planId: string }> | null {
    const terms = searchTerms(query);
    if (terms.length === 0) return null;
    const perTerm = terms
      .map(
        () => `SELECT r.plan_id, MIN(s.rank) AS rank FROM plan_search s
          JOIN plan_search_rows r ON r.id = s.rowid WHERE plan_search MATCH ? GROUP BY r.plan_id`,
      )
      .join(' UNION ALL ');
    return this.db
      .prepare(
        `SELECT plan_id AS planId FROM (${perTerm}) GROUP BY plan_id HAVING COUNT(*) = ? ORDER BY SUM(rank), plan_id`,
      )
      .all(...terms, terms.length) as Array<{ planId: string }>;
  }

  private replaceChanged(id: string, before: Map<string, string>, after: Map<string, string>): void {
    for (const [key, text] of after) {
      if (before.get(key) === text) continue;
      const row = this.sql.findRow.get(id, key) as { id: number } | undefined;
      if (!row) {
        this.insert(id, key, text);
        continue;
      }
      this.sql.deleteText.run(row.id);
      this.sql.insertText.run(row.id, text);
    }
    for (const key of before.keys()) {
      if (after.has(key)) continue;
      const row = this.sql.findRow.get(id, key) as { id: number } | undefined;
      if (!row) continue;
      this.sql.deleteText.run(row.id);
      this.sql.deleteRow.run(row.id);
    }
  }

  private insert(id: string, key: string, text: string): void {
    const { lastInsertRowid } = this.sql.insertRow.run(id, key);
    this.sql.insertText.run(lastInsertRowid, text);
  }
}

/** Prepared once: a plan's first index inserts some 2 000 rows. */
function statements(db: Db) {
  return {
    indexedRevision: db.prepare('SELECT indexed_revision FROM plans WHERE id = ?'),
    setIndexedRevision: db.prepare('UPDATE plans SET indexed_revision = ? WHERE id = ?'),
    countRows: db.prepare('SELECT count(*) AS n FROM plan_search_rows WHERE plan_id = ?'),
    rowsOf: db.prepare('SELECT id FROM plan_search_rows WHERE plan_id = ?'),
    findRow: db.prepare('SELECT id FROM plan_search_rows WHERE plan_id = ? AND key = ?'),
    insertRow: db.prepare('INSERT INTO plan_search_rows (plan_id, key) VALUES (?, ?)'),
    deleteRow: db.prepare('DELETE FROM plan_search_rows WHERE id = ?'),
    deleteRows: db.prepare('DELETE FROM plan_search_rows WHERE plan_id = ?'),
    insertText: db.prepare('INSERT INTO plan_search (rowid, content) VALUES (?, ?)'),
    deleteText: db.prepare('DELETE FROM plan_search WHERE rowid = ?'),
  };
}
