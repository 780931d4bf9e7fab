import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../shared/contract/appError.ts';
import { operationNames, type Handlers } from '../shared/contract/operations.ts';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const { registerIpc, isTrustedPageUrl } = await import('./ipc.ts');

const indexPath = '/opt/Kế hoạch/PlanDraft/resources/app.asar/dist/renderer/index.html';
const pages = { indexFileUrl: pathToFileURL(indexPath).href };

/** An IPC event from a frame showing `url`; `parent` non-null makes it an iframe. */
function eventFrom(url: string, parent: object | null = null): unknown {
  return { senderFrame: { url, parent } };
}

const calls: unknown[][] = [];
const handlers = Object.fromEntries(
  operationNames.map((name) => [
    name,
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return { handledBy: name };
    },
  ]),
) as unknown as Handlers;

async function invoke(name: string, event: unknown, args: unknown): Promise<Envelope<unknown>> {
  const listener = electron.handlers.get(`plandraft:${name}`);
  if (!listener) throw new Error(`no handler for ${name}`);
  return (await listener(event, args)) as Envelope<unknown>;
}

describe('registerIpc', () => {
  beforeEach(() => {
    electron.handlers.clear();
    calls.length = 0;
  });

  it('registers exactly one handler per contract operation, and removes them all', () => {
    const unregister = registerIpc(handlers, pages);
    expect([...electron.handlers.keys()].sort()).toEqual(operationNames.map((n) => `plandraft:${n}`).sort());
    expect(operationNames).toContain('savePlan');
    unregister();
    expect(electron.handlers.size).toBe(0);
  });

  it('dispatches a call from the app page to the back end with its arguments', async () => {
    registerIpc(handlers, pages);
    const r = await invoke('getPlan', eventFrom(`${pages.indexFileUrl}#/plans/abc`), ['kế-hoạch-2021']);
    expect(r).toEqual({ ok: true, value: { handledBy: 'getPlan' } });
    expect(calls).toEqual([['getPlan', 'kế-hoạch-2021']]);
  });

  it('refuses a foreign sender with an envelope error and never reaches the back end', async () => {
    registerIpc(handlers, pages);
    const foreign = [
      eventFrom('https://example.com/'),
      eventFrom(pathToFileURL('/tmp/trang độc hại.html').href),
      eventFrom(pathToFileURL('/opt/Kế hoạch/PlanDraft/resources/app.asar/dist/renderer/other.html').href),
      eventFrom(pages.indexFileUrl, { url: 'https://example.com/' }), // an iframe, even of our page
      { senderFrame: null }, // frame navigated away or destroyed
    ];
    for (const event of foreign) {
      const r = await invoke('listPlans', event, []);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('forbidden_sender');
        expect(r.error.message).toContain('từ chối');
      }
    }
    expect(calls).toEqual([]);
  });

  it('validates the arguments with the contract: a bad argument gives invalid_arguments', async () => {
    registerIpc(handlers, pages);
    const event = eventFrom(pages.indexFileUrl);
    const bad = await invoke('getPlan', event, [42]);
    expect(!bad.ok && bad.error.code).toBe('invalid_arguments');
    const badSave = await invoke('savePlan', event, ['abc', { tiêu_đề: 'Kế hoạch' }, { kind: 'autosave' }]);
    expect(!badSave.ok && badSave.error.code).toBe('invalid_arguments');
    expect(calls).toEqual([]);
  });
});

describe('isTrustedPageUrl', () => {
  it('accepts the same file however Chromium escapes it, and nothing beside it', () => {
    expect(isTrustedPageUrl(pages.indexFileUrl, pages)).toBe(true);
    const escapedDifferently = pages.indexFileUrl.replace('%E1%BA%BF', '\u1EBF'); // "ế" unescaped
    expect(escapedDifferently).not.toBe(pages.indexFileUrl);
    expect(isTrustedPageUrl(escapedDifferently, pages)).toBe(true);
    expect(isTrustedPageUrl(`${pages.indexFileUrl}?x=1#/editor`, pages)).toBe(true);
    expect(isTrustedPageUrl(pages.indexFileUrl.replace('index.html', 'index.html.evil'), pages)).toBe(false);
    expect(isTrustedPageUrl('file:///etc/passwd', pages)).toBe(false);
    expect(isTrustedPageUrl('không phải URL', pages)).toBe(false);
  });

  it('treats Windows paths case-insensitively', () => {
    const win = {
      indexFileUrl: 'file:///C:/Program%20Files/PlanDraft/resources/app.asar/dist/renderer/index.html',
    };
    const chromium = 'file:///c:/Program%20Files/PlanDraft/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedPageUrl(chromium, win, 'win32')).toBe(true);
    expect(isTrustedPageUrl(chromium, win, 'linux')).toBe(false);
  });

  it('accepts the dev server only when one is configured, and only its origin', () => {
    const dev = { ...pages, devServerOrigin: 'http://localhost:5173' };
    expect(isTrustedPageUrl('http://localhost:5173/#/plans', dev)).toBe(true);
    expect(isTrustedPageUrl('http://localhost:5173/#/plans', pages)).toBe(false);
    expect(isTrustedPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});
