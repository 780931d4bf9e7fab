import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/appError.ts';
import type {
  PlanRecord,
  PlanSummary,
  RevisionInfo,
  RevisionKind,
} from '../../../shared/contract/records.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { WorkingStatus } from '../../../shared/model/planStatus.ts';
import { describeChange, type ChangeDescription } from '../../../shared/compare/describeChange.ts';
import { parsePlan } from '../../../shared/model/parsePlan.ts';
import { DUPLICATE_NOTE } from '../../../shared/library/planOrigin.ts';
import { AfterSave } from './afterSave.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './openDatabase.ts';
import { PlanSearch } from './planSearch.ts';
import { PLAN_ROW, toSummary, type PlanRow } from './planRows.ts';
import { autosavesToDrop, type StoredRevision } from './retention.ts';
import { decodeDocument, encodeDocument } from './revisionDocument.ts';
import { issuedLock, notFound, savedElsewhere } from './planErrors.ts';
import { PlanPatcher } from './planPatcher.ts';

function numberSymbolOf(plan: Plan): string {
  return `${plan.header.number}/${plan.header.symbol}`;
}

/** One line of a plan's export log. */
export interface ExportLogEntry {
  revision: number;
  draft: boolean;
  fileName: string;
  sha256: string;
  createdAt: string;
  /** Why a final copy went out with open errors; null when none were open. */
  reason: string | null;
  openErrors: number;
}

/**
 * Plans and their append-only revision history. Every save appends a revision (the whole document as
 * JSON); nothing is ever overwritten, so nothing typed is lost. Deleting a plan hides it from the
 * library but keeps its history. A save returns once the plan row and its revision are committed;
 * the revision's change description and the search entry follow right after (afterSave.ts).
 */
export class PlanStore {
  /** Autosaves are thinned (retention.ts) once every this many revisions of a plan. */
  static readonly THIN_EVERY = 25;

  /**
   * The head document (JSON) of each plan this store saved, by revision: an autosave compares with it
   * and describes against it without reading and inflating the head again. Only committed saves
   * enter it; a head revision it does not hold is read from the database.
   */
  private readonly heads = new Map<string, { revision: number; json: string }>();
  private readonly after: AfterSave;
  private readonly searchIndex: PlanSearch;
  /** Statements compiled once per store, not at every call: an autosave runs five. */
  private readonly statements = new Map<string, Statement>();
  /** Autosaves sent as the edit alone (patchPlan), applied to the head this store holds. */
  readonly patcher = new PlanPatcher(this);

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.searchIndex = new PlanSearch(db, (id, revision) => this.storedDocument(id, revision));
    this.after = new AfterSave(db, this.searchIndex, (id, revision) => this.document(id, revision));
    // Work a crash left pending is done soon after opening, not at the first search.
    this.after.schedule();
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Derive now what the last saves left to derive (the bench times it; search and history call it). */
  flushAfterSave(): void {
    this.after.flush();
  }

  list(): PlanSummary[] {
    const rows = this.prepare(
      `${PLAN_ROW} WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC, p.id`,
    ).all() as PlanRow[];
    return rows.map(toSummary);
  }

  /** Accent-insensitive full-text search: "pho bien" finds "phổ biến". */
  search(query: string): PlanSummary[] {
    // A search right after a save finds what was just typed.
    this.after.flush();
    const hits = this.searchIndex.search(query);
    if (hits === null) return this.list();
    const row = this.prepare(`${PLAN_ROW} WHERE p.id = ? AND p.deleted_at IS NULL`);
    return hits.flatMap(({ planId }) => {
      const r = row.get(planId) as PlanRow | undefined;
      return r ? [toSummary(r)] : [];
    });
  }

