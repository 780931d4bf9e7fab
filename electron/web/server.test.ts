import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy.ts';
import { createBackend, type Backend } from '../backend/backend.ts';
import { sourceResourcesDir } from '../backend/sourceResourcesDir.ts';
import { startWebHost, type WebHost } from './server.ts';

let dir: string;
let backend: Backend;
let host: WebHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-web-'));
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PlanDraft</title>');
  backend = createBackend({
    dataDir: path.join(dir, 'data'),
    resourcesDir: sourceResourcesDir(),
    host: 'web',
  });
  host = await startWebHost({ handlers: backend.handlers, staticDir, port: 0, maxBodyBytes: 1024 * 1024 });
});
afterAll(async () => {
  await host.close();
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (op: string, body: string, auth = `Bearer ${host.token}`) =>
  fetch(`http://127.0.0.1:${host.port}/api/${op}`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body,
  });

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 with the token in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('serves the contract over POST /api/<operation> with the envelope', async () => {
    const created = await (await call('createPlan', JSON.stringify([{ templateId: 'langson-2021' }]))).json();
    expect(created.ok).toBe(true);
    const list = await (await call('listPlans', '[]')).json();
    expect(list.value[0].title).toContain('Lạng Sơn');
  });

  it('answers 401 without the token, 400 for a bad body, 404 for an unknown operation', async () => {
    expect((await call('listPlans', '[]', '')).status).toBe(401);
    expect((await call('listPlans', '[]', 'Bearer wrong-token-wrong-token-wrong')).status).toBe(401);
    expect((await call('listPlans', '{not json')).status).toBe(400);
    expect((await call('readFile', '[]')).status).toBe(404);
  });

  it('returns validation errors in the envelope (HTTP 200)', async () => {
    const res = await call('getPlan', '[42]');
    expect(res.status).toBe(200);
    expect((await res.json()).error.code).toBe('invalid_arguments');
  });

  it('serves the page with a CSP and refuses foreign Host headers and path escapes', async () => {
    const page = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const escape = await fetch(`http://127.0.0.1:${host.port}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  it('refuses a foreign Origin even with the right token, and accepts its own', async () => {
    const foreign = await fetch(`http://127.0.0.1:${host.port}/api/listPlans`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' },
      body: '[]',
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('forbidden_origin');
    const own = await fetch(`http://127.0.0.1:${host.port}/api/listPlans`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, Origin: `http://127.0.0.1:${host.port}` },
      body: '[]',
    });
    expect(own.status).toBe(200);
  });

  it('refuses a wrong Host header (DNS rebinding)', async () => {
    const res = await rawRequest({ path: '/api/listPlans', headers: { Host: 'evil.example' } });
    expect(res.status).toBe(403);
  });

  it('answers 400, not 500, for malformed %-escapes', async () => {
    expect((await fetch(`http://127.0.0.1:${host.port}/%E0%A4%A`)).status).toBe(400);
    expect((await call('%ZZlistPlans', '[]')).status).toBe(400);
  });

  it('delivers the 413 reply for an oversized body', async () => {
    const res = await call('importDocument', JSON.stringify(['a.txt', 'x'.repeat(2 * 1024 * 1024)]));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    // The host still answers afterwards.
    expect((await call('listPlans', '[]')).status).toBe(200);
  });
});

/** A request with headers fetch would not let us set (Host). */
function rawRequest(options: { path: string; headers: Record<string, string> }): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: 'POST', path: options.path, headers: options.headers },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.on('error', reject);
    req.end('[]');
  });
}
