import { z } from 'zod';

/**
 * One legal document known to the registry. Status is never invented: "unknown" unless a named
 * source states it. `numberSymbol` is the canonical identifier ("705/QĐ-TTg", "30/2020/NĐ-CP",
 * "32-CT/TW"; for a law cited by name, its normative number "14/2012/QH13").
 */
export const registryStatusSchema = z.enum(['in_force', 'expired', 'replaced', 'unknown']);
export type RegistryStatus = z.infer<typeof registryStatusSchema>;

/** ISO calendar date YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const registryDocSchema = z.object({
  id: z.string().min(1).max(64),
  /** Full Vietnamese type name: "Quyết định", "Kế hoạch", "Luật", "Nghị định", "Chỉ thị" … */
  type: z.string().min(1).max(64),
  number: z.string().max(32),
  /** Year inside the number ("30/2020/NĐ-CP" → 2020), else null. */
  year: z.number().int().nullable(),
  symbol: z.string().max(64),
  numberSymbol: z.string().max(128),
  /** ISO date YYYY-MM-DD, or null when not known. */
  date: isoDateSchema.nullable(),
  issuer: z.string().max(300),
  summary: z.string().max(2000),
  /** For laws cited by name: "Luật Phổ biến, giáo dục pháp luật". */
  name: z.string().max(300).nullable(),
  status: registryStatusSchema,
  /** When status is "replaced": the numberSymbol of the replacing document. */
  replacedBy: z.string().max(128).nullable(),
  /** Where the facts come from (an official gazette page, the national legal database …). */
  source: z.string().max(1000),
  note: z.string().max(2000),
  /**
   * Validity dates where a source states them (issue 11): the first day in force and the first day no
   * longer in force (the day the replacing text takes effect). Optional so that entries written before
   * these fields existed (CSV imports, stored rows) stay valid; absent means not known, like null.
   */
  effectiveFrom: isoDateSchema.nullable().optional(),
  effectiveUntil: isoDateSchema.nullable().optional(),
  /** numberSymbols of the documents that replaced or continue this one (a programme's next period …). */
  successors: z.array(z.string().min(1).max(128)).max(20).optional(),
});
export type RegistryDoc = z.infer<typeof registryDocSchema>;

/**
 * How the citation checks see the registry: a pure lookup, implemented over SQLite by the back end
 * and over the built-in seed alone by the CLI when no workspace exists.
 */
export interface RegistryLookup {
  byNumberSymbol(numberSymbol: string): RegistryDoc[];
  /** Laws and codes cited by name ("Luật Phổ biến, giáo dục pháp luật"). */
  byName(name: string): RegistryDoc[];
}
