/**
 * Forward-only, numbered migrations. The database's `user_version` is the number of migrations
 * applied. Append new migrations at the end; never edit or reorder one that has shipped.
 * Each feature appends its own entry (with a comment naming the feature).
 */
export interface Migration {
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    name: '001 plans, append-only revisions, exports, full-text search',
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        number_symbol TEXT NOT NULL,
        head_revision INTEGER NOT NULL,
        predecessor_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE TABLE revisions (
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        -- The plan document as JSON, deflated: autosave keeps every revision, and a 100-page plan is
        -- ~400 KB of JSON but ~30 KB deflated.
        document BLOB NOT NULL,
        PRIMARY KEY (plan_id, revision)
      ) WITHOUT ROWID;
      -- Revisions are history: the database itself refuses to rewrite or drop one.
      CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
        BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
      CREATE TABLE exports (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        draft INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE plan_search USING fts5(
        plan_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  // Registry of legal documents (issue 4, DESIGN §5 "Registry"): see electron/backend/registry/.
  {
    name: '002 registry of legal documents, its full-text search and built-in seed bookkeeping',
    sql: `
      CREATE TABLE registry_docs (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        number TEXT NOT NULL,
        year INTEGER,
        symbol TEXT NOT NULL,
        number_symbol TEXT NOT NULL,
        -- Matching keys computed by shared/registry (numberSymbolKey, nameKey); rebuilt when they change.
        ns_key TEXT NOT NULL,
        name_key TEXT,
        date TEXT,
        issuer TEXT NOT NULL,
        summary TEXT NOT NULL,
        name TEXT,
        status TEXT NOT NULL CHECK (status IN ('in_force', 'expired', 'replaced', 'unknown')),
        replaced_by TEXT,
        source TEXT NOT NULL,
        note TEXT NOT NULL,
        -- 'seed' rows come from templates/registry/seed.json and follow it until the user edits them.
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
        user_modified INTEGER NOT NULL DEFAULT 0,
        -- Only seed rows are tombstoned, so that a seed upgrade does not bring a deleted entry back.
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX registry_docs_ns_key ON registry_docs (ns_key);
      CREATE INDEX registry_docs_name_key ON registry_docs (name_key);
      CREATE VIRTUAL TABLE registry_search USING fts5(
        doc_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  // User templates (issue 5, reuse): "save as template" from any plan; see electron/backend/reuse/.
  {
    name: '003 user templates',
    sql: `
      CREATE TABLE user_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        source_plan_id TEXT,
        created_at TEXT NOT NULL,
        document TEXT NOT NULL
      );
    `,
  },
  // Registry validity (issue 11): effective dates and successors of legal documents; see
  // shared/registry/registryDoc.ts. Existing rows get null / '[]' and the seed re-sync fills them.
  {
    name: '004 registry validity dates and successors',
    sql: `
      ALTER TABLE registry_docs ADD COLUMN effective_from TEXT;
      ALTER TABLE registry_docs ADD COLUMN effective_until TEXT;
      ALTER TABLE registry_docs ADD COLUMN successors TEXT NOT NULL DEFAULT '[]';
    `,
  },
  // Export gate (issue 9): a final copy exported despite error findings records the drafter's
  // reason and how many errors were open. Earlier exports get null / 0 (none was gated).
  {
    name: '005 export reason and open errors',
    sql: `
      ALTER TABLE exports ADD COLUMN reason TEXT;
      ALTER TABLE exports ADD COLUMN open_errors INTEGER NOT NULL DEFAULT 0;
    `,
  },
  // Issuing (issue 9 §4): the plan's status. Existing plans are drafts.
  {
    name: '006 plan status (draft, consultation, signing, issued)',
    sql: `
      ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'consultation', 'signing', 'issued'));
    `,
  },
  // History panel (issue 9 §3): a named version's name ("Gửi xin ý kiến các sở") and a short
  // description of what each revision changed, computed once at save. Earlier revisions get ''.
  {
    name: '007 revision names and change descriptions',
    sql: `
      ALTER TABLE revisions ADD COLUMN name TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN description TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
    `,
  },
  // Agency directory (issue 11): agencies and group recipients with validity dates, successors and
  // sources, seeded from templates/agencies/agencies.json; names typed in plans (learned after two
  // plans); workspace settings (the province whose bodies are offered). See electron/backend/agencies/.
  {
    name: '008 agency directory, names used in plans, workspace settings',
    sql: `
      CREATE TABLE agencies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- JSON arrays of strings (short names) and of entry ids (groups, successors).
        short_names TEXT NOT NULL DEFAULT '[]',
        level TEXT CHECK (level IN ('trung-uong', 'tinh', 'huyen', 'xa')),
        kind TEXT,
        is_group INTEGER NOT NULL DEFAULT 0,
        province TEXT,
        pattern INTEGER NOT NULL DEFAULT 0,
        parent TEXT,
        groups TEXT NOT NULL DEFAULT '[]',
        valid_from TEXT,
        valid_until TEXT,
        successors TEXT NOT NULL DEFAULT '[]',
        -- JSON array of { facts, title, url }: the documents that established, merged or renamed it.
        sources TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
        user_modified INTEGER NOT NULL DEFAULT 0,
        -- Seed rows are tombstoned (deleted or merged) so that a seed upgrade does not bring them back.
        deleted_at TEXT,
        merged_into TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE agency_name_uses (
        name_key TEXT NOT NULL,
        name TEXT NOT NULL,
        plan_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (name_key, plan_id)
      ) WITHOUT ROWID;
      CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  // Autosave off the critical path (issue 13): a save stores the plan row and its revision; the
  // revision's change description and the plan's search entry are derived right after the save has
  // returned (store/afterSave.ts). What is still to derive is kept here, so that a crash before it ran
  // only delays it: \`described\` = 0 marks a revision whose description is pending (filled in once,
  // then frozen like the rest of the revision), \`indexed_revision\` the head the search entry holds.
  // Existing revisions were described when they were saved. The search index becomes one row per
  // text of a plan (store/planSearch.ts), so that an edit re-indexes only the texts it changed: rows
  // named in plan_search_rows, a contentless plan_search (the texts are in the revisions) whose rows
  // delete without re-reading their text (contentless_delete, SQLite 3.43). The first flush after
  // the upgrade builds every plan's rows from its head (indexed_revision 0).
  {
    name: '009 change descriptions and search entries derived after the save, search by text',
    sql: `
      ALTER TABLE revisions ADD COLUMN described INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX revisions_undescribed ON revisions (plan_id, revision) WHERE described = 0;
      ALTER TABLE plans ADD COLUMN indexed_revision INTEGER NOT NULL DEFAULT 0;
      DROP TABLE plan_search;
      CREATE TABLE plan_search_rows (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL,
        key TEXT NOT NULL,
        UNIQUE (plan_id, key)
      );
      CREATE VIRTUAL TABLE plan_search USING fts5(
        content, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      DROP TRIGGER revisions_no_update;
      CREATE TRIGGER revisions_no_update
        BEFORE UPDATE OF plan_id, revision, kind, created_at, note, document, name ON revisions
        BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
      CREATE TRIGGER revisions_described_once
        BEFORE UPDATE OF description, description_en, described ON revisions
        WHEN OLD.described = 1 OR NEW.described <> 1
        BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
    `,
  },
];
