import { describe, expect, it, vi } from 'vitest';
import { operationNames } from '../shared/contract/operations.ts';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => electron.exposed.set(key, value)),
  },
  ipcRenderer: { invoke: electron.invoke },
}));

await import('./preload.ts');

describe('preload', () => {
  it('exposes only window.api, with exactly the contract operation names', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    const api = electron.exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof api[name]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call as one argument array over plandraft:<operation> and returns the envelope', async () => {
    const api = electron.exposed.get('api') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const plan = { title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2021' };
    const r = await api.savePlan?.('kh-2021', plan, { kind: 'autosave', baseRevision: 3 });
    expect(electron.invoke).toHaveBeenLastCalledWith('plandraft:savePlan', [
      'kh-2021',
      plan,
      { kind: 'autosave', baseRevision: 3 },
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        channel: 'plandraft:savePlan',
        args: ['kh-2021', plan, { kind: 'autosave', baseRevision: 3 }],
      },
    });
    await api.listPlans?.();
    expect(electron.invoke).toHaveBeenLastCalledWith('plandraft:listPlans', []);
  });
});
