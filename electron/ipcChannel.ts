import type { OperationName } from '../shared/contract/operationNames.ts';

/**
 * The IPC channel of one contract operation. Shared by the preload bridge and the main-process
 * handlers so that the two ends cannot drift apart; the prefix keeps our channels apart from
 * Electron's own and from anything a future library might register.
 */
export const IPC_CHANNEL_PREFIX = 'plandraft:';

export function ipcChannel(name: OperationName): string {
  return `${IPC_CHANNEL_PREFIX}${name}`;
}
