import { describe, expect, it } from 'vitest';
import { AppError } from './appError.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './operations.ts';

const handlers = {
  getPlan: (id: string) => {
    if (id === 'missing') throw new AppError('not_found', 'Không tìm thấy kế hoạch', 'Plan not found');
    if (id === 'boom') throw new Error('disk on fire');
    return { id };
  },
} as unknown as Handlers;

describe('dispatch', () => {
  it('validates arguments with the contract schema', async () => {
    const r = await dispatch(handlers, 'getPlan', [42]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_arguments');
  });
  it('refuses unknown operations', async () => {
    const r = await dispatch(handlers, 'dropDatabase', []);
    expect(!r.ok && r.error.code).toBe('unknown_operation');
  });
  it('wraps values and app errors in the envelope', async () => {
    expect(await dispatch(handlers, 'getPlan', ['abc'])).toEqual({ ok: true, value: { id: 'abc' } });
    const nf = await dispatch(handlers, 'getPlan', ['missing']);
    expect(nf).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Không tìm thấy kế hoạch', messageEn: 'Plan not found' },
    });
  });
  it('turns unexpected exceptions into an internal error instead of crashing', async () => {
    const r = await dispatch(handlers, 'getPlan', ['boom']);
    expect(!r.ok && r.error.code).toBe('internal');
    // The exception's own text is for support (detail), not for the user's sentence (issue 9 point 10).
    expect(!r.ok && r.error.messageEn).not.toContain('disk on fire');
    expect(!r.ok && r.error.detail).toContain('disk on fire');
  });
});