  create(plan: Plan, kind: RevisionKind, note = '', predecessorId: string | null = null): PlanRecord {
    const id = randomUUID();
    const at = this.now();
    const json = JSON.stringify(plan);
    const nested = this.db.inTransaction;
    this.db.transaction(() => {
      this.prepare(
        `INSERT INTO plans (id, title, year, number_symbol, head_revision, predecessor_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
      ).run(id, plan.summary, plan.year, numberSymbolOf(plan), predecessorId, at, at);
      this.appendRevision(id, 1, kind, note, json, at);
      this.searchIndex.index(id, plan, 1, !nested);
    })();
    if (!nested) this.heads.set(id, { revision: 1, json });
    return { id, plan, revision: 1, createdAt: at, updatedAt: at, status: 'draft', predecessorId };
  }

  private row(id: string): PlanRow {
    const row = this.prepare(`${PLAN_ROW} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as
      PlanRow | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  get(id: string): PlanRecord {
    const row = this.row(id);
    return this.getRevision(id, row.head_revision, row);
  }

  getRevision(id: string, revision: number, known?: PlanRow): PlanRecord {
    const row = known ?? this.row(id);
    const rev = this.prepare(
      'SELECT document, created_at FROM revisions WHERE plan_id = ? AND revision = ?',
    ).get(id, revision) as { document: Buffer; created_at: string } | undefined;
    if (!rev) {
      throw new AppError(
        'not_found',
        `Kế hoạch không có phiên bản ${revision}.`,
        `The plan has no revision ${revision}.`,
      );
    }
    const json = decodeDocument(rev.document);
    const parsed = parsePlan(JSON.parse(json));
    if (!parsed.ok) throw new AppError('corrupt_revision', parsed.message, parsed.messageEn);
    // Opening a plan reads its head: the first autosave then compares with it without reading it again
    // (not inside a transaction, whose writes may still roll back).
    if (revision === row.head_revision && !this.db.inTransaction) this.heads.set(id, { revision, json });
    return {
      id,
      plan: parsed.plan,
      revision,
      createdAt: row.created_at,
      updatedAt: rev.created_at,
      status: row.status,
      predecessorId: row.predecessor_id,
    };
  }

  /**
   * Append a revision on top of `baseRevision`. A save based on an older revision (another window
   * saved meanwhile) is refused instead of silently overwriting the other window's work. On its own
   * (an autosave, a save) it commits the revision and leaves its description and the search entry to
   * afterSave; inside a caller's transaction (naming, restoring, issuing), which may still roll back,
   * it derives them in that transaction, so that nothing derived outlives a rolled-back revision.
   */
  save(
    id: string,
    plan: Plan,
    kind: RevisionKind,
    baseRevision: number,
    note = '',
    name = '',
  ): { revision: number; updatedAt: string } {
    const nested = this.db.inTransaction;
    const json = JSON.stringify(plan);
    let stored: { revision: number; before: string } | null = null;
    const result = this.db.transaction(() => {
      const row = this.row(id);
      if (row.status === 'issued') throw issuedLock(row.title);
      if (row.head_revision !== baseRevision) {
        throw savedElsewhere(row.head_revision);
      }
      const headJson = this.document(id, row.head_revision);
      // An autosave of an unchanged document adds nothing to the history.
      if (kind === 'autosave' && headJson === json) {
        return { revision: row.head_revision, updatedAt: row.updated_at };
      }
      const revision = row.head_revision + 1;
      const at = this.now();
      // The head was validated when it was stored: the description only reads it.
      const description = nested ? describeChange(JSON.parse(headJson) as Plan, plan) : null;
      this.appendRevision(id, revision, kind, note, json, at, name, description);
      this.prepare(
        'UPDATE plans SET title = ?, year = ?, number_symbol = ?, head_revision = ?, updated_at = ? WHERE id = ?',
      ).run(plan.summary, plan.year, numberSymbolOf(plan), revision, at, id);
      if (nested) this.searchIndex.index(id, plan, revision, false);
      else stored = { revision, before: headJson };
      if (nested && revision % PlanStore.THIN_EVERY === 0) this.thinAndDerive(id);
      return { revision, updatedAt: at };
    })();
    if (nested) {
      // The caller's transaction may still roll back this revision.
      this.heads.delete(id);
    } else if (stored !== null) {
      const { revision, before } = stored;
      this.heads.set(id, { revision, json });
      this.after.saved(id, revision, before, json);
      // Thinning is no part of what must be durable: it follows the committed save, and a failure
      // of it must not report the save, which is stored, as failed (the next 25th save thins again).
      if (revision % PlanStore.THIN_EVERY === 0) {
        try {
          this.thinAndDerive(id);
        } catch (e) {
          process.emitWarning(`PlanDraft: thinning the autosaves of plan ${id} failed: ${String(e)}`);
        }
      }
    }
    return result;
  }

  /** Descriptions still to derive read the revision before their own: derive them, then thin. */
  private thinAndDerive(id: string): void {
    this.after.flush();
    this.thinAutosaves(id);
  }

  /** The stored document (JSON) of a revision: the head this store saved last, or read and inflated. */
  private document(id: string, revision: number): string {
    const json = this.storedDocument(id, revision);
    if (json === null) throw notFound(`${id} revision ${revision}`);
    return json;
  }

  private storedDocument(id: string, revision: number): string | null {
    const head = this.heads.get(id);
    if (head?.revision === revision) return head.json;
    const row = this.prepare('SELECT document FROM revisions WHERE plan_id = ? AND revision = ?').get(
      id,
      revision,
    ) as { document: Buffer } | undefined;
    return row ? decodeDocument(row.document) : null;
  }

  /**
   * "Lưu phiên bản": the stored head as a revision of kind 'named' with the user's name; the
   * retention policy keeps it for ever. `baseRevision` guards against another window's save.
   */
  nameVersion(id: string, name: string, baseRevision: number): { revision: number; updatedAt: string } {
    const trimmed = name.normalize('NFC').trim();
    if (trimmed === '') {
      throw new AppError(
        'invalid_version_name',
        'Hãy đặt tên cho phiên bản (ví dụ: "Gửi xin ý kiến các sở").',
        'Give the version a name (for example "Sent to the departments for comments").',
      );
    }
    return this.db.transaction(() => {
      const head = this.get(id);
      return this.save(id, head.plan, 'named', baseRevision, '', trimmed);
    })();
  }

  /**
   * "Khôi phục": an earlier revision's plan becomes the head as a new revision of kind 'restore'.
   * Nothing is removed, so a restore is undone by restoring the revision before it. Refused on an
   * issued plan.
   */
  restoreRevision(id: string, revision: number, baseRevision: number): PlanRecord {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (row.status === 'issued') throw issuedLock(row.title);
      const old = this.getRevision(id, revision, row);
      const { name } = this.prepare('SELECT name FROM revisions WHERE plan_id = ? AND revision = ?').get(
        id,
        revision,
      ) as { name: string };
      // The panel shows no revision numbers: a named version is told by its name.
      const note = name !== '' ? `Khôi phục phiên bản “${name}”` : `Khôi phục phiên bản ${revision}`;
      this.save(id, old.plan, 'restore', baseRevision, note);
      return this.get(id);
    })();
  }

  /** Dự thảo ⇄ Xin ý kiến ⇄ Trình ký, in any order; an issued plan stays issued. */
  setStatus(id: string, status: WorkingStatus): PlanSummary {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (row.status === 'issued') throw issuedLock(row.title);
      this.prepare('UPDATE plans SET status = ? WHERE id = ?').run(status, id);
      return toSummary({ ...row, status });
    })();
  }

