import type { CheckResult } from '../../shared/checks/checkPlan.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';

/** To the checks worker: check this plan; `registry` only when it changed (null: none). */
export interface CheckRequest {
  id: number;
  plan: Plan;
  registry?: RegistryDoc[] | null;
}

/** From the checks worker: the result of request `id`, or the error that stopped it. */
export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };
