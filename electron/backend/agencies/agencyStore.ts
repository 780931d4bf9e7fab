import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { parseAgencyCsv, formatAgencyCsv } from '../../../shared/agencies/agencyCsv.ts';
import type { AgencyEntry, AgencyInput, AgencySourceRef } from '../../../shared/agencies/agencyEntry.ts';
import { createAgencyIndex } from '../../../shared/agencies/agencyIndex.ts';
import { agencyKey } from '../../../shared/agencies/agencyNames.ts';
import {
  LEARN_AFTER_PLANS,
  type AgencyDirectoryView,
  type AgencyImportResult,
  type AgencyNameNote,
} from '../../../shared/agencies/agencyRecords.ts';
import { AppError } from '../../../shared/contract/appError.ts';
import type { Db } from '../store/openDatabase.ts';
import type { BuiltinAgencies } from './builtinAgencies.ts';

interface Row {
  id: string;
  name: string;
  short_names: string;
  level: AgencyEntry['level'];
  kind: AgencyEntry['kind'];
  is_group: number;
  province: string | null;
  pattern: number;
  parent: string | null;
  groups: string;
  valid_from: string | null;
  valid_until: string | null;
  successors: string;
  sources: string;
  note: string;
  origin: 'seed' | 'user';
  user_modified: number;
  deleted_at: string | null;
  merged_into: string | null;
}

/** A stored JSON list; a hand-edited or damaged value reads as empty, never a crash. */
function jsonList<T>(json: string, keep: (x: unknown) => x is T): T[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter(keep) : [];
  } catch {
    return [];
  }
}
const isString = (x: unknown): x is string => typeof x === 'string';
const isSource = (x: unknown): x is AgencySourceRef =>
  typeof x === 'object' && x !== null && typeof (x as AgencySourceRef).title === 'string';

function toEntry(r: Row): AgencyEntry {
  return {
    id: r.id,
    name: r.name,
    shortNames: jsonList(r.short_names, isString),
    level: r.level,
    kind: r.kind,
    group: r.is_group === 1,
    province: r.province,
    pattern: r.pattern === 1,
    parent: r.parent,
    groups: jsonList(r.groups, isString),
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    successors: jsonList(r.successors, isString),
    sources: jsonList(r.sources, isSource).map((s) => ({
      facts: Array.isArray(s.facts) ? s.facts : [],
      title: s.title,
      url: s.url ?? null,
      ...(s.frame === true ? { frame: true } : {}),
    })),
    note: r.note,
    origin: r.origin,
  };
}

const LIVE = 'deleted_at IS NULL';
const PROVINCE_KEY = 'agencies.province';
const SEED_KEY = 'agencies.seed_hash';
/** The province offered when the workspace has not chosen one: the built-in data's province. */
export const DEFAULT_PROVINCE = 'lang-son';

function notFound(id: string): AppError {
  return new AppError(
    'not_found',
    `Không có cơ quan ${id} trong danh bạ.`,
    `No entry ${id} in the directory.`,
  );
}

/** A user's source, in words, as the entry's one source. */
const userSources = (source: string): AgencySourceRef[] => [{ facts: [], title: source, url: null }];

/**
 * The workspace's agency directory ("Danh bạ cơ quan"): the built-in entries (kept in step with
 * templates/agencies/agencies.json until the user edits one), the user's own, merges, and the names
 * typed in plans. References between entries (parent, groups, successors) are ids.
 */
