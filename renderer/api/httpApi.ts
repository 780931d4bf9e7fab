import type { Envelope, ErrorCode } from '../../shared/contract/appError.ts';
import { operationNames } from '../../shared/contract/operationNames.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function failure(code: ErrorCode, message: string, messageEn: string, detail?: string): Envelope<never> {
  return {
    ok: false,
    error: detail === undefined ? { code, message, messageEn } : { code, message, messageEn, detail },
  };
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const e = v as { ok: unknown; error?: { message?: unknown } };
  return e.ok === true || (e.ok === false && typeof e.error?.message === 'string');
}

/**
 * The contract over HTTP for browser mode, built from the operation table so a new operation needs
 * no code here: `POST <base>api/<operation>` with the JSON array of arguments and the run's token.
 * Every failure — network, 401, a reply that is not an envelope — comes back as an error envelope,
 * so callers handle one shape and nothing is swallowed.
 */
export function createHttpApi(token: string, options: { base?: string; fetch?: Fetch } = {}): RendererApi {
  const base = options.base ?? '/';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const call = async (name: string, args: unknown[]): Promise<Envelope<unknown>> => {
    let res: Response;
    try {
      res = await doFetch(`${base}api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(args),
      });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return failure(
        'network',
        'Không kết nối được với PlanDraft (ứng dụng đã tắt?). Hãy mở lại PlanDraft rồi thử lại.',
        'Cannot reach PlanDraft (has it been closed?). Start PlanDraft again and retry.',
        `${name}: ${detail}`,
      );
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    if (isEnvelope(body)) return body;
    if (res.status === 401) {
      return failure(
        'unauthorized',
        'Mã truy cập không hợp lệ. Hãy mở lại đúng địa chỉ PlanDraft đã in ra (có phần #token=…).',
        'Invalid access token. Open the exact address PlanDraft printed (with its #token=… part).',
      );
    }
    return failure(
      'bad_reply',
      'PlanDraft trả lời không đúng dạng; hãy thử lại hoặc khởi động lại ứng dụng.',
      'PlanDraft sent a reply in the wrong form; try again or restart the application.',
      `HTTP ${res.status} ${name}`,
    );
  };
  const api: Record<string, (...args: unknown[]) => Promise<Envelope<unknown>>> = {};
  for (const name of operationNames) api[name] = (...args) => call(name, args);
  return api as unknown as RendererApi;
}
