import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/appError.ts';
import { foldedTerms } from '../../../shared/registry/fold.ts';
import { numberSymbolKey } from '../../../shared/registry/numberSymbol.ts';
import type { RegistryDoc, RegistryLookup } from '../../../shared/registry/registryDoc.ts';
import { formatRegistryCsv } from '../../../shared/registry/registryCsv.ts';
import { parseRegistryImport, type RegistryImportFormat } from '../../../shared/registry/registryImport.ts';
import {
  inputFromCitation,
  requireRegistryFields,
  type CitationForRegistry,
  type RegistryDocFields,
  type RegistryDocInput,
} from '../../../shared/registry/registryInput.ts';
import { abbreviationKey, nameKey, preferYear, searchText } from '../../../shared/registry/registryMatch.ts';
import type {
  AddFromCitationResult,
  RegistryImportResult,
} from '../../../shared/registry/registryRecords.ts';
import type { RegistrySeed } from '../../../shared/registry/registrySeed.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/openDatabase.ts';

/**
 * Bump when numberSymbolKey, nameKey or searchText change meaning: the store then recomputes the
 * stored keys and the search index on open, so old rows keep matching.
 */
export const REGISTRY_KEY_VERSION = '1';

interface DocRow {
  id: string;
  type: string;
  number: string;
  year: number | null;
  symbol: string;
  number_symbol: string;
  date: string | null;
  issuer: string;
  summary: string;
  name: string | null;
  status: RegistryDoc['status'];
  replaced_by: string | null;
  effective_from: string | null;
  effective_until: string | null;
  /** JSON array of numberSymbols. */
  successors: string;
  source: string;
  note: string;
  origin: 'seed' | 'user';
  user_modified: number;
  deleted_at: string | null;
}

function toDoc(r: DocRow): RegistryDoc {
  return {
    id: r.id,
    type: r.type,
    number: r.number,
    year: r.year,
    symbol: r.symbol,
    numberSymbol: r.number_symbol,
    date: r.date,
    issuer: r.issuer,
    summary: r.summary,
    name: r.name,
    status: r.status,
    replacedBy: r.replaced_by,
    source: r.source,
    note: r.note,
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    successors: parseSuccessors(r.successors),
  };
}

/** The stored JSON list; a hand-edited or damaged value reads as no successors, never a crash. */
function parseSuccessors(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** An exported line imported back unchanged must not mark a built-in entry as edited by the user. */
function sameContent(doc: RegistryDoc, f: RegistryDocFields): boolean {
  const { id: _id, ...fields } = doc;
  return JSON.stringify(fields) === JSON.stringify({ ...fields, ...f });
}

/** Thrown inside a dry-run import's transaction so that better-sqlite3 rolls it back. */
class DryRun extends Error {}

/** Validity fields the input leaves out (undefined) keep the stored entry's values. */
function keepValidity(doc: RegistryDoc, f: RegistryDocFields): RegistryDocFields {
  return {
    ...f,
    effectiveFrom: f.effectiveFrom === undefined ? (doc.effectiveFrom ?? null) : f.effectiveFrom,
    effectiveUntil: f.effectiveUntil === undefined ? (doc.effectiveUntil ?? null) : f.effectiveUntil,
    successors: f.successors === undefined ? (doc.successors ?? []) : f.successors,
  };
}

function notFound(id: string): AppError {
  return new AppError(
    'not_found',
    'Không tìm thấy văn bản này trong sổ văn bản (có thể đã bị xóa).',
    'This document is not in the registry (it may have been deleted).',
    `registry doc ${id}`,
  );
}

const LIVE = 'deleted_at IS NULL';
/** Best matches first; a query that matches more is too vague to page through anyway. */
export const SEARCH_LIMIT = 500;
const ORDER = "ORDER BY COALESCE(date, '') DESC, number_symbol";

/** True when the workspace has the registry tables (a database from before them has not). */
export function hasRegistryTables(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'registry_docs'").get() !==
    undefined
  );
}

function keysAreCurrent(db: Db): boolean {
  const row = db.prepare("SELECT value FROM registry_meta WHERE key = 'key_version'").get() as
    { value: string } | undefined;
  return row?.value === REGISTRY_KEY_VERSION;
}

/**
 * The registry as the checks see it, straight from SQLite. Works on a read-only database too; there,
 * keys written by another version of the matching rules cannot be rebuilt, so the rows are matched
 * in memory instead.
 */
