import type { InvalidField } from '../model/savablePlan.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanStatus } from '../model/planStatus.ts';

/** What the library lists: enough to show and sort plans without loading them. */
export interface PlanSummary {
  id: string;
  title: string;
  year: number;
  numberSymbol: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  predecessorId: string | null;
  /** Dự thảo, Xin ý kiến, Trình ký, Đã ban hành (an issued plan is read-only). */
  status: PlanStatus;
  /** Where the plan came from (shared/library/planOrigin.ts), shown in the library. */
  origin: PlanOrigin;
}

/** A title or file name is null when it is no longer known (the source plan was removed for good). */
export type PlanOrigin =
  | { kind: 'template'; templateId: string | null }
  | { kind: 'import'; fileName: string | null }
  | { kind: 'rollover'; fromTitle: string | null; fromYear: number | null }
  | { kind: 'amendment'; fromTitle: string | null; fromNumber: string | null }
  | { kind: 'duplicate'; fromTitle: string }
  | { kind: 'other' };

export interface PlanRecord {
  id: string;
  plan: Plan;
  revision: number;
  createdAt: string;
  updatedAt: string;
  status: PlanStatus;
  predecessorId: string | null;
}

export type RevisionKind =
  'create' | 'autosave' | 'save' | 'named' | 'import' | 'rollover' | 'export' | 'restore' | 'issue';

export interface RevisionInfo {
  revision: number;
  kind: RevisionKind;
  createdAt: string;
  note: string;
  /** A named version's name ("Gửi xin ý kiến các sở"); '' for every other revision. */
  name: string;
  /** What the revision changed from the one before ("Sửa Trích yếu"), '' when nothing printed did. */
  description: string;
  descriptionEn: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  builtIn: boolean;
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
  /**
   * The values the save schema refused and the back end left out (cut to their limit, or blank), for
   * the editor to mark: reported by patchPlan, which repairs on the back end (savePlan refuses them).
   */
  invalid?: InvalidField[];
}

export interface ExportResult {
  fileName: string;
  /** The .docx bytes, base64: binary payloads cross the contract as JSON, never as file paths. */
  base64: string;
  sha256: string;
  revision: number;
  draft: boolean;
  /** The reason logged for a final copy exported with open errors; null otherwise. */
  reason: string | null;
  /** Error findings open when a final copy went out (0 for a draft). */
  openErrors: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** 'electron' or 'web': the renderer adapts downloads and file dialogs, nothing else. */
  host: 'electron' | 'web';
}
