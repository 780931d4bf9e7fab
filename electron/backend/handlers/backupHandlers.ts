import type { Handlers } from '../../../shared/contract/operations.ts';
import type { Workspace } from '../workspace.ts';

/** Backups and recovery: these work even when the workspace could not be opened. */
export function backupHandlers(
  workspace: Workspace,
): Pick<Handlers, 'workspaceStatus' | 'listBackups' | 'createBackup' | 'restoreBackup' | 'salvageWorkspace'> {
  return {
    workspaceStatus: () => workspace.status(),
    listBackups: () => workspace.list(),
    createBackup: () => workspace.backup('manual'),
    restoreBackup: (id) => workspace.restore(id),
    salvageWorkspace: () => workspace.salvage(),
  };
}
