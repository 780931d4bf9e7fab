import { contextBridge, ipcRenderer } from 'electron';
import { operationNames, type RendererApi } from '../shared/contract/operations.ts';
import { ipcChannel } from './ipcChannel.ts';

/**
 * `window.api` under Electron: one function per contract operation, built from the contract's
 * operation names so that adding an operation needs no change here. Each call sends its argument
 * array over `plandraft:<operation>` and resolves to the result envelope; validation happens in the
 * main process. Nothing else of Electron or Node is exposed (the page runs sandboxed, with context
 * isolation).
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