export class AgencyStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private readonly statements = new Map<string, Statement>();
  private stmt(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  private setting(key: string): string | null {
    const r = this.stmt('SELECT value FROM workspace_settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return r?.value ?? null;
  }
  private setSetting(key: string, value: string): void {
    this.stmt(
      'INSERT INTO workspace_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  private row(id: string): Row | undefined {
    return this.stmt('SELECT * FROM agencies WHERE id = ?').get(id) as Row | undefined;
  }
  private live(id: string): Row {
    const r = this.row(id);
    if (!r || r.deleted_at !== null) throw notFound(id);
    return r;
  }

  private write(e: AgencyEntry, origin: 'seed' | 'user', userModified: boolean): AgencyEntry {
    const at = this.now();
    this.stmt(
      `INSERT INTO agencies (id, name, short_names, level, kind, is_group, province, pattern, parent, groups,
         valid_from, valid_until, successors, sources, note, origin, user_modified, deleted_at, merged_into,
         created_at, updated_at)
       VALUES (@id, @name, @shortNames, @level, @kind, @group, @province, @pattern, @parent, @groups,
         @validFrom, @validUntil, @successors, @sources, @note, @origin, @userModified, NULL, NULL, @at, @at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_names = excluded.short_names,
         level = excluded.level, kind = excluded.kind, is_group = excluded.is_group, province = excluded.province,
         pattern = excluded.pattern, parent = excluded.parent, groups = excluded.groups,
         valid_from = excluded.valid_from, valid_until = excluded.valid_until, successors = excluded.successors,
         sources = excluded.sources, note = excluded.note, user_modified = excluded.user_modified,
         deleted_at = NULL, merged_into = NULL, updated_at = excluded.updated_at`,
    ).run({
      id: e.id,
      name: e.name,
      shortNames: JSON.stringify(e.shortNames),
      level: e.level,
      kind: e.kind,
      group: e.group ? 1 : 0,
      province: e.province,
      pattern: e.pattern ? 1 : 0,
      parent: e.parent,
      groups: JSON.stringify(e.groups),
      validFrom: e.validFrom,
      validUntil: e.validUntil,
      successors: JSON.stringify(e.successors),
      sources: JSON.stringify(e.sources),
      note: e.note,
      origin,
      userModified: userModified ? 1 : 0,
      at,
    });
    return { ...e, origin };
  }

  /**
   * Bring the built-in entries in step with the file: new ones added, changed ones updated, dropped
   * ones removed — except entries the user edited, deleted or merged, which stay as the user left them.
   */
  syncSeed(seed: BuiltinAgencies): void {
    if (this.setting(SEED_KEY) === seed.hash) return;
    this.db.transaction(() => {
      const ids = new Set<string>();
      for (const e of seed.entries) {
        ids.add(e.id);
        const r = this.row(e.id);
        if (r && (r.origin !== 'seed' || r.user_modified === 1 || r.deleted_at !== null)) continue;
        this.write(e, 'seed', false);
      }
      const stale = this.db
        .prepare(`SELECT id FROM agencies WHERE origin = 'seed' AND user_modified = 0 AND ${LIVE}`)
        .all() as { id: string }[];
      for (const { id } of stale)
        if (!ids.has(id)) this.db.prepare('DELETE FROM agencies WHERE id = ?').run(id);
      this.setSetting(SEED_KEY, seed.hash);
    })();
  }

  entries(): AgencyEntry[] {
    return (this.db.prepare(`SELECT * FROM agencies WHERE ${LIVE} ORDER BY name`).all() as Row[]).map(
      toEntry,
    );
  }

  province(): string | null {
    const v = this.setting(PROVINCE_KEY);
    if (v === null) return DEFAULT_PROVINCE;
    return v === '' ? null : v;
  }

  setProvince(province: string | null): void {
    this.setSetting(PROVINCE_KEY, province ?? '');
  }

  /** Names typed in at least two plans that no entry goes by, as entries the autocomplete offers. */
  learned(known: AgencyEntry[]): AgencyEntry[] {
    const index = createAgencyIndex(known, null);
    const rows = this.db
      .prepare(
        `SELECT name_key, MIN(name) AS name, COUNT(*) AS plans FROM agency_name_uses
         GROUP BY name_key HAVING COUNT(*) >= ? ORDER BY name`,
      )
      .all(LEARN_AFTER_PLANS) as { name_key: string; name: string; plans: number }[];
    return rows
      .filter((r) => index.candidates(r.name).length === 0)
      .map((r) => ({
        id: `learned:${r.name_key}`,
        name: r.name,
        shortNames: [],
        level: null,
        kind: null,
        group: false,
        province: null,
        pattern: false,
        parent: null,
        groups: [],
        validFrom: null,
        validUntil: null,
        successors: [],
        sources: [{ facts: [], title: `Đã gõ trong ${r.plans} kế hoạch (chưa xác minh)`, url: null }],
        note: '',
        origin: 'learned' as const,
      }));
  }

  view(provinces: string[]): AgencyDirectoryView {
    const entries = this.entries();
    const all = new Set(provinces);
    for (const e of entries) if (e.province !== null) all.add(e.province);
    return {
      province: this.province(),
      provinces: [...all].sort(),
      entries: [...entries, ...this.learned(entries)],
    };
  }

  /** References must name live entries (a group for `groups`), and an entry is not its own successor. */
  private checkRefs(id: string | null, input: AgencyInput): void {
    const bad = (vi: string, en: string) => new AppError('invalid_agency', vi, en);
    if (input.source.trim() === '')
      throw bad(
        'Hãy ghi nguồn: văn bản thành lập, hợp nhất hoặc đổi tên cơ quan này.',
        'Give a source: the document that established, merged or renamed this body.',
      );
    const get = (ref: string) => {
      const r = this.row(ref);
      return r && r.deleted_at === null ? r : null;
    };
    if (input.parent !== null && !get(input.parent))
      throw bad(
        `Cơ quan cấp trên "${input.parent}" không có trong danh bạ.`,
        `Unknown parent "${input.parent}".`,
      );
    for (const g of input.groups) {
      const r = get(g);
      if (!r || r.is_group !== 1) throw bad(`Nhóm "${g}" không có trong danh bạ.`, `Unknown group "${g}".`);
    }
    for (const s of input.successors) {
      if (s === id) throw bad('Cơ quan không thể kế tiếp chính nó.', 'An entry cannot succeed itself.');
      if (!get(s)) throw bad(`Cơ quan kế tiếp "${s}" không có trong danh bạ.`, `Unknown successor "${s}".`);
    }
    if (input.validFrom && input.validUntil && input.validFrom >= input.validUntil)
      throw bad('"Không còn từ ngày" phải sau "Có từ ngày".', 'The end date must be after the start date.');
  }

  private fromInput(id: string, input: AgencyInput, keep?: AgencyEntry): AgencyEntry {
    // An edit that keeps the source text keeps the built-in sources with their facts.
    const sameSource =
      keep &&
      keep.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join(' | ') === input.source;
    return {
      id,
      name: input.name,
      shortNames: [...new Set(input.shortNames.filter((s) => s !== ''))],
      level: input.level,
      kind: input.kind,
      group: input.group,
      province: input.province,
      pattern: keep?.pattern ?? false,
      parent: input.parent,
      groups: input.groups,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      successors: input.successors,
      sources: sameSource && keep ? keep.sources : userSources(input.source),
      note: input.note,
      origin: keep?.origin === 'seed' ? 'seed' : 'user',
    };
  }

  add(input: AgencyInput): AgencyEntry {
    return this.db.transaction(() => {
      this.checkRefs(null, input);
      return this.write(this.fromInput(randomUUID(), input), 'user', true);
    })();
  }

  update(id: string, input: AgencyInput): AgencyEntry {
    return this.db.transaction(() => {
      const r = this.live(id);
      this.checkRefs(id, input);
      return this.write(this.fromInput(id, input, toEntry(r)), r.origin, true);
    })();
  }

  delete(id: string): void {
    this.db.transaction(() => {
      const r = this.live(id);
      this.replaceRefs(id, null);
      if (r.origin === 'seed')
        this.db
          .prepare('UPDATE agencies SET deleted_at = ?, updated_at = ? WHERE id = ?')
          .run(this.now(), this.now(), id);
      else this.db.prepare('DELETE FROM agencies WHERE id = ?').run(id);
    })();
  }

  /** Every reference to `from` (parent, groups, successors) points to `to` instead, or goes when null. */
  private replaceRefs(from: string, to: string | null): void {
    const rows = this.db
      .prepare(`SELECT * FROM agencies WHERE ${LIVE} AND (parent = ? OR groups LIKE ? OR successors LIKE ?)`)
      .all(from, `%${JSON.stringify(from)}%`, `%${JSON.stringify(from)}%`) as Row[];
    for (const r of rows) {
      if (r.id === to) continue;
      const e = toEntry(r);
      const swap = (ids: string[]) => [...new Set(ids.flatMap((x) => (x === from ? (to ? [to] : []) : [x])))];
      this.write(
        {
          ...e,
          parent: e.parent === from ? to : e.parent,
          groups: swap(e.groups),
          successors: swap(e.successors),
        },
        r.origin,
        true,
      );
    }
  }

  /**
   * Merge two entries into one: `into` keeps its facts and gains the other's names (as short names,
   * so plans that wrote either are still understood), groups, successors and sources; every reference
   * to the other now points to `into`; the other is gone (a built-in one is kept as a tombstone).
   */
  merge(fromId: string, intoId: string): AgencyEntry {
    if (fromId === intoId) throw new AppError('agency_merge_same');
    return this.db.transaction(() => {
      const from = toEntry(this.live(fromId));
      const intoRow = this.live(intoId);
      const into = toEntry(intoRow);
      const names = [...into.shortNames, from.name, ...from.shortNames].filter(
        (n) => agencyKey(n) !== agencyKey(into.name),
      );
      const merged: AgencyEntry = {
        ...into,
        shortNames: [...new Map(names.map((n) => [agencyKey(n), n])).values()],
        groups: [...new Set([...into.groups, ...from.groups])].filter((g) => g !== intoId),
        successors: [...new Set([...into.successors, ...from.successors])].filter(
          (s) => s !== intoId && s !== fromId,
        ),
        parent: into.parent ?? (from.parent === intoId ? null : from.parent),
        sources: [...into.sources, ...from.sources],
        note: [into.note, from.note ? `Gộp từ "${from.name}": ${from.note}` : `Gộp từ "${from.name}".`]
          .filter(Boolean)
          .join(' '),
      };
      const kept = this.write(merged, intoRow.origin, true);
      this.replaceRefs(fromId, intoId);
      const fromRow = this.row(fromId);
      if (fromRow?.origin === 'seed')
        this.db
          .prepare('UPDATE agencies SET deleted_at = ?, merged_into = ?, updated_at = ? WHERE id = ?')
          .run(this.now(), intoId, this.now(), fromId);
      else this.db.prepare('DELETE FROM agencies WHERE id = ?').run(fromId);
      return toEntry(this.live(kept.id));
    })();
  }

  /** A name typed in a plan's agency field; learned (offered) once typed in two plans. */
  noteName(planId: string, name: string): AgencyNameNote {
    const text = name
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .replace(/[;.,\s]+$/, '')
      .trim();
    const key = agencyKey(text);
    if (key.length < 3) return { known: false, plans: 0, learned: false };
    if (createAgencyIndex(this.entries(), null).candidates(text).length > 0)
      return { known: true, plans: 0, learned: false };
    this.stmt(
      'INSERT INTO agency_name_uses (name_key, name, plan_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(key, text, planId, this.now());
    const { n } = this.stmt('SELECT COUNT(*) AS n FROM agency_name_uses WHERE name_key = ?').get(key) as {
      n: number;
    };
    return { known: false, plans: n, learned: n >= LEARN_AFTER_PLANS };
  }

  importCsv(text: string): AgencyImportResult {
    const { rows, errors } = parseAgencyCsv(text);
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    this.db.transaction(() => {
      // Two passes: lines may refer to entries added by later lines (a group before its members).
      const pending: Array<{ line: number; id: string; input: AgencyInput; existing: Row | undefined }> = [];
      for (const row of rows) {
        const existing = row.id ? this.row(row.id) : undefined;
        if (row.id && existing?.deleted_at != null) {
          errors.push({
            line: row.line,
            message: `Mã "${row.id}" đã bị xóa hoặc gộp; bỏ qua dòng`,
            messageEn: `Entry "${row.id}" was deleted or merged; line skipped`,
          });
          continue;
        }
        const id = row.id ?? randomUUID();
        if (!existing)
          this.write(
            this.fromInput(id, { ...row.input, parent: null, groups: [], successors: [] }),
            'user',
            true,
          );
        pending.push({ line: row.line, id, input: row.input, existing });
      }
      for (const p of pending) {
        const sp = this.db.prepare('SAVEPOINT line');
        sp.run();
        try {
          this.checkRefs(p.id, p.input);
          const before = p.existing ? toEntry(p.existing) : undefined;
          const next = this.fromInput(p.id, p.input, before);
          if (
            before &&
            JSON.stringify({ ...before, origin: null }) === JSON.stringify({ ...next, origin: null })
          ) {
            unchanged++;
          } else {
            this.write(next, p.existing?.origin ?? 'user', true);
            if (p.existing) updated++;
            else added++;
          }
          this.db.prepare('RELEASE line').run();
        } catch (e) {
          this.db.prepare('ROLLBACK TO line').run();
          this.db.prepare('RELEASE line').run();
          if (!p.existing) {
            this.replaceRefs(p.id, null);
            this.db.prepare('DELETE FROM agencies WHERE id = ?').run(p.id);
          }
          const err = e instanceof AppError ? e : null;
          errors.push({
            line: p.line,
            message: err?.message ?? 'Dòng không hợp lệ',
            messageEn: err?.messageEn ?? 'Invalid line',
          });
        }
      }
    })();
    errors.sort((a, b) => a.line - b.line);
    return { added, updated, unchanged, errors };
  }

  exportCsv(): string {
    return formatAgencyCsv(this.entries());
  }
}
