import { z } from 'zod';
import {
  agencyKindSchema,
  agencyLevelSchema,
  type AgencyDirectory,
  type AgencyFact,
  type AgencyKind,
  type AgencyLevel,
} from './agencySchema.ts';

/**
 * One entry of the workspace's agency directory ("Danh bạ cơ quan"), as the store, the screen, the
 * autocomplete and the checks see it: an agency, or a group recipient ("UBND các xã, phường") that
 * covers its members. Built-in entries come from templates/agencies/agencies.json with the sources
 * of their facts; entries the user adds name their source in words.
 */
export interface AgencySourceRef {
  /** The facts this source states ("name", "validUntil", …); empty for a user's own note. */
  facts: AgencyFact[];
  title: string;
  url: string | null;
  /** Its dates are a national frame; each province's own decision set the day (agencySchema). */
  frame?: boolean;
}

export type AgencyEntryKind = AgencyKind | 'nhom';

export interface AgencyEntry {
  id: string;
  name: string;
  shortNames: string[];
  /** Null for a name the directory learned from plans: nothing is known about it but the name. */
  level: AgencyLevel | null;
  kind: AgencyEntryKind | null;
  /** A group recipient: its members are the entries that list it in `groups`. */
  group: boolean;
  province: string | null;
  /** The generic provincial pattern ("Sở Tư pháp" of any province). */
  pattern: boolean;
  parent: string | null;
  groups: string[];
  /** ISO dates; validUntil is the first day it no longer exists. Null = unknown. */
  validFrom: string | null;
  validUntil: string | null;
  successors: string[];
  sources: AgencySourceRef[];
  note: string;
  origin: 'seed' | 'user' | 'learned';
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD');
const line = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').trim());

/** What the screen sends to add or edit an entry (and what a CSV line becomes). */
export const agencyInputSchema = z.object({
  name: line(300).pipe(z.string().min(1, 'Hãy nhập tên cơ quan / enter the name')),
  shortNames: z.array(line(120)).max(20).default([]),
  level: agencyLevelSchema.nullable(),
  kind: z.union([agencyKindSchema, z.literal('nhom')]).nullable(),
  group: z.boolean().default(false),
  province: z.string().max(60).nullable().default(null),
  parent: z.string().max(120).nullable().default(null),
  groups: z.array(z.string().max(120)).max(20).default([]),
  validFrom: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
  successors: z.array(z.string().max(120)).max(20).default([]),
  /**
   * In words: the document that established, merged or renamed it. Required — no fact without one —
   * but refused by the store (AgencyStore.checkRefs) with a sentence the form shows, not by the schema.
   */
  source: line(2000),
  note: line(2000).default(''),
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

/** The built-in directory file as entries: each source id resolved to its title and page. */
export function entriesFromDirectory(dir: AgencyDirectory): AgencyEntry[] {
  const sourcesOf = (facts: Partial<Record<AgencyFact, string[]>>): AgencySourceRef[] => {
    const bySource = new Map<string, AgencyFact[]>();
    for (const [fact, ids] of Object.entries(facts) as [AgencyFact, string[]][])
      for (const id of ids) bySource.set(id, [...(bySource.get(id) ?? []), fact]);
    return [...bySource].map(([id, facts]) => {
      const s = dir.sources[id];
      return { facts, title: s?.title ?? id, url: s?.url ?? null, ...(s?.dateIsFrame ? { frame: true } : {}) };
    });
  };
  const groups: AgencyEntry[] = dir.groups.map((g) => ({
    id: g.id,
    name: g.name,
    shortNames: [],
    level: g.level,
    kind: 'nhom',
    group: true,
    province: g.province,
    // The generic provincial pattern's groups ("mau-…", README): a province's own group wins.
    pattern: g.province === null && g.id.startsWith('mau-'),
    parent: null,
    groups: [],
    validFrom: g.validFrom,
    validUntil: g.validUntil,
    successors: g.successors,
    sources: sourcesOf(g.facts),
    note: '',
    origin: 'seed',
  }));
  const agencies: AgencyEntry[] = dir.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    shortNames: a.shortNames,
    level: a.level,
    kind: a.kind,
    group: false,
    province: a.province,
    pattern: a.pattern,
    parent: a.parent,
    groups: a.groups,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    successors: a.successors,
    sources: sourcesOf(a.facts),
    note: a.note,
    origin: 'seed',
  }));
  return [...agencies, ...groups];
}

/** The sources of an entry in one line, for the CSV and the screen. */
export function sourceText(e: Pick<AgencyEntry, 'sources'>): string {
  return e.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join(' | ');
}

export const LEVEL_LABELS: Record<AgencyLevel, { vi: string; en: string }> = {
  'trung-uong': { vi: 'Trung ương', en: 'Central' },
  tinh: { vi: 'Tỉnh', en: 'Province' },
  huyen: { vi: 'Huyện (trước 1/7/2025)', en: 'District (before 1 July 2025)' },
  xa: { vi: 'Xã', en: 'Commune' },
};

export const KIND_LABELS: Record<AgencyEntryKind, string> = {
  'co-quan-quyen-luc': 'Cơ quan quyền lực (Quốc hội, HĐND)',
  'co-quan-quoc-hoi': 'Cơ quan của Quốc hội',
  'chinh-phu': 'Chính phủ',
  bo: 'Bộ',
  'co-quan-ngang-bo': 'Cơ quan ngang bộ',
  'co-quan-thuoc-chinh-phu': 'Cơ quan thuộc Chính phủ',
  'uy-ban-nhan-dan': 'Ủy ban nhân dân',
  'co-quan-chuyen-mon': 'Cơ quan chuyên môn (sở, ban, phòng)',
  'don-vi-thuoc-bo': 'Đơn vị thuộc bộ (vụ, cục)',
  'toa-an': 'Tòa án',
  'vien-kiem-sat': 'Viện kiểm sát',
  'kiem-toan': 'Kiểm toán',
  'cong-an': 'Công an',
  'quan-su': 'Quân sự, biên phòng',
  'mat-tran': 'Mặt trận Tổ quốc',
  'to-chuc-xa-hoi-nghe-nghiep': 'Tổ chức xã hội - nghề nghiệp',
  'hoi-dong-phoi-hop': 'Hội đồng phối hợp, Ban Chỉ đạo',
  'bao-chi': 'Báo chí, phát thanh, truyền hình',
  'don-vi-su-nghiep': 'Đơn vị sự nghiệp',
  nhom: 'Nhóm nơi nhận',
};
