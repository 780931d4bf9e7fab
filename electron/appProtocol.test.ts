import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appFilePath, registerAppScheme, serveApp } from './appProtocol.ts';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-app-'));
  fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'renderer', 'index.html'),
    '<!doctype html><title>Soạn thảo Kế hoạch</title>',
  );
  fs.writeFileSync(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'không được đọc');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('is registered privileged like https', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => calls.push(s) });
    expect(calls).toEqual([
      [
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ],
    ]);
  });

  it('maps only paths inside the renderer folder', () => {
    const dir = path.join(root, 'renderer');
    expect(appFilePath(APP_INDEX_URL, dir)).toBe(path.join(dir, 'index.html'));
    expect(appFilePath('app://plandraft/', dir)).toBe(path.join(dir, 'index.html'));
    expect(appFilePath('app://plandraft/assets/app.js?v=1#x', dir)).toBe(path.join(dir, 'assets', 'app.js'));
    expect(appFilePath('app://plandraft/..%2fsecret.txt', dir)).toBeNull();
    // The URL parser resolves a dot-segment at the root to the root: still inside the folder.
    expect(appFilePath('app://plandraft/%2e%2e/secret.txt', dir)).toBe(path.join(dir, 'secret.txt'));
    expect(appFilePath('app://plandraft/%E0%A4%A', dir)).toBeNull();
    expect(appFilePath('app://other/index.html', dir)).toBeNull();
    expect(appFilePath('file:///etc/passwd', dir)).toBeNull();
  });

  it('serves files with their type and the CSP, 404 for anything else', async () => {
    let handler: ((r: Request) => Promise<Response>) | null = null;
    serveApp(
      { handle: (scheme, h) => void (scheme === 'app' && (handler = h as never)) },
      path.join(root, 'renderer'),
      "default-src 'none'",
    );
    expect(handler).not.toBeNull();
    const page = await handler!({ url: APP_INDEX_URL } as Request);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await page.text()).toContain('Soạn thảo Kế hoạch');
    const escape = await handler!({ url: 'app://plandraft/..%2fsecret.txt' } as Request);
    expect(escape.status).toBe(404);
    const missing = await handler!({ url: 'app://plandraft/khong-co.js' } as Request);
    expect(missing.status).toBe(404);
  });
});

describe('packaging', () => {
  it('turns the grantFileProtocolExtraPrivileges fuse off (nothing is loaded from file://)', () => {
    const yml = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^\s+grantFileProtocolExtraPrivileges: false$/m);
  });
});
