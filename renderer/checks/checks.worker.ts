import { createAgencyIndex, type AgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import { createPlanChecker } from '../../shared/checks/checkPlan.ts';
import { createMemoryRegistry, type MemoryRegistry } from '../../shared/registry/memoryRegistry.ts';
import type { CheckRequest, CheckResponse } from './checksWorkerProtocol.ts';

/**
 * The live checks of the open plan, off the page's main thread (issue 13: a re-check of the 100-page
 * plan takes tens of milliseconds, which typing must never wait for). One checker per worker, so its
 * parse cache re-parses only the texts an edit changed; the worker lives as long as the checks panel.
 */
const checker = createPlanChecker();
let registry: MemoryRegistry | null = null;
let agencies: AgencyIndex | null = null;

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, plan } = e.data;
  let reply: CheckResponse;
  try {
    if (e.data.registry !== undefined)
      registry = e.data.registry ? createMemoryRegistry(e.data.registry) : null;
    if (e.data.agencies !== undefined)
      agencies = e.data.agencies
        ? createAgencyIndex(e.data.agencies.entries, e.data.agencies.province)
        : null;
    reply = { id, result: checker.check(plan, { registry, agencies }) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
