import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../shared/contract/appError.ts';
import { operationNames } from '../shared/contract/operations.ts';

type Fn = (...args: never[]) => unknown;

/** A stand-in for the `electron` module that records what main.ts asks of it. */
const m = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Fn>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; shown: boolean }[],
    ipcChannels: new Set<string>(),
    lock: true,
    backendError: null as Error | null,
    backendClosed: 0,
    headersListener: null as Fn | null,
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
  };
  class FakeWindow {
    static getAllWindows = (): unknown[] => state.windows;
    readonly record: (typeof state.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], shown: false };
      state.windows.push(this.record);
    }
    once(event: string, fn: () => void): void {
      if (event === 'ready-to-show') fn();
    }
    on(): void {}
    show(): void {
      this.record.shown = true;
    }
    loadFile(file: string): Promise<void> {
      this.record.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      setPath: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      setAppUserModelId: vi.fn(),
      getAppPath: vi.fn(() => '/opt/PlanDraft/resources/app.asar'),
      on: vi.fn((event: string, fn: Fn) => state.appListeners.set(event, fn)),
      whenReady: vi.fn(() => Promise.resolve()),
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    ipcMain: {
      handle: vi.fn((channel: string, _listener: Fn) => state.ipcChannels.add(channel)),
      removeHandler: vi.fn((channel: string) => state.ipcChannels.delete(channel)),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn((fn: Fn) => (state.headersListener = fn)) },
        setPermissionRequestHandler: vi.fn((fn: Fn) => (state.permissionRequest = fn)),
        setPermissionCheckHandler: vi.fn((fn: Fn) => (state.permissionCheck = fn)),
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => m.electron);
vi.mock('./backend/backend.ts', () => ({
  createBackend: vi.fn((options: unknown) => {
    if (m.state.backendError) throw m.state.backendError;
    return {
      options,
      handlers: {},
      close: () => {
        m.state.backendClosed += 1;
      },
    };
  }),
}));

const home = path.join('/tmp', 'Thư mục làm việc PlanDraft');

// main.ts starts the app when loaded (as Electron runs it); each test below clears the recorded
// state and starts it again, in the same module registry so that AppError stays one class.
const { startApp } = await import('./main.ts');
const { createBackend } = await import('./backend/backend.ts');

/** Starts the app against the fake electron and lets `whenReady` settle. */
async function boot(): Promise<void> {
  startApp();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function listener(event: string): Fn {
  const fn = m.state.appListeners.get(event);
  if (!fn) throw new Error(`main.ts did not listen to app "${event}"`);
  return fn;
}

/** Fake web contents: records its listeners and window-open handler. */
function fakeContents() {
  const on = new Map<string, Fn>();
  let openHandler: Fn | null = null;
  return {
    on: (event: string, fn: Fn) => on.set(event, fn),
    setWindowOpenHandler: (fn: Fn) => (openHandler = fn),
    fire(event: string, arg: object): void {
      const fn = on.get(event);
      if (!fn) throw new Error(`no "${event}" listener`);
      (fn as (a: object) => void)(arg);
    },
    open(url: string): unknown {
      if (!openHandler) throw new Error('no window open handler');
      return (openHandler as (d: object) => unknown)({ url });
    },
  };
}

beforeEach(() => {
  vi.stubEnv('PLANDRAFT_HOME', home);
  vi.stubEnv('PLANDRAFT_DEV_SERVER_URL', '');
  m.state.appListeners.clear();
  m.state.windows.length = 0;
  m.state.ipcChannels.clear();
  m.state.lock = true;
  m.state.backendError = null;
  m.state.backendClosed = 0;
  m.state.headersListener = null;
  vi.clearAllMocks();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main process', () => {
  it('uses the shared data folder as userData, and takes the single-instance lock', async () => {
    await boot();
    expect(m.electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve(home));
    // The lock is keyed on userData, so the folder must be set first.
    expect(m.electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      m.electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
    expect(createBackend).toHaveBeenCalledWith({
      dataDir: path.resolve(home),
      resourcesDir: '/opt/PlanDraft/resources/app.asar',
      host: 'electron',
      // Issue 12: import and export jobs run in a worker thread when the bundle is there (inline here).
      jobs: expect.objectContaining({ run: expect.any(Function) }),
    });
  });

  it('opens one secure window on the built renderer with the bundled preload', async () => {
    await boot();
    expect(m.state.windows).toHaveLength(1);
    const win = m.state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: path.join('/opt/PlanDraft/resources/app.asar', 'dist-electron', 'preload.cjs'),
    });
    // Issue 12: the renderer comes from the privileged app:// scheme, served from app.asar's dist/renderer.
    expect(win.loaded).toEqual(['app://plandraft/index.html']);
    expect(m.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(m.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(win.shown).toBe(true);
  });

  it('serves every contract operation over IPC to that page only', async () => {
    await boot();
    expect([...m.state.ipcChannels].sort()).toEqual(operationNames.map((n) => `plandraft:${n}`).sort());
    const listen = m.electron.ipcMain.handle.mock.calls.find(([c]) => c === 'plandraft:listPlans');
    const handler = listen?.[1] as unknown as (event: unknown, args: unknown) => Promise<unknown>;
    const own = pathToFileURL('/opt/PlanDraft/resources/app.asar/dist/renderer/index.html').href;
    const foreign = await handler({ senderFrame: { url: 'https://example.com/', parent: null } }, []);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    // The fake back end has no handlers, so the trusted call gets past the sender check and fails inside.
    const trusted = await handler({ senderFrame: { url: own, parent: null } }, []);
    expect(trusted).toMatchObject({ ok: false, error: { code: 'internal' } });
    const app = await handler(
      { senderFrame: { url: 'app://plandraft/index.html#/plans/1', parent: null } },
      [],
    );
    expect(app).toMatchObject({ ok: false, error: { code: 'internal' } });
    const otherApp = await handler({ senderFrame: { url: 'app://evil/index.html', parent: null } }, []);
    expect(otherApp).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('sends a strict CSP with every response and grants no device permission', async () => {
    await boot();
    const onHeaders = m.state.headersListener as unknown as (
      details: object,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    expect(onHeaders).not.toBeNull();
    let headers: Record<string, string[]> = {};
    onHeaders({ url: 'file:///x/index.html', responseHeaders: { 'X-Khác': ['giữ nguyên'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers['X-Khác']).toEqual(['giữ nguyên']);
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const decide = (permission: string): boolean => {
      let granted: boolean | undefined;
      (m.state.permissionRequest as unknown as (w: null, p: string, cb: (g: boolean) => void) => void)(
        null,
        permission,
        (g) => (granted = g),
      );
      return granted ?? true;
    };
    expect(decide('media')).toBe(false);
    expect(decide('geolocation')).toBe(false);
    expect(decide('clipboard-sanitized-write')).toBe(true);
    expect(
      (m.state.permissionCheck as unknown as (w: null, p: string) => boolean)(null, 'notifications'),
    ).toBe(false);
  });

  it('denies navigation and new windows; opens only http(s) links in the browser', async () => {
    await boot();
    const contents = fakeContents();
    (listener('web-contents-created') as (e: object, c: unknown) => void)({}, contents);

    for (const url of [
      'https://thuvienphapluat.vn/van-ban/Nghi-dinh-30-2020',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      const preventDefault = vi.fn();
      contents.fire('will-navigate', { url, preventDefault });
      expect(preventDefault).toHaveBeenCalled();
    }
    expect(m.electron.shell.openExternal.mock.calls).toEqual([
      ['https://thuvienphapluat.vn/van-ban/Nghi-dinh-30-2020'],
    ]);

    m.electron.shell.openExternal.mockClear();
    expect(contents.open('https://moj.gov.vn/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(contents.open('https://user:pass@evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('ms-msdt:/id PCWDiagnostic')).toEqual({ action: 'deny' });
    expect(m.electron.shell.openExternal.mock.calls).toEqual([['https://moj.gov.vn/']]);

    const preventWebview = vi.fn();
    contents.fire('will-attach-webview', { preventDefault: preventWebview });
    expect(preventWebview).toHaveBeenCalled();
  });

  it('closes the back end and removes the IPC handlers on quit', async () => {
    await boot();
    expect(m.state.backendClosed).toBe(0);
    (listener('will-quit') as () => void)();
    expect(m.state.backendClosed).toBe(1);
    expect(m.state.ipcChannels.size).toBe(0);
    (listener('will-quit') as () => void)();
    expect(m.state.backendClosed).toBe(1);
  });

  it('a second instance quits at once without opening the workspace', async () => {
    m.state.lock = false;
    await boot();
    expect(m.electron.app.quit).toHaveBeenCalled();
    expect(m.state.windows).toHaveLength(0);
    expect(createBackend).not.toHaveBeenCalled();
  });

  it('tells the user in Vietnamese and English when the workspace cannot be opened', async () => {
    m.state.backendError = new AppError(
      'database_too_new',
      'Cơ sở dữ liệu do phiên bản mới hơn tạo ra.',
      'The database was created by a newer version.',
    );
    await boot();
    expect(m.state.windows).toHaveLength(0);
    const [title, text] = m.electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('PlanDraft');
    expect(text).toContain('Cơ sở dữ liệu do phiên bản mới hơn tạo ra.');
    expect(text).toContain('The database was created by a newer version.');
    expect(m.electron.app.exit).toHaveBeenCalledWith(1);
  });
});
