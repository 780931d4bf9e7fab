import type { Plan } from '../../../shared/model/plan.ts';
import { planTexts } from '../../../shared/model/walk.ts';
import type { Db } from './openDatabase.ts';

/**
 * The plan's search entry holds the texts of `revision` (its head). The entry shares the plan's
 * rowid, so replacing it is a keyed lookup, not a scan of the index; `indexed_revision` says which
 * head it holds (store/afterSave.ts brings it up to date after a save).
 */
export function indexPlan(db: Db, id: string, plan: Plan, revision: number): void {
  unindexPlan(db, id);
  const content = planTexts(plan)
    .map((t) => t.text)
    .join('\n');
  db.prepare('INSERT INTO plan_search (rowid, content) SELECT rowid, ? FROM plans WHERE id = ?').run(
    content,
    id,
  );
  db.prepare('UPDATE plans SET indexed_revision = ? WHERE id = ?').run(revision, id);
}

export function unindexPlan(db: Db, id: string): void {
  db.prepare('DELETE FROM plan_search WHERE rowid = (SELECT rowid FROM plans WHERE id = ?)').run(id);
}

/** The FTS5 query of what was typed: every word as a prefix ("pho bien" finds "phổ biến"); null when none. */
export function searchTerms(query: string): string | null {
  const terms = query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => `"${t.replace(/"/g, '""')}"*`);
  return terms.length === 0 ? null : terms.join(' ');
}
