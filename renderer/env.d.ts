/// <reference types="vite/client" />
import type { RendererApi } from '../shared/contract/operations.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in browser mode. */
    api?: RendererApi;
  }
}

export {};
