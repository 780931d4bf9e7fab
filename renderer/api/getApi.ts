import type { RendererApi } from '../../shared/contract/operations.ts';
import { createHttpApi } from './httpApi.ts';
import { hashWithoutToken, takeToken } from './token.ts';

export type ApiSource = { kind: 'electron' | 'web'; api: RendererApi } | { kind: 'no-token' };

/** Under Electron the preload exposes `window.api`; otherwise this is browser mode over HTTP. */
export function getApi(): ApiSource {
  if (window.api) return { kind: 'electron', api: window.api };
  const token = takeToken(window.location, window.sessionStorage);
  if (window.location.hash.includes('token=')) {
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}${hashWithoutToken(window.location.hash)}`);
  }
  if (!token) return { kind: 'no-token' };
  return { kind: 'web', api: createHttpApi(token) };
}
