import type { CheckResult } from '../../shared/checks/checkPlan.ts';
import type { AgencyDirectoryView } from '../../shared/agencies/agencyRecords.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';

/** To the checks worker: check this plan; `registry` and `agencies` only when they changed (null: none). */
export interface CheckRequest {
  id: number;
  plan: Plan;
  registry?: RegistryDoc[] | null;
  agencies?: Pick<AgencyDirectoryView, 'entries' | 'province'> | null;
}

/** From the checks worker: the result of request `id`, or the error that stopped it. */
export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };
