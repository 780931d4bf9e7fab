import type { AgencyCsvError } from './agencyCsv.ts';
import type { AgencyEntry } from './agencyEntry.ts';

/** What listAgencies answers: every entry (all provinces) and the province whose bodies are offered. */
export interface AgencyDirectoryView {
  /** Province slug chosen in the workspace ("lang-son"); null = every province. */
  province: string | null;
  /** The provinces the directory holds bodies of. */
  provinces: string[];
  /** Live entries, built-in and user's, plus names learned from plans (origin "learned"). */
  entries: AgencyEntry[];
}

export interface AgencyImportResult {
  added: number;
  updated: number;
  unchanged: number;
  errors: AgencyCsvError[];
}

/** After a name typed in a plan is noted: whether the directory knows it, or now offers it. */
export interface AgencyNameNote {
  known: boolean;
  /** Typed in this many different plans (learned from two on). */
  plans: number;
  learned: boolean;
}

/** A name typed in two plans is offered by the autocomplete from then on. */
export const LEARN_AFTER_PLANS = 2;

/** Province slugs and their names, for the setting (the directory holds Lạng Sơn's bodies). */
export const PROVINCE_NAMES: Record<string, string> = {
  'lang-son': 'Lạng Sơn',
};

/**
 * The setting for a province the directory holds no bodies of (Nghệ An, Hà Nội …): only the national
 * bodies and the generic pattern every province has are offered and checked, so "Sở Tài nguyên và Môi
 * trường" is judged by Nghị định 45/2025/NĐ-CP and not by Lạng Sơn's own resolution.
 */
export const OTHER_PROVINCE = 'tinh-khac';
