import { describeChange } from '../../../shared/compare/describeChange.ts';
import { planBlocks, type PlanBlock } from '../../../shared/compare/planBlocks.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { Db } from './openDatabase.ts';
import type { PlanSearch } from './planSearch.ts';
import { decodeDocument } from './revisionDocument.ts';

/** A stored revision whose description is still to be written, with the two documents (JSON) if known. */
interface PendingDescription {
  planId: string;
  revision: number;
  before?: string;
  after?: string;
}

/**
 * What a save derives from the revision it stored — the history's "what changed" line and the
 * plan's search entry — done right after the save has returned, so that an autosave of a 100-page
 * plan costs the main thread only the durable write (issue 13). The database says what is still to
 * derive (revisions.described = 0; plans.indexed_revision behind head_revision), so a crash before
 * it ran only delays it: the first flush of the next start finds it and does it.
 *
 * Saves in a row are coalesced: one setImmediate derives them all in one transaction, each
 * revision's description once and each plan's search entry once, from its newest head. Reads that
 * need the derived data (search, the history list) call `flush` first, so they never see it stale.
 */
export class AfterSave {
  private descriptions: PendingDescription[] = [];
  private plans = new Set<string>();
  private scheduled = false;
  /** Whether the pending work left in the database (by a crash, or a failed flush) has been queued. */
  private recovered = false;
  /** The newest document parsed per plan: the next revision's description reads it as "before". */
  private parsed = new Map<string, { json: string; plan: Plan }>();
  /** Plans are immutable values here (parsed from stored JSON): each is read as blocks once. */
  private blocks = new WeakMap<Plan, readonly PlanBlock[]>();

  constructor(
    private readonly db: Db,
    private readonly searchIndex: PlanSearch,
    /** The stored document (JSON) of a plan's revision. */
    private readonly document: (planId: string, revision: number) => string,
  ) {}

  /** A committed save of `planId` stored `revision` (`after`) on top of the document `before`. */
  saved(planId: string, revision: number, before: string, after: string): void {
    this.descriptions.push({ planId, revision, before, after });
    this.plans.add(planId);
    this.schedule();
  }

  /** Bring anything the database still marks as pending up to date soon (after opening a workspace). */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      try {
        this.flush();
      } catch (e) {
        // Nothing is lost: the work stays marked in the database, and the next flush (a search,
        // the history list, the next save's) does it again and reports the error to its caller.
        process.emitWarning(`PlanDraft: deriving after a save failed: ${String(e)}`);
      }
    });
  }

  /** Do every pending description and search entry now. */
  flush(): void {
    if (!this.db.open) return;
    if (!this.recovered) this.recover();
    if (this.descriptions.length === 0 && this.plans.size === 0) return;
    const descriptions = this.descriptions;
    const plans = this.plans;
    this.descriptions = [];
    this.plans = new Set();
    // Inside a caller's transaction this work commits or rolls back with it: the next flush then
    // reads again what the database still marks as pending.
    const outer = this.db.inTransaction;
    try {
      this.db.transaction(() => {
        for (const d of descriptions) this.describe(d);
        for (const id of plans) this.reindex(id, !outer);
      })();
    } catch (e) {
      this.recovered = false;
      throw e;
    }
    if (outer) this.recovered = false;
  }

  /** Queue what the database marks as pending and this process does not know of (after a crash). */
  private recover(): void {
    const known = new Set(this.descriptions.map((d) => `${d.planId}#${d.revision}`));
    const undescribed = this.db
      .prepare('SELECT plan_id AS planId, revision FROM revisions WHERE described = 0')
      .all() as Array<{ planId: string; revision: number }>;
    for (const r of undescribed) if (!known.has(`${r.planId}#${r.revision}`)) this.descriptions.push(r);
    const stale = this.db
      .prepare('SELECT id FROM plans WHERE deleted_at IS NULL AND indexed_revision <> head_revision')
      .all() as Array<{ id: string }>;
    for (const r of stale) this.plans.add(r.id);
    this.recovered = true;
  }

  private describe(d: PendingDescription): void {
    const before = d.before ?? this.previous(d.planId, d.revision);
    const after = d.after ?? this.document(d.planId, d.revision);
    const description =
      before === null
        ? { vi: '', en: '' }
        : describeChange(this.plan(d.planId, before), this.plan(d.planId, after), this.blocksOf);
    this.db
      .prepare(
        `UPDATE revisions SET description = ?, description_en = ?, described = 1
         WHERE plan_id = ? AND revision = ? AND described = 0`,
      )
      .run(description.vi, description.en, d.planId, d.revision);
  }

  /** After a crash: the revision before `revision` that is still stored, or null (it is the first). */
  private previous(planId: string, revision: number): string | null {
    const row = this.db
      .prepare(
        'SELECT document FROM revisions WHERE plan_id = ? AND revision < ? ORDER BY revision DESC LIMIT 1',
      )
      .get(planId, revision) as { document: Buffer } | undefined;
    return row ? decodeDocument(row.document) : null;
  }

  private reindex(id: string, remember: boolean): void {
    const row = this.db
      .prepare('SELECT head_revision, indexed_revision, deleted_at FROM plans WHERE id = ?')
      .get(id) as { head_revision: number; indexed_revision: number; deleted_at: string | null } | undefined;
    // Gone, in the bin (no search entry) or already indexed (by a save inside a caller's transaction).
    if (!row || row.deleted_at !== null || row.indexed_revision === row.head_revision) return;
    const plan = this.plan(id, this.document(id, row.head_revision));
    this.searchIndex.index(id, plan, row.head_revision, remember);
  }

  /** The stored JSON was validated when it was saved: the derived data only reads it. */
  private plan(planId: string, json: string): Plan {
    const last = this.parsed.get(planId);
    if (last?.json === json) return last.plan;
    const plan = JSON.parse(json) as Plan;
    this.parsed.set(planId, { json, plan });
    return plan;
  }

  private readonly blocksOf = (plan: Plan): readonly PlanBlock[] => {
    let blocks = this.blocks.get(plan);
    if (!blocks) this.blocks.set(plan, (blocks = planBlocks(plan)));
    return blocks;
  };
}
