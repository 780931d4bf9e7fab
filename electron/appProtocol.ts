import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentTypeOf } from './contentTypes.ts';

/**
 * The renderer is served from a privileged custom scheme, app://plandraft/, instead of file:// (issue
 * 12): a file:// page may read other local files and needs grantFileProtocolExtraPrivileges; an
 * app:// page sees only the built renderer folder, is a secure, standard origin of its own, and gets
 * its CSP as a real response header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'plandraft';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Before the app is ready: app:// behaves like https (standard, secure, fetch, code cache). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * The file app://plandraft/<path> names inside `rootDir`, or null: another host, a malformed escape,
 * or a path that leaves the folder (`..`, encoded or not) is never served.
 */
export function appFilePath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${rel === '/' ? '/index.html' : rel}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** After ready: answer app:// requests from `rootDir` (app.asar's dist/renderer), with the CSP. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFilePath(request.url, rootDir);
    const body = file === null ? null : await fs.readFile(file).catch(() => null);
    if (file === null || body === null) {
      return new Response('Không tìm thấy / Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
