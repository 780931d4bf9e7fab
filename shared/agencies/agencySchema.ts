import { z } from 'zod';

/**
 * templates/agencies/agencies.json: the built-in directory of agencies a justice-sector plan names
 * (issue 11). Pure data contract, no I/O: the back end loads the file, the checks read it.
 *
 * Every fact carries its source: `facts` maps each filled-in field to the ids of the entries in
 * `sources` that state it, so a reviewer can trace "Sở Tài nguyên và Môi trường ended on 1/3/2025,
 * succeeded by Sở Nông nghiệp và Môi trường" to the resolution that says so.
 */

export const agencyLevelSchema = z.enum(['trung-uong', 'tinh', 'huyen', 'xa']);
export type AgencyLevel = z.infer<typeof agencyLevelSchema>;

/** What kind of body it is; drives wording ("Sở …", "UBND …") and grouping, not validity. */
export const agencyKindSchema = z.enum([
  'co-quan-quyen-luc', // Quốc hội, HĐND
  'co-quan-quoc-hoi', // Ủy ban Thường vụ Quốc hội
  'chinh-phu',
  'bo',
  'co-quan-ngang-bo',
  'co-quan-thuoc-chinh-phu',
  'uy-ban-nhan-dan',
  'co-quan-chuyen-mon', // sở, ban, phòng thuộc UBND
  'don-vi-thuoc-bo', // vụ, cục
  'toa-an',
  'vien-kiem-sat',
  'kiem-toan',
  'cong-an',
  'quan-su', // Bộ CHQS, Bộ đội Biên phòng
  'mat-tran', // Ủy ban MTTQ Việt Nam
  'to-chuc-xa-hoi-nghe-nghiep',
  'hoi-dong-phoi-hop', // Hội đồng phối hợp PBGDPL, Ban Chỉ đạo
  'bao-chi', // Báo, Đài PT-TH
  'don-vi-su-nghiep',
]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày ISO YYYY-MM-DD / ISO date');
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: chữ thường không dấu, gạch nối / lowercase ascii slug');
const sourceIds = z.array(id).min(1);

export const agencySourceSchema = z.object({
  /** What the source is: the document or page ("Nghị quyết 04/NQ-HĐND ngày 18/02/2025 …"). */
  title: z.string().min(1),
  /** The page read; null for the project's own fixtures (then `title` names the file). */
  url: z.string().url().nullable(),
  /** A short quote of what it says about the facts that cite it. */
  quote: z.string().min(1),
  /** The registry entry of the document, when the source is a legal document the registry knows. */
  numberSymbol: z.string().nullable().default(null),
  /**
   * The dates this source gives are a national frame (a decree's effective date), not the day each
   * province's own decision set: the checks say so instead of presenting the day as the province's.
   */
  dateIsFrame: z.boolean().default(false),
});
export type AgencySource = z.infer<typeof agencySourceSchema>;

/** Facts that must each name their sources when they are filled in. */
export const agencyFactSchema = z.enum([
  'name',
  'shortNames',
  'parent',
  'groups',
  'validFrom',
  'validUntil',
  'successors',
]);
export type AgencyFact = z.infer<typeof agencyFactSchema>;

export const agencySchema = z.object({
  id,
  name: z.string().min(1),
  /** Abbreviations and short forms as public texts write them ("UBND tỉnh", "Bộ CHQS tỉnh"). */
  shortNames: z.array(z.string().min(1)).default([]),
  level: agencyLevelSchema,
  kind: agencyKindSchema,
  /** Province slug ("lang-son") for a province's bodies; null for national bodies and the generic pattern. */
  province: z.string().nullable(),
  /** True for the generic provincial pattern ("Sở Tư pháp" of any province). */
  pattern: z.boolean().default(false),
  parent: id.nullable().default(null),
  groups: z.array(id).default([]),
  /** First day the body exists under this name, if a source states it; null when unknown or older. */
  validFrom: isoDate.nullable().default(null),
  /** First day it no longer exists (the day its successor starts), if a source states it. */
  validUntil: isoDate.nullable().default(null),
  /** Ids of the bodies that took over its functions. */
  successors: z.array(id).default([]),
  facts: z.partialRecord(agencyFactSchema, sourceIds),
  note: z.string().default(''),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyGroupSchema = z.object({
  id,
  /** As plans write it in Nơi nhận or as lead/coordinating agency: "UBND các huyện, thành phố". */
  name: z.string().min(1),
  level: agencyLevelSchema,
  province: z.string().nullable(),
  validFrom: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
  /** Ids of the groups that replace it ("UBND các huyện, thành phố" → "UBND các xã, phường"). */
  successors: z.array(id).default([]),
  facts: z.partialRecord(agencyFactSchema, sourceIds),
});
export type AgencyGroup = z.infer<typeof agencyGroupSchema>;

export const agencyDirectorySchema = z.object({
  description: z.string().min(1),
  sources: z.record(id, agencySourceSchema),
  groups: z.array(agencyGroupSchema),
  agencies: z.array(agencySchema),
});
export type AgencyDirectory = z.infer<typeof agencyDirectorySchema>;

export interface DirectoryProblem {
  where: string;
  message: string;
  messageEn: string;
}

/** The facts of an agency or group that are filled in and so need a source. */
function filledFacts(a: Partial<Agency> & { name: string }): AgencyFact[] {
  const out: AgencyFact[] = ['name'];
  if ((a.shortNames ?? []).length > 0) out.push('shortNames');
  if (a.parent) out.push('parent');
  if ((a.groups ?? []).length > 0) out.push('groups');
  if (a.validFrom) out.push('validFrom');
  if (a.validUntil) out.push('validUntil');
  if ((a.successors ?? []).length > 0) out.push('successors');
  return out;
}

/**
 * Cross-record rules zod cannot express: unique ids, every filled fact sourced by a known source,
 * references (parent, groups, successors) pointing at existing records, validity ranges ordered,
 * and a body that ended on a day its successor was not yet there is flagged. Empty list = valid.
 */
export function checkDirectory(dir: AgencyDirectory): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const add = (where: string, vi: string, en: string) => problems.push({ where, message: vi, messageEn: en });
  const agencies = new Map<string, Agency>();
  const groups = new Set<string>();
  for (const g of dir.groups) {
    if (groups.has(g.id)) add(g.id, 'id nhóm trùng', 'duplicate group id');
    groups.add(g.id);
  }
  for (const a of dir.agencies) {
    if (agencies.has(a.id) || groups.has(a.id)) add(a.id, 'id trùng', 'duplicate id');
    agencies.set(a.id, a);
  }
  const checkRecord = (where: string, rec: Partial<Agency> & { name: string; facts: Agency['facts'] }) => {
    for (const fact of filledFacts(rec)) {
      const ids = rec.facts[fact];
      if (!ids || ids.length === 0) add(where, `thiếu nguồn cho "${fact}"`, `no source for "${fact}"`);
      for (const s of ids ?? [])
        if (!(s in dir.sources)) add(where, `nguồn không tồn tại: ${s}`, `unknown source: ${s}`);
    }
    if (rec.validFrom && rec.validUntil && rec.validFrom >= rec.validUntil)
      add(where, 'ngày hết hiệu lực không sau ngày bắt đầu', 'validUntil is not after validFrom');
  };
  for (const g of dir.groups) {
    checkRecord(g.id, g);
    for (const s of g.successors)
      if (!groups.has(s)) add(g.id, `nhóm kế tiếp không tồn tại: ${s}`, `unknown successor group: ${s}`);
  }
  for (const a of dir.agencies) {
    checkRecord(a.id, a);
    if (a.parent && !agencies.has(a.parent))
      add(a.id, `cơ quan cấp trên không tồn tại: ${a.parent}`, `unknown parent: ${a.parent}`);
    for (const g of a.groups)
      if (!groups.has(g)) add(a.id, `nhóm không tồn tại: ${g}`, `unknown group: ${g}`);
    for (const s of a.successors) {
      const next = agencies.get(s);
      if (!next) {
        add(a.id, `cơ quan kế tiếp không tồn tại: ${s}`, `unknown successor: ${s}`);
        continue;
      }
      if (s === a.id) add(a.id, 'tự kế tiếp chính mình', 'is its own successor');
      // The successor must exist on the day this body ends, or the quick fix would point nowhere.
      if (a.validUntil && next.validFrom && next.validFrom > a.validUntil)
        add(a.id, `${s} chưa tồn tại khi ${a.id} kết thúc`, `${s} starts after ${a.id} ends`);
      if (a.validUntil && next.validUntil && next.validUntil <= a.validUntil)
        add(a.id, `${s} kết thúc trước hoặc cùng lúc`, `${s} ends no later than ${a.id}`);
    }
    if (a.successors.length > 0 && !a.validUntil && a.note === '')
      add(
        a.id,
        'có cơ quan kế tiếp nhưng không có ngày kết thúc và không ghi chú',
        'successor without end date or note',
      );
  }
  return problems;
}

/** Agencies that exist on a date (ISO): unknown bounds count as open. */
export function validOn(a: Pick<Agency, 'validFrom' | 'validUntil'>, date: string): boolean {
  return (a.validFrom === null || a.validFrom <= date) && (a.validUntil === null || date < a.validUntil);
}
