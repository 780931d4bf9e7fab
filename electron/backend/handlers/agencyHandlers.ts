import type { agencyOperations } from '../../../shared/contract/agencyOperations.ts';
import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import { AgencyStore } from '../agencies/agencyStore.ts';
import { loadBuiltinAgencies } from '../agencies/builtinAgencies.ts';
import type { BackendContext } from '../context.ts';

/** The agency directory; the built-in entries are brought in step when the workspace opens. */
export function agencyHandlers(ctx: BackendContext): FeatureHandlers<typeof agencyOperations> {
  const store = new AgencyStore(ctx.db);
  store.syncSeed(loadBuiltinAgencies(ctx.resourcesDir));
  return {
    listAgencies: () => store.view([]),
    addAgency: (input) => store.add(input),
    updateAgency: (id, input) => store.update(id, input),
    deleteAgency: (id) => store.delete(id),
    mergeAgencies: (from, into) => store.merge(from, into),
    importAgenciesCsv: (text) => store.importCsv(text),
    exportAgenciesCsv: () => store.exportCsv(),
    setAgencyProvince: (province) => store.setProvince(province),
    noteAgencyName: (planId, name) => {
      ctx.plans.get(planId);
      return store.noteName(planId, name);
    },
  };
}
