import { z } from 'zod';
import { planSchema } from '../model/plan.ts';
import { MAX_PLAN_PATCHES } from '../model/planDelta.ts';
import { op } from './operation.ts';
import type { AppInfo, PlanRecord, PlanSummary, RevisionInfo, SaveResult, TemplateInfo } from './records.ts';

export const planIdSchema = z.string().min(1).max(64);

/** A plan's paths are property names and array indices; names that reach an object's prototype are refused. */
const pathKeySchema = z.union([
  z
    .string()
    .max(64)
    .refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype'),
  z.number().int().min(0).max(1_000_000),
]);
const pathSchema = z.array(pathKeySchema).min(1).max(32);

/** One PlanPatch (shared/model/planDelta.ts); the patched plan is checked whole by the save schema. */
const planPatchSchema = z.union([
  z.object({ path: pathSchema, remove: z.literal(true) }).strict(),
  z.object({ path: pathSchema, value: z.unknown() }).strict(),
]);

/** Library, editing and history of plans. */
export const planOperations = {
  appInfo: op<AppInfo>()(z.tuple([])),
  listTemplates: op<TemplateInfo[]>()(z.tuple([])),
  listPlans: op<PlanSummary[]>()(z.tuple([])),
  /** Accent-insensitive full-text search over all plans ("pho bien" finds "phổ biến"). */
  searchPlans: op<PlanSummary[]>()(z.tuple([z.string().max(500)])),
  createPlan: op<PlanRecord>()(z.tuple([z.object({ templateId: z.string().min(1).max(64) })])),
  getPlan: op<PlanRecord>()(z.tuple([planIdSchema])),
  savePlan: op<SaveResult>()(
    z.tuple([
      planIdSchema,
      planSchema,
      z.object({
        kind: z.enum(['autosave', 'save']),
        /** The revision the editor started from: a save on top of another window's save is refused. */
        baseRevision: z.number().int().min(0),
      }),
    ]),
  ),
  /**
   * An autosave as the edit alone (issue 13): the patches of shared/model/planDelta from the plan the
   * editor last saved at `baseRevision` to the plan now, ≈ 1 KB for a one-block edit instead of the
   * whole 100-page plan the renderer would serialise and send on its main thread. The back end applies
   * them to its head, repairs what the save schema refuses (reported in `invalid`) and stores the
   * result; `patch_mismatch` when a patch has no place in the head (the editor then saves the whole plan).
   */
  patchPlan: op<SaveResult>()(
    z.tuple([
      planIdSchema,
      z.array(planPatchSchema).max(MAX_PLAN_PATCHES),
      z.object({ kind: z.literal('autosave'), baseRevision: z.number().int().min(0) }),
    ]),
  ),
  /**
   * Moves the plan to the bin: its history is kept and restorePlan brings it back. An issued plan is
   * a record: it goes only with `{ issued: true }`, the user's explicit confirmation of that.
   */
  deletePlan: op<void>()(z.tuple([planIdSchema, z.object({ issued: z.literal(true) }).optional()])),
  listDeletedPlans: op<PlanSummary[]>()(z.tuple([])),
  restorePlan: op<PlanSummary>()(z.tuple([planIdSchema])),
  /** "Nhân bản": a new draft copied from the plan's latest revision, titled "… (bản sao)". */
  duplicatePlan: op<PlanRecord>()(z.tuple([planIdSchema])),
  /** "Dọn thùng rác": the plans in the bin are removed for good, history and export log included. */
  emptyBin: op<{ removed: number }>()(z.tuple([])),
  listRevisions: op<RevisionInfo[]>()(z.tuple([planIdSchema])),
  getRevision: op<PlanRecord>()(z.tuple([planIdSchema, z.number().int().min(1)])),
};