  /**
   * Issue the plan: `plan` (the stored head with the number and the date filled in) becomes a
   * revision of kind 'issue' and the plan is locked. Call inside the caller's transaction when the
   * registry entry must be written together with it.
   */
  issue(id: string, plan: Plan, baseRevision: number, note: string): PlanRecord {
    return this.db.transaction(() => {
      this.save(id, plan, 'issue', baseRevision, note);
      this.prepare("UPDATE plans SET status = 'issued' WHERE id = ?").run(id);
      return this.get(id);
    })();
  }

  /** `description` null: still to derive (afterSave); a plan's first revision has none to derive. */
  private appendRevision(
    id: string,
    revision: number,
    kind: RevisionKind,
    note: string,
    json: string,
    at: string,
    name = '',
    description: ChangeDescription | null = { vi: '', en: '' },
  ): void {
    this.prepare(
      `INSERT INTO revisions (plan_id, revision, kind, created_at, note, document, name, description, description_en, described)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      revision,
      kind,
      at,
      note,
      encodeDocument(json),
      name,
      description?.vi ?? '',
      description?.en ?? '',
      description === null ? 0 : 1,
    );
  }

  /**
   * Apply the retention policy to one plan's autosaves; returns how many revisions were removed.
   * Without it a busy day of autosaves on a 100-page plan grows the workspace by ~86 MB.
   */
  thinAutosaves(id: string): number {
    const row = this.row(id);
    const revisions = this.prepare(
      'SELECT revision, kind, created_at AS createdAt FROM revisions WHERE plan_id = ?',
    ).all(id) as StoredRevision[];
    const exported = this.prepare('SELECT DISTINCT revision FROM exports WHERE plan_id = ?').all(
      id,
    ) as Array<{ revision: number }>;
    const drop = autosavesToDrop(
      revisions,
      row.head_revision,
      this.now(),
      new Set(exported.map((e) => e.revision)),
    );
    const del = this.prepare(
      "DELETE FROM revisions WHERE plan_id = ? AND revision = ? AND kind = 'autosave'",
    );
    this.db.transaction(() => {
      for (const r of drop) del.run(id, r);
    })();
    return drop.length;
  }

  revisions(id: string): RevisionInfo[] {
    this.row(id);
    // The newest revisions' descriptions may still be to derive.
    this.after.flush();
    const rows = this.prepare(
      `SELECT revision, kind, created_at, note, name, description, description_en
         FROM revisions WHERE plan_id = ? ORDER BY revision DESC`,
    ).all(id) as Array<{
      revision: number;
      kind: RevisionKind;
      created_at: string;
      note: string;
      name: string;
      description: string;
      description_en: string;
    }>;
    return rows.map((r) => ({
      revision: r.revision,
      kind: r.kind,
      createdAt: r.created_at,
      note: r.note,
      name: r.name,
      description: r.description,
      descriptionEn: r.description_en,
    }));
  }

  /** Plans moved to the bin ("Thùng rác"), most recently deleted first. */
  listDeleted(): PlanSummary[] {
    const rows = this.prepare(
      `${PLAN_ROW} WHERE p.deleted_at IS NOT NULL ORDER BY p.deleted_at DESC, p.id`,
    ).all() as PlanRow[];
    return rows.map(toSummary);
  }

  /** Bring a deleted plan back into the library, with its history and its search entry. */
  restore(id: string): PlanSummary {
    const row = this.prepare(`${PLAN_ROW} WHERE p.id = ? AND p.deleted_at IS NOT NULL`).get(id) as
      PlanRow | undefined;
    if (!row) throw notFound(id);
    const nested = this.db.inTransaction;
    this.db.transaction(() => {
      this.prepare('UPDATE plans SET deleted_at = NULL WHERE id = ?').run(id);
      const plan = this.getRevision(id, row.head_revision, row).plan;
      this.searchIndex.index(id, plan, row.head_revision, !nested);
    })();
    return toSummary(row);
  }

  /**
   * "Nhân bản": a new draft from the plan's latest revision, titled "… (bản sao)", without number
   * or day/month (it has not been issued) and without a predecessor link (it is not next year's
   * plan nor an amendment); its first revision says where it came from.
   */
  duplicate(id: string): PlanRecord {
    const source = this.get(id);
    const title = source.plan.summary.trim();
    const plan: Plan = {
      ...source.plan,
      summary: `${title} (bản sao)`.normalize('NFC'),
      header: {
        ...source.plan.header,
        number: '',
        issueDate: { day: null, month: null, year: source.plan.header.issueDate.year },
      },
    };
    return this.create(plan, 'create', `${DUPLICATE_NOTE}${title}`);
  }

  /**
   * "Dọn thùng rác": plans in the bin are removed for good, with their revisions and their export
   * log (both cascade on the plans foreign key). Returns how many plans were removed.
   */
  emptyBin(): number {
    return this.db.transaction(() => {
      const info = this.prepare('DELETE FROM plans WHERE deleted_at IS NOT NULL').run();
      return info.changes;
    })();
  }

  delete(id: string): void {
    this.row(id);
    this.prepare('UPDATE plans SET deleted_at = ? WHERE id = ?').run(this.now(), id);
    this.searchIndex.unindex(id);
    this.heads.delete(id);
  }

  /**
   * An export remembers which revision it came from and the sha256 of the file written; a final
   * copy exported despite open errors also keeps the reason given and how many errors there were.
   */
  recordExport(
    id: string,
    revision: number,
    draft: boolean,
    fileName: string,
    sha256: string,
    gate: { reason: string | null; openErrors: number } = { reason: null, openErrors: 0 },
  ): void {
    this.prepare(
      'INSERT INTO exports (plan_id, revision, draft, file_name, sha256, created_at, reason, open_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(id, revision, draft ? 1 : 0, fileName, sha256, this.now(), gate.reason, gate.openErrors);
  }

  exports(id: string): ExportLogEntry[] {
    const rows = this.prepare(
      'SELECT revision, draft, file_name, sha256, created_at, reason, open_errors FROM exports WHERE plan_id = ? ORDER BY id',
    ).all(id) as Array<{
      revision: number;
      draft: number;
      file_name: string;
      sha256: string;
      created_at: string;
      reason: string | null;
      open_errors: number;
    }>;
    return rows.map((r) => ({
      revision: r.revision,
      draft: r.draft === 1,
      fileName: r.file_name,
      sha256: r.sha256,
      createdAt: r.created_at,
      reason: r.reason,
      openErrors: r.open_errors,
    }));
  }
}