export function sqliteRegistryLookup(db: Db): RegistryLookup {
  if (!keysAreCurrent(db)) {
    const rows = (db.prepare(`SELECT * FROM registry_docs WHERE ${LIVE}`).all() as DocRow[]).map(toDoc);
    return {
      byNumberSymbol: (ns) =>
        rows.filter((d) => d.numberSymbol !== '' && numberSymbolKey(d.numberSymbol) === numberSymbolKey(ns)),
      byName: (name) => {
        const { key, year } = nameKey(name);
        const exact = rows.filter((d) => d.name !== null && nameKey(d.name).key === key);
        return preferYear(
          exact.length > 0 ? exact : rows.filter((d) => d.name !== null && abbreviationKey(d.name) === key),
          year,
        );
      },
    };
  }
  const byKey = db.prepare(`SELECT * FROM registry_docs WHERE ns_key = ? AND ${LIVE} ${ORDER}`);
  const byName = db.prepare(`SELECT * FROM registry_docs WHERE name_key = ? AND ${LIVE} ${ORDER}`);
  const named = db.prepare(`SELECT * FROM registry_docs WHERE name IS NOT NULL AND ${LIVE} ${ORDER}`);
  return {
    byNumberSymbol: (ns) => (byKey.all(numberSymbolKey(ns)) as DocRow[]).map(toDoc),
    byName: (name) => {
      const { key, year } = nameKey(name);
      let rows = byName.all(key) as DocRow[];
      // Else the law's initialism ("Luật PBGDPL"): few rows carry a name, so they are matched here.
      if (rows.length === 0)
        rows = (named.all() as DocRow[]).filter((r) => abbreviationKey(r.name ?? '') === key);
      return preferYear(rows.map(toDoc), year);
    },
  };
}

/**
 * The workspace's registry of legal documents: the built-in seed (kept in step with
 * templates/registry/seed.json until the user edits an entry) plus what the user adds by hand, from
 * citations and from CSV. Search is accent-insensitive through FTS5 over folded text.
 */
