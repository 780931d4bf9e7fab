import type { PlanSummary, RevisionKind } from '../../../shared/contract/records.ts';
import { planOrigin } from '../../../shared/library/planOrigin.ts';
import type { PlanStatus } from '../../../shared/model/planStatus.ts';

/** A row of the plans table as PlanStore reads it (PLAN_ROW), and the library's summary of it. */
export interface PlanRow {
  id: string;
  title: string;
  year: number;
  number_symbol: string;
  head_revision: number;
  predecessor_id: string | null;
  created_at: string;
  updated_at: string;
  status: PlanStatus;
  origin_kind: RevisionKind | null;
  origin_note: string | null;
  pred_title: string | null;
  pred_year: number | null;
  pred_number: string | null;
}

/**
 * A plan row with what its origin is derived from: the kind and note of its first revision (never
 * thinned: only autosaves are) and its predecessor, which may have left the workspace.
 */
export const PLAN_ROW = `SELECT p.*, r.kind AS origin_kind, r.note AS origin_note,
    q.title AS pred_title, q.year AS pred_year, q.number_symbol AS pred_number
  FROM plans p
  LEFT JOIN revisions r ON r.plan_id = p.id
    AND r.revision = (SELECT MIN(revision) FROM revisions WHERE plan_id = p.id)
  LEFT JOIN plans q ON q.id = p.predecessor_id`;

export function toSummary(r: PlanRow): PlanSummary {
  return {
    id: r.id,
    title: r.title,
    year: r.year,
    numberSymbol: r.number_symbol,
    revision: r.head_revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    predecessorId: r.predecessor_id,
    status: r.status,
    origin: planOrigin({
      firstKind: r.origin_kind,
      firstNote: r.origin_note ?? '',
      predecessorId: r.predecessor_id,
      predecessor:
        r.pred_title === null || r.pred_year === null
          ? null
          : { title: r.pred_title, year: r.pred_year, numberSymbol: r.pred_number ?? '' },
    }),
  };
}
