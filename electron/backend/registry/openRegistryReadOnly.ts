import path from 'node:path';
import { combineLookups, createMemoryRegistry } from '../../../shared/registry/memoryRegistry.ts';
import type { RegistryLookup } from '../../../shared/registry/registryDoc.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { openDatabaseReadOnly } from '../store/openDatabase.ts';
import { loadBuiltinSeed } from './builtinSeed.ts';
import { hasRegistryTables, sqliteRegistryLookup } from './registryStore.ts';

export interface ReadOnlyRegistry {
  lookup: RegistryLookup;
  /** Whether a workspace registry was found and used besides the built-in seed. */
  workspace: boolean;
  close(): void;
}

/**
 * The registry for commands that must never create or change the workspace (`plandraft check`):
 * the workspace database opened read-only if it exists — never created — combined with the built-in
 * seed. Workspace entries win; a seed entry the workspace holds under the same id (edited or deleted
 * there by the user) is left out, so a user's correction is what the checks see.
 */
export function openRegistryReadOnly(options: { dataDir: string; resourcesDir: string }): ReadOnlyRegistry {
  const seed = loadBuiltinSeed(options.resourcesDir);
  const db = openDatabaseReadOnly(path.join(options.dataDir, DATABASE_FILE));
  if (db === null || !hasRegistryTables(db)) {
    db?.close();
    return { lookup: createMemoryRegistry(seed.documents), workspace: false, close: () => {} };
  }
  try {
    const known = new Set(
      (db.prepare('SELECT id FROM registry_docs').all() as { id: string }[]).map((r) => r.id),
    );
    const seedOnly = createMemoryRegistry(seed.documents.filter((d) => !known.has(d.id)));
    return {
      lookup: combineLookups(sqliteRegistryLookup(db), seedOnly),
      workspace: true,
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
