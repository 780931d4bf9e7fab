import { describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/contract/operations.ts';
import { createHttpApi } from './httpApi.ts';
import { hashWithoutToken, takeToken } from './token.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(reply: () => Response | Promise<Response>): {
  calls: Call[];
  fetch: (u: string, i: RequestInit) => Promise<Response>;
} {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return reply();
    },
  };
}

describe('createHttpApi', () => {
  it('has one function per operation of the contract', () => {
    const api = createHttpApi('t') as unknown as Record<string, unknown>;
    for (const name of operationNames) expect(typeof api[name]).toBe('function');
  });

  it('posts the argument array with the bearer token and returns the envelope', async () => {
    const f = fakeFetch(() => Response.json({ ok: true, value: { revision: 3, updatedAt: 'x' } }));
    const api = createHttpApi('abc123', { fetch: f.fetch });
    const r = await api.exportPlan('p-1', { draft: true });
    expect(r).toEqual({ ok: true, value: { revision: 3, updatedAt: 'x' } });
    expect(f.calls).toHaveLength(1);
    const call = f.calls[0];
    expect(call?.url).toBe('/api/exportPlan');
    expect(call?.init.method).toBe('POST');
    expect((call?.init.headers as Record<string, string>).Authorization).toBe('Bearer abc123');
    expect(JSON.parse(String(call?.init.body))).toEqual(['p-1', { draft: true }]);
  });

  it('passes error envelopes through with their Vietnamese message', async () => {
    const error = { code: 'not_found', message: 'Không tìm thấy kế hoạch', messageEn: 'Plan not found' };
    const f = fakeFetch(() => Response.json({ ok: false, error }, { status: 404 }));
    expect(await createHttpApi('t', { fetch: f.fetch }).getPlan('x')).toEqual({ ok: false, error });
  });

  it('turns a 401 without envelope, a garbage reply and a network failure into error envelopes', async () => {
    const unauthorized = await createHttpApi('t', {
      fetch: fakeFetch(() => new Response('no', { status: 401 })).fetch,
    }).listPlans();
    expect(!unauthorized.ok && unauthorized.error.code).toBe('unauthorized');
    expect(!unauthorized.ok && unauthorized.error.message).toContain('Mã truy cập');

    const garbage = await createHttpApi('t', {
      fetch: fakeFetch(() => new Response('<html>', { status: 500 })).fetch,
    }).listPlans();
    expect(!garbage.ok && garbage.error.code).toBe('bad_reply');

    const down = await createHttpApi('t', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    }).listPlans();
    expect(!down.ok && down.error.message).toContain('Không kết nối được');
  });
});

describe('token', () => {
  function memoryStorage(): Storage {
    const m = new Map<string, string>();
    return {
      get length() {
        return m.size;
      },
      clear: () => m.clear(),
      getItem: (k) => m.get(k) ?? null,
      key: (i) => [...m.keys()][i] ?? null,
      removeItem: (k) => void m.delete(k),
      setItem: (k, v) => void m.set(k, v),
    };
  }

  it('takes the token from the fragment and keeps it for the reload', () => {
    const s = memoryStorage();
    expect(takeToken({ hash: '#token=f00d%2Bbeef' }, s)).toBe('f00d+beef');
    expect(takeToken({ hash: '' }, s)).toBe('f00d+beef');
    expect(takeToken({ hash: '#/plan/p-1' }, memoryStorage())).toBeNull();
  });

  it('removes only the token from the fragment', () => {
    expect(hashWithoutToken('#token=abc')).toBe('');
    expect(hashWithoutToken('#/plan/p1&token=abc')).toBe('#/plan/p1');
  });
});
