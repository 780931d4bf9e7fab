import type { AgencyIndex } from '../../../shared/agencies/agencyIndex.ts';
import type { RegistryLookup } from '../../../shared/registry/registryDoc.ts';
import { readOnlyAgencyIndex } from '../../backend/agencies/workspaceAgencies.ts';
import { resolveDataDir } from '../../backend/dataDir.ts';
import { openRegistryReadOnly } from '../../backend/registry/openRegistryReadOnly.ts';
import { sourceResourcesDir } from '../../backend/sourceResourcesDir.ts';
import type { CliIo } from '../command.ts';

// The workspace as the checks read it, never written; apart from readCheckInput so that a command
// that reads only plan JSON (export, rollover) does not load the .docx and .txt importers.

/**
 * The built-in registry seed plus the workspace registry, read-only: the citation commands never
 * create or change the workspace. Without either, the checks run without a registry.
 */
export function withRegistry<T>(io: CliIo, run: (registry: RegistryLookup | null) => T): T {
  let opened: ReturnType<typeof openRegistryReadOnly> | null;
  try {
    opened = openRegistryReadOnly({ dataDir: resolveDataDir(io.env), resourcesDir: sourceResourcesDir() });
  } catch {
    opened = null;
  }
  try {
    return run(opened?.lookup ?? null);
  } finally {
    opened?.close();
  }
}

/** The agency directory for the checks and rollover, read-only (workspace, else built-in); none if unreadable. */
export function readOnlyAgencies(io: CliIo): AgencyIndex | null {
  try {
    return readOnlyAgencyIndex({ dataDir: resolveDataDir(io.env), resourcesDir: sourceResourcesDir() });
  } catch {
    return null;
  }
}
