import type { FeatureHandlers } from '../../../shared/contract/operations.ts';
import type { registryOperations } from '../../../shared/contract/registryOperations.ts';
import type { BackendContext } from '../context.ts';
import { loadBuiltinSeed } from '../registry/builtinSeed.ts';
import { RegistryStore } from '../registry/registryStore.ts';

/** Where an entry added from a plan's citation says it came from, until the user names a better source. */
const FROM_CITATION_SOURCE = 'Thêm từ trích dẫn trong kế hoạch (chưa đối chiếu nguồn)';

/** The registry of legal documents; the built-in seed is brought in step when the workspace opens. */
export function registryHandlers(ctx: BackendContext): FeatureHandlers<typeof registryOperations> {
  const store = new RegistryStore(ctx.db);
  store.syncSeed(loadBuiltinSeed(ctx.resourcesDir));
  return {
    listRegistry: () => store.list(),
    searchRegistry: (query) => store.search(query),
    getRegistryDoc: (id) => store.get(id),
    addRegistryDoc: (input) => store.add(input),
    updateRegistryDoc: (id, input) => store.update(id, input),
    deleteRegistryDoc: (id) => store.delete(id),
    addFromCitation: (citation) => store.addFromCitation(citation, FROM_CITATION_SOURCE),
    importRegistryCsv: (text) => store.importCsv(text),
    importRegistry: (text, options) => store.importDocuments(text, options ?? {}),
    exportRegistryCsv: () => store.exportCsv(),
  };
}
