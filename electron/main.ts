import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  protocol,
  session,
  shell,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { errorInfo } from '../shared/contract/appError.ts';
import { CONTENT_SECURITY_POLICY } from '../shared/contract/contentSecurityPolicy.ts';
import { createBackend, type Backend } from './backend/backend.ts';
import { resolveDataDir } from './backend/dataDir.ts';
import { registerIpc, type TrustedPages } from './ipc.ts';
import { APP_INDEX_URL, APP_ORIGIN, registerAppScheme, serveApp } from './appProtocol.ts';
import { desktopJobs } from './desktopJobs.ts';

/** The only permission the page may use: writing plain text to the clipboard (copy buttons). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** The renderer gets no Node, runs sandboxed and isolated, and sees only the preload's `window.api`. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/**
 * A link the user may open in their browser: http(s) only, no embedded credentials. Everything
 * else (file:, javascript:, custom schemes that launch other programs) is never handed to the OS.
 */
export function externalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Every web contents stays on the app's page: navigation is refused (a clicked web link opens in
 * the user's browser instead), new windows are refused likewise, and no <webview> may attach.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    const url = externalUrl(event.url);
    if (url !== null) openExternal(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external !== null) openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** CSP on every response (null: leave the dev server's own headers alone) and no device permissions. */
export function applySessionPolicy(ses: Session, csp: string | null): void {
  if (csp !== null) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/**
 * The desktop app: one instance per data folder (two would write the same SQLite workspace), one
 * window on the built renderer, the contract served over IPC, the back end closed on quit.
 */
export function startApp(env: NodeJS.ProcessEnv = process.env): void {
  // Same folder as the CLI and the browser host; Electron is told so that its own data (and the
  // single-instance lock, which is keyed on it) lives there too.
  const dataDir = resolveDataDir(env);
  app.setPath('userData', dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId('vn.plandraft.app');
  // Before ready: the renderer is served from app://plandraft/, never from file://.
  registerAppScheme(protocol);

  // The app folder (app.asar when packaged) holds package.json, templates/, dist/ and dist-electron/.
  const appDir = app.getAppPath();
  const indexPath = path.join(appDir, 'dist', 'renderer', 'index.html');
  const preloadPath = path.join(appDir, 'dist-electron', 'preload.cjs');
  const devServerUrl = app.isPackaged ? undefined : env.PLANDRAFT_DEV_SERVER_URL?.trim() || undefined;
  const pages: TrustedPages = {
    indexFileUrl: pathToFileURL(indexPath).href,
    appOrigin: APP_ORIGIN,
    ...(devServerUrl !== undefined ? { devServerOrigin: new URL(devServerUrl).origin } : {}),
  };

  let backend: Backend | null = null;
  let unregisterIpc: (() => void) | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    const win = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'PlanDraft',
      webPreferences: secureWebPreferences(preloadPath),
    });
    mainWindow = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    const loading = devServerUrl !== undefined ? win.loadURL(devServerUrl) : win.loadURL(APP_INDEX_URL);
    loading.catch((e: unknown) => {
      console.error('Không mở được giao diện / Could not load the renderer:', e);
    });
  };

  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (url) => {
      void shell.openExternal(url);
    }),
  );
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend !== null && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    unregisterIpc?.();
    unregisterIpc = null;
    backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(() => {
      backend = createBackend({ dataDir, resourcesDir: appDir, host: 'electron', jobs: desktopJobs(appDir) });
      if (devServerUrl === undefined) serveApp(protocol, path.dirname(indexPath), CONTENT_SECURITY_POLICY);
      applySessionPolicy(session.defaultSession, devServerUrl !== undefined ? null : CONTENT_SECURITY_POLICY);
      unregisterIpc = registerIpc(backend.handlers, pages);
      openWindow();
    })
    .catch((e: unknown) => {
      const info = errorInfo(e);
      dialog.showErrorBox(
        'PlanDraft',
        `Không khởi động được PlanDraft: ${info.message}\n\nPlanDraft could not start: ${info.messageEn}\n\n${dataDir}`,
      );
      app.exit(1);
    });
}

startApp();
