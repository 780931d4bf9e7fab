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
        document TEXT NOT NULL,
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
];
