import { describe, expect, it } from 'vitest';
import type { Envelope, ErrorInfo } from '../../shared/contract/appError.ts';
import { applyResult, emptyQueryState, isLoading, settle, StaleGuard } from './apiRequest.ts';

/** A call whose answer the test releases when it wants (to play out late replies). */
function deferred<T>() {
  let resolve!: (v: Envelope<T>) => void;
  const promise = new Promise<Envelope<T>>((r) => (resolve = r));
  return { promise, resolve };
}

const notFound: ErrorInfo = { code: 'not_found', message: 'Không tìm thấy kế hoạch', messageEn: 'Plan not found' };

describe('settle', () => {
  it('passes envelopes through and turns a thrown error into one', async () => {
    expect(await settle(async () => ({ ok: true, value: 'Kế hoạch' }))).toEqual({
      ok: true,
      value: 'Kế hoạch',
    });
    const thrown = await settle<string>(async () => {
      throw new Error('không đọc được tệp');
    });
    // The user reads what to do; the thrown text is kept for support in `detail` (issue 9 point 10).
    expect(thrown).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'Đã xảy ra lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận hỗ trợ kèm phần chi tiết kỹ thuật.',
        messageEn:
          'An unexpected error occurred. Try again; if it persists, tell support and include the technical details.',
        detail: expect.stringMatching(/^Error: không đọc được tệp/) as unknown,
      },
    });
  });
});

describe('StaleGuard', () => {
  it('lets only the latest request through, so a late first reply cannot overwrite the second', async () => {
    const guard = new StaleGuard();
    const shown: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const request = async (call: Promise<Envelope<string>>) => {
      const isCurrent = guard.begin();
      const r = await settle(() => call);
      if (isCurrent() && r.ok) shown.push(r.value);
    };
    const a = request(first.promise); // "pho bien"
    const b = request(second.promise); // "phổ biến" typed on
    second.resolve({ ok: true, value: 'phổ biến' });
    await b;
    first.resolve({ ok: true, value: 'pho bien' });
    await a;
    expect(shown).toEqual(['phổ biến']);
  });

  it('drops every reply after unmount, and counts again after a StrictMode remount', () => {
    const guard = new StaleGuard();
    const before = guard.begin();
    guard.unmount();
    expect(before()).toBe(false);
    guard.mount();
    expect(before()).toBe(true); // still the latest request
    const after = guard.begin();
    expect(before()).toBe(false);
    expect(after()).toBe(true);
  });
});

describe('query state', () => {
  const k1 = { id: 1 };
  const k2 = { id: 2 };
  const same = (a: { id: number }, b: { id: number }) => a.id === b.id;

  it('is loading until the current request is answered; idle is not loading', () => {
    const empty = emptyQueryState<string[], { id: number }>();
    expect(isLoading(empty, k1, same)).toBe(true);
    expect(isLoading(empty, null, same)).toBe(false);
    const answered = applyResult(empty, k1, { ok: true, value: ['Kế hoạch 2021'] });
    expect(isLoading(answered, k1, same)).toBe(false);
    expect(isLoading(answered, k2, same)).toBe(true);
  });

  it('keeps the last good data across an error and clears the error on success', () => {
    const ok = applyResult(emptyQueryState<string[], { id: number }>(), k1, { ok: true, value: ['2021'] });
    const failed = applyResult(ok, k2, { ok: false, error: notFound });
    expect(failed).toEqual({ key: k2, data: ['2021'], error: notFound });
    expect(applyResult(failed, k1, { ok: true, value: ['2022'] })).toEqual({
      key: k1,
      data: ['2022'],
      error: null,
    });
  });
});
