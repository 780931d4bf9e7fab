import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../shared/contract/operationNames.ts';
import type { RendererApi } from '../shared/contract/operations.ts';
import { ipcChannel } from './ipcChannel.ts';

/**
 * `window.api` under Electron: one function per contract operation, built from the contract's
 * operation names so that adding an operation needs no change here. Only the zod-free name list is
 * bundled (RendererApi is a type and vanishes), which keeps this sandboxed script a few KiB. Each
 * call sends its argument array over `plandraft:<operation>` and resolves to the result envelope;
 * validation happens in the main process. Nothing else of Electron or Node is exposed (the page runs
 * sandboxed, with context isolation).
 */
export function buildRendererApi(
  invoke: (channel: string, args: unknown[]) => Promise<unknown>,
): RendererApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of operationNames) {
    const channel = ipcChannel(name);
    api[name] = (...args: unknown[]) => invoke(channel, args);
  }
  return Object.freeze(api) as unknown as RendererApi;
}

contextBridge.exposeInMainWorld(
  'api',
  buildRendererApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
