import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorCode } from '../../shared/contract/appError.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { isOperationName, type Handlers } from '../../shared/contract/operations.ts';
import { contentTypeOf } from '../contentTypes.ts';

/**
 * Browser-mode host: the same contract as Electron's IPC, over HTTP on 127.0.0.1 only.
 * A per-run token travels in the page URL's fragment (never sent to the server by the browser) and
 * comes back as `Authorization: Bearer <token>` on every call. No operation takes a file path:
 * binary payloads cross as base64 in JSON.
 */
export interface WebHostOptions {
  handlers: Handlers;
  /** Built renderer (index.html and assets). */
  staticDir: string;
  port: number;
  token?: string;
  /** Largest accepted request body (an imported Word file arrives as base64 JSON). */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(data),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(data);
}

function httpError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  messageEn: string,
): void {
  sendJson(res, status, { ok: false, error: { code, message, messageEn } });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The request body, or null when it passes `limit`. An oversized body is still read to its end (and
 * thrown away) so that the 413 reply reaches the client instead of a reset connection; a body past
 * four times the limit is cut off.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 4 * limit) {
        resolve(null);
        req.destroy();
        return;
      }
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** decodeURIComponent, or null for a malformed %-escape (answered 400, not 500). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const staticRoot = path.resolve(options.staticDir);
  let port = options.port;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        httpError(res, 500, 'internal', `Lỗi máy chủ: ${String(e)}`, `Server error: ${String(e)}`);
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only pages served by this host may call it: refuse other Host headers (DNS rebinding).
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      httpError(res, 403, 'forbidden_host', 'Địa chỉ truy cập không được phép.', 'Host not allowed.');
      return;
    }
    // A page of another site may not call the host, even with a stolen token (browsers always send
    // Origin on cross-origin requests and on POST).
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      httpError(res, 403, 'forbidden_origin', 'Nguồn gọi không được phép.', 'Origin not allowed.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      httpError(res, 400, 'bad_request', 'Địa chỉ yêu cầu không hợp lệ.', 'Malformed request path.');
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      httpError(res, 405, 'method_not_allowed', 'Phương thức không được hỗ trợ.', 'Method not allowed.');
      return;
    }
    serveStatic(pathname, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      httpError(res, 405, 'method_not_allowed', 'Chỉ chấp nhận POST.', 'Only POST is accepted.');
      return;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      httpError(
        res,
        401,
        'unauthorized',
        'Thiếu hoặc sai mã truy cập (token).',
        'Missing or wrong access token.',
      );
      return;
    }
    if (!isOperationName(name)) {
      httpError(
        res,
        404,
        'unknown_operation',
        `Thao tác không tồn tại: ${name}`,
        `Unknown operation: ${name}`,
      );
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      httpError(res, 413, 'too_large', 'Dữ liệu gửi lên quá lớn.', 'Request body too large.');
      return;
    }
    let args: unknown;
    try {
      args = JSON.parse(body.toString('utf8') || '[]');
    } catch {
      httpError(
        res,
        400,
        'bad_json',
        'Nội dung yêu cầu không phải JSON hợp lệ.',
        'The request body is not valid JSON.',
      );
      return;
    }
    if (!Array.isArray(args)) {
      httpError(
        res,
        400,
        'bad_json',
        'Nội dung yêu cầu phải là một mảng JSON các tham số.',
        'The request body must be a JSON array of arguments.',
      );
      return;
    }
    sendJson(res, 200, await dispatch(options.handlers, name, args));
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(staticRoot, rel);
    if (!file.startsWith(staticRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Không tìm thấy / Not found');
      return;
    }
    const type = contentTypeOf(file);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
