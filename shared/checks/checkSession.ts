import { createAgencyIndex, type AgencyIndex } from '../agencies/agencyIndex.ts';
import type { AgencyDirectoryView } from '../agencies/agencyRecords.ts';
import { fieldAddressAtPath } from '../model/fields/pathAddress.ts';
import type { FieldAddress } from '../model/fields/fieldAddress.ts';
import type { Plan } from '../model/plan.ts';
import { applyPlanDelta, planDelta, type PlanPatch } from '../model/planDelta.ts';
import { createMemoryRegistry, type MemoryRegistry } from '../registry/memoryRegistry.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import type { CheckResult } from './checkPlan.ts';
import { createPlanChecker, type PlanChecker, type PlanEdit } from './planChecker.ts';

/**
 * To the checks worker: check this plan, given whole (`plan`) or as what changed since the plan of
 * the previous request (`delta`, planDelta.ts); `registry` and `agencies` only when they changed
 * (null: none).
 */
export interface CheckRequest {
  id: number;
  plan?: Plan;
  delta?: PlanPatch[];
  registry?: RegistryDoc[] | null;
  agencies?: Pick<AgencyDirectoryView, 'entries' | 'province'> | null;
}

/** From the checks worker: the result of request `id`, or the error that stopped it. */
export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };

/**
 * The checks worker's side (renderer/checks/checks.worker.ts): it holds the plan of the last request
 * and one checker, so a delta is applied to that plan and only the fields it touched are checked
 * again (issue 13). After an error it holds no plan: the next delta fails and the client sends the
 * plan whole again (`createCheckClient`).
 */
export function createCheckSession(): {
  handle(request: CheckRequest): CheckResponse;
  /** How many checks were answered from the previous one's kept values, and how many in full. */
  counts: PlanChecker['counts'];
} {
  const checker = createPlanChecker();
  let plan: Plan | null = null;
  let registry: MemoryRegistry | null = null;
  let agencies: AgencyIndex | null = null;
  const handle = (request: CheckRequest): CheckResponse => {
    const { id } = request;
    try {
      if (request.registry !== undefined)
        registry = request.registry ? createMemoryRegistry(request.registry) : null;
      if (request.agencies !== undefined)
        agencies = request.agencies
          ? createAgencyIndex(request.agencies.entries, request.agencies.province)
          : null;
      let edit: PlanEdit | undefined;
      if (request.plan !== undefined) plan = request.plan;
      else if (request.delta !== undefined && plan !== null) {
        const from = plan;
        const to = applyPlanDelta(from, request.delta);
        plan = to;
        const fields = request.delta.map((p) => fieldAddressAtPath(to, p.path));
        // A patch that is not inside one field (a task added, the year): every text is read again.
        if (fields.every((f): f is FieldAddress => f !== null)) edit = { from, fields };
      } else throw new Error('checks: a delta without the plan it applies to');
      return { id, result: checker.check(plan, { registry, agencies }, edit) };
    } catch (err) {
      plan = null;
      return { id, error: err instanceof Error ? err.message : String(err) };
    }
  };
  return { handle, counts: checker.counts };
}

/**
 * The page's side: the request for the next plan to check, as a delta from the plan it sent last
 * (a one-block edit is a few hundred bytes instead of a structured clone of the whole plan), or the
 * whole plan the first time, after `resend()` (the worker failed), or when the delta would be large.
 */
export function createCheckClient(): { request(id: number, plan: Plan): CheckRequest; resend(): void } {
  let sent: Plan | null = null;
  return {
    request(id, plan) {
      const delta = sent === null ? null : planDelta(sent, plan);
      sent = plan;
      return delta === null ? { id, plan } : { id, delta };
    },
    resend: () => {
      sent = null;
    },
  };
}
