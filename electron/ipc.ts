import { fileURLToPath } from 'node:url';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { AppError, type Envelope } from '../shared/contract/appError.ts';
import { dispatch } from '../shared/contract/dispatch.ts';
import { operationNames, type Handlers } from '../shared/contract/operations.ts';
import { ipcChannel } from './ipcChannel.ts';

/** The pages allowed to call the back end: the app's own renderer, or the dev server in development. */
export interface TrustedPages {
  /** file:// URL of dist/renderer/index.html (inside app.asar when packaged). */
  indexFileUrl: string;
  /** Origin of the Vite dev server (`http://localhost:5173`), only when not packaged. */
  devServerOrigin?: string;
  /** `app://plandraft`: the privileged scheme the desktop app serves its renderer from (appProtocol.ts). */
  appOrigin?: string;
}

/**
 * Is `url` the app's own page? A file:// URL must point at exactly our index.html (query and
 * fragment ignored), so another local HTML file opened somehow gets no access; an http(s) URL must
 * be the dev server's origin, and only when one is configured.
 */
export function isTrustedPageUrl(url: string, pages: TrustedPages, platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A custom scheme's URL.origin is "null": compare scheme and host instead.
  if (pages.appOrigin !== undefined && parsed.protocol === 'app:') {
    return `${parsed.protocol}//${parsed.host}` === pages.appOrigin;
  }
  if (parsed.protocol === 'file:') {
    const mine = filePath(pages.indexFileUrl, platform);
    return mine !== null && filePath(url, platform) === mine;
  }
  if (pages.devServerOrigin !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return parsed.origin === new URL(pages.devServerOrigin).origin;
  }
  return false;
}

/** The file a file:// URL names, query and fragment dropped, percent-escapes decoded. */
function filePath(url: string, platform: NodeJS.Platform): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    parsed.search = '';
    parsed.hash = '';
    const p = fileURLToPath(parsed);
    // Windows paths are case-insensitive; Chromium and Node may spell the drive letter differently.
    return platform === 'win32' ? p.toLowerCase() : p;
  } catch {
    return null;
  }
}

/** The refusal a foreign sender gets: an envelope like any other error, never an exception. */
export function forbiddenSender(): Envelope<never> {
  return { ok: false, error: new AppError('forbidden_sender').toInfo() };
}

/**
 * Checks the frame that sent an IPC call: it must still exist, be a top-level frame (no iframe
 * can reach the back end) and show the app's own page.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, pages: TrustedPages): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isTrustedPageUrl(frame.url, pages);
}

/**
 * Registers one `ipcMain.handle` per contract operation (channel `plandraft:<operation>`). The
 * renderer sends the argument array as one value; `dispatch` validates it with the contract's zod
 * schema, so no handler ever sees unchecked input. Returns a function that removes the handlers.
 */
export function registerIpc(handlers: Handlers, pages: TrustedPages): () => void {
  const channels: string[] = [];
  for (const name of operationNames) {
    const channel = ipcChannel(name);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isTrustedSender(event, pages)) return forbiddenSender();
      return dispatch(handlers, name, args);
    });
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