export class RegistryStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.refreshKeys();
  }

  /** Recompute keys and the search index when the matching rules changed since they were written. */
  private refreshKeys(): void {
    if (keysAreCurrent(this.db)) return;
    this.db.transaction(() => {
      const rows = this.db.prepare('SELECT * FROM registry_docs').all() as DocRow[];
      this.db.prepare('DELETE FROM registry_search').run();
      for (const r of rows) this.index(toDoc(r));
      this.db
        .prepare(
          "INSERT INTO registry_meta (key, value) VALUES ('key_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(REGISTRY_KEY_VERSION);
    })();
  }

  /** Prepared statements, compiled once per store (an import writes thousands of rows). */
  private readonly statements = new Map<string, Statement>();
  private stmt(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * Keys and search text of one entry. Its FTS row shares the entry's rowid, so replacing it is a
   * rowid lookup, not a scan of the unindexed doc_id column.
   */
  private index(doc: RegistryDoc): void {
    const { rowid } = this.stmt('SELECT rowid FROM registry_docs WHERE id = ?').get(doc.id) as {
      rowid: number;
    };
    this.stmt('UPDATE registry_docs SET ns_key = ?, name_key = ? WHERE rowid = ?').run(
      numberSymbolKey(doc.numberSymbol),
      doc.name === null ? null : nameKey(doc.name).key,
      rowid,
    );
    this.stmt('DELETE FROM registry_search WHERE rowid = ?').run(rowid);
    this.stmt('INSERT INTO registry_search (rowid, doc_id, content) VALUES (?, ?, ?)').run(
      rowid,
      doc.id,
      searchText(doc),
    );
  }

  /** Call before the entry's row goes: its rowid names the FTS row. */
  private unindex(id: string): void {
    const row = this.stmt('SELECT rowid FROM registry_docs WHERE id = ?').get(id) as
      { rowid: number } | undefined;
    if (row) this.stmt('DELETE FROM registry_search WHERE rowid = ?').run(row.rowid);
  }

  private write(
    id: string,
    f: RegistryDocFields,
    origin: 'seed' | 'user',
    userModified: boolean,
  ): RegistryDoc {
    const at = this.now();
    this.stmt(
      `INSERT INTO registry_docs (id, type, number, year, symbol, number_symbol, ns_key, name_key, date, issuer,
           summary, name, status, replaced_by, source, note, origin, user_modified, deleted_at, created_at, updated_at,
           effective_from, effective_until, successors)
         VALUES (@id, @type, @number, @year, @symbol, @numberSymbol, '', NULL, @date, @issuer, @summary, @name,
           @status, @replacedBy, @source, @note, @origin, @userModified, NULL, @at, @at,
           @effectiveFrom, @effectiveUntil, @successors)
         ON CONFLICT (id) DO UPDATE SET type = excluded.type, number = excluded.number, year = excluded.year,
           symbol = excluded.symbol, number_symbol = excluded.number_symbol, date = excluded.date,
           issuer = excluded.issuer, summary = excluded.summary, name = excluded.name, status = excluded.status,
           replaced_by = excluded.replaced_by, source = excluded.source, note = excluded.note,
           effective_from = excluded.effective_from, effective_until = excluded.effective_until,
           successors = excluded.successors,
           user_modified = excluded.user_modified, deleted_at = NULL, updated_at = excluded.updated_at`,
    ).run({
      id,
      ...f,
      // Entries typed by hand or imported from CSV do not carry the validity fields yet.
      effectiveFrom: f.effectiveFrom ?? null,
      effectiveUntil: f.effectiveUntil ?? null,
      successors: JSON.stringify(f.successors ?? []),
      origin,
      userModified: userModified ? 1 : 0,
      at,
    });
    const doc: RegistryDoc = {
      id,
      ...f,
      effectiveFrom: f.effectiveFrom ?? null,
      effectiveUntil: f.effectiveUntil ?? null,
      successors: f.successors ?? [],
    };
    this.index(doc);
    return doc;
  }

  private row(id: string): DocRow | undefined {
    return this.stmt('SELECT * FROM registry_docs WHERE id = ?').get(id) as DocRow | undefined;
  }

  /**
   * Bring the built-in entries in step with the seed file: new entries added, changed ones updated,
   * dropped ones removed — except entries the user edited or deleted, which stay as the user left
   * them. Nothing happens when the seed did not change since the last sync.
   */
  syncSeed(seed: RegistrySeed): void {
    const done = this.db.prepare("SELECT value FROM registry_meta WHERE key = 'seed_hash'").get() as
      { value: string } | undefined;
    if (done?.value === seed.hash) return;
    this.db.transaction(() => {
      const ids = new Set<string>();
      for (const { id, ...fields } of seed.documents) {
        ids.add(id);
        const existing = this.row(id);
        if (
          existing &&
          (existing.origin !== 'seed' || existing.user_modified === 1 || existing.deleted_at !== null)
        )
          continue;
        this.write(id, fields, 'seed', false);
      }
      const stale = this.db
        .prepare(
          "SELECT id FROM registry_docs WHERE origin = 'seed' AND user_modified = 0 AND deleted_at IS NULL",
        )
        .all() as { id: string }[];
      for (const { id } of stale) {
        if (ids.has(id)) continue;
        this.unindex(id);
        this.db.prepare('DELETE FROM registry_docs WHERE id = ?').run(id);
      }
      this.db
        .prepare(
          "INSERT INTO registry_meta (key, value) VALUES ('seed_hash', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(seed.hash);
    })();
  }

  list(): RegistryDoc[] {
    return (this.db.prepare(`SELECT * FROM registry_docs WHERE ${LIVE} ${ORDER}`).all() as DocRow[]).map(
      toDoc,
    );
  }

  /** Every word of the query starts a word of the entry, accents and case aside. */
  search(query: string): RegistryDoc[] {
    const terms = foldedTerms(query).map((t) => `"${t.replace(/"/g, '""')}"*`);
    if (terms.length === 0) return this.list();
    const rows = this.db
      .prepare(
        `SELECT d.* FROM registry_search s JOIN registry_docs d ON d.rowid = s.rowid
         WHERE registry_search MATCH ? AND d.deleted_at IS NULL ORDER BY rank LIMIT ${SEARCH_LIMIT}`,
      )
      .all(terms.join(' ')) as DocRow[];
    const docs = rows.map(toDoc);
    // A query typed as a number/symbol ("12/KH-BCĐ") names one document: those whose own
    // number/symbol starts with it, not every entry whose date or summary holds the same words.
    if (/^\s*\d+[\p{L}.]*\s*\/\s*\S/u.test(query)) {
      const typed = foldedTerms(query).join(' ');
      const own = docs.filter((d) => foldedTerms(d.numberSymbol).join(' ').startsWith(typed));
      if (own.length > 0) return own;
    }
    return docs;
  }

  get(id: string): RegistryDoc {
    const r = this.row(id);
    if (!r || r.deleted_at !== null) throw notFound(id);
    return toDoc(r);
  }

  add(input: RegistryDocInput): RegistryDoc {
    const fields = requireRegistryFields(input);
    return this.db.transaction(() => this.write(randomUUID(), fields, 'user', true))();
  }

  update(id: string, input: RegistryDocInput): RegistryDoc {
    const fields = requireRegistryFields(input);
    return this.db.transaction(() => {
      const r = this.row(id);
      if (!r || r.deleted_at !== null) throw notFound(id);
      return this.write(id, keepValidity(toDoc(r), fields), r.origin, true);
    })();
  }

  delete(id: string): void {
    this.db.transaction(() => {
      const r = this.row(id);
      if (!r || r.deleted_at !== null) throw notFound(id);
      this.unindex(id);
      if (r.origin === 'seed') {
        this.db
          .prepare('UPDATE registry_docs SET deleted_at = ?, updated_at = ? WHERE id = ?')
          .run(this.now(), this.now(), id);
      } else {
        this.db.prepare('DELETE FROM registry_docs WHERE id = ?').run(id);
      }
    })();
  }

  /** The entry for the same document: same identifier (or law name) and same date. */
  private findSame(f: RegistryDocFields): RegistryDoc | null {
    const candidates =
      f.numberSymbol !== ''
        ? (this.stmt(`SELECT * FROM registry_docs WHERE ns_key = ? AND ${LIVE}`).all(
            numberSymbolKey(f.numberSymbol),
          ) as DocRow[])
        : f.name !== null
          ? (this.stmt(
              `SELECT * FROM registry_docs WHERE name_key = ? AND number_symbol = '' AND ${LIVE}`,
            ).all(nameKey(f.name).key) as DocRow[])
          : [];
    const same = candidates.find((r) => r.date === f.date);
    return same ? toDoc(same) : null;
  }

  /** One click from a recognised citation: the existing entry when the registry already has it. */
  addFromCitation(citation: CitationForRegistry, source: string): AddFromCitationResult {
    const fields = requireRegistryFields(inputFromCitation(citation, source));
    return this.db.transaction(() => {
      const same = this.findSame(fields);
      if (same) return { doc: same, created: false };
      return { doc: this.write(randomUUID(), fields, 'user', true), created: true };
    })();
  }

  /**
   * Import of a CSV or JSON snapshot: a line with the id of an entry updates it; a line naming a
   * document the registry has (identifier and date) updates that one; any other line adds an entry.
   * Bad lines are reported and skipped; the good ones are written in one transaction — rolled back
   * when `dryRun` asks only for the report of what would happen.
   */
  importDocuments(
    text: string,
    options: { dryRun?: boolean; format?: RegistryImportFormat } = {},
  ): RegistryImportResult {
    const { rows, errors, rejected } = parseRegistryImport(text, options.format);
    const dryRun = options.dryRun ?? false;
    const counts = { added: 0, updated: 0, unchanged: 0 };
    try {
      this.db.transaction(() => {
        for (const row of rows) {
          const byId = row.id === null ? undefined : this.row(row.id);
          const target = byId && byId.deleted_at === null ? toDoc(byId) : this.findSame(row.fields);
          // A file without the validity columns leaves the entry's validity as it was.
          const fields = target ? keepValidity(target, row.fields) : row.fields;
          if (target && sameContent(target, fields)) {
            counts.unchanged++;
            continue;
          }
          if (target) {
            this.write(target.id, fields, this.row(target.id)?.origin ?? 'user', true);
            counts.updated++;
          } else {
            this.write(randomUUID(), fields, 'user', true);
            counts.added++;
          }
        }
        if (dryRun) throw new DryRun();
      })();
    } catch (e) {
      if (!(e instanceof DryRun)) throw e;
    }
    return { ...counts, rejected, errors, dryRun };
  }

  /** The CSV import of the first registry screen: importDocuments, written at once. */
  importCsv(text: string): RegistryImportResult {
    return this.importDocuments(text, { format: 'csv' });
  }

  exportCsv(): string {
    return formatRegistryCsv(this.list());
  }

  lookup(): RegistryLookup {
    return sqliteRegistryLookup(this.db);
  }
}
