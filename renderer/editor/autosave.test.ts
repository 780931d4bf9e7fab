import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/contract/appError.ts';
import type { SaveResult } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { Autosaver, type SaveStatus, type StoredPlan } from './autosave.ts';

const plan = (summary: string): Plan => ({ summary }) as unknown as Plan;

interface Pending {
  plan: Plan;
  base: number;
  stored: StoredPlan | null;
  resolve: (r: Envelope<SaveResult>) => void;
}

function harness(revision = 1, loaded?: Plan) {
  const calls: Pending[] = [];
  const statuses: SaveStatus['state'][] = [];
  const saver = new Autosaver({
    revision,
    ...(loaded ? { plan: loaded } : {}),
    delayMs: 800,
    save: (p, base, stored) => new Promise((resolve) => calls.push({ plan: p, base, stored, resolve })),
    onStatus: (s) => statuses.push(s.state),
  });
  return { calls, statuses, saver };
}

const ok = (revision: number): Envelope<SaveResult> => ({ ok: true, value: { revision, updatedAt: 'now' } });

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands each save the plan stored at its base: the loaded one, then the last saved, none after a rebase', async () => {
    const loaded = plan('đã mở');
    const { calls, saver } = harness(1, loaded);
    saver.schedule(plan('một'));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls[0]?.stored).toEqual({ plan: loaded, invalid: [] });
    calls[0]?.resolve({ ok: false, error: { code: 'network', message: 'm', messageEn: 'm' } });
    await vi.advanceTimersByTimeAsync(0);
    // Not stored: the retry still starts from the loaded plan.
    saver.schedule(plan('hai'));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls[1]?.stored?.plan).toBe(loaded);
    calls[1]?.resolve(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(plan('ba'));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls[2]?.stored).toEqual({ plan: calls[1]?.plan, invalid: [] });
    calls[2]?.resolve({ ok: false, error: { code: 'conflict', message: 'c', messageEn: 'c' } });
    await vi.advanceTimersByTimeAsync(0);
    // The user keeps this window's plan on top of another window's revision 5.
    saver.rebase(5);
    void saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[3]).toMatchObject({ base: 5, stored: null });
  });

  it('debounces: only the last plan typed within the delay is saved', async () => {
    const { calls, saver } = harness();
    saver.schedule(plan('Sở Tư'));
    await vi.advanceTimersByTimeAsync(500);
    saver.schedule(plan('Sở Tư pháp'));
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.plan.summary)).toEqual(['Sở Tư pháp']);
  });

  it('never has two saves in flight and chains base revisions', async () => {
    const { calls, statuses, saver } = harness(4);
    saver.schedule(plan('một'));
    await vi.advanceTimersByTimeAsync(800);
    saver.schedule(plan('hai'));
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1); // the second waits for the first
    calls[0]?.resolve(ok(5));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.base).toBe(5);
    expect(calls[1]?.plan.summary).toBe('hai');
    calls[1]?.resolve(ok(6));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.revision).toBe(6);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('keeps the plan after a failed save, reports the error and retries on flush', async () => {
    const { calls, statuses, saver } = harness();
    saver.schedule(plan('Lạng Sơn'));
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.resolve({
      ok: false,
      error: { code: 'conflict', message: 'Kế hoạch đã được sửa ở nơi khác', messageEn: 'Changed elsewhere' },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('error');
    expect(saver.dirty).toBe(true);
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]?.plan.summary).toBe('Lạng Sơn');
    calls[1]?.resolve(ok(2));
    expect(await flushed).toBe(true);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush saves immediately without waiting for the debounce', async () => {
    const { calls, saver } = harness();
    saver.schedule(plan('x'));
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(ok(2));
    expect(await flushed).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
  });
});
