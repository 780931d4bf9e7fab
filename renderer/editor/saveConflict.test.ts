import { describe, expect, it } from 'vitest';
import type { Envelope, ErrorInfo } from '../../shared/contract/appError.ts';
import type { PlanRecord, SaveResult } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { Autosaver, type SaveStatus } from './autosave.ts';
import { isSaveConflict, resolveConflict } from './saveConflict.ts';

const plan = (summary: string): Plan => ({ summary }) as unknown as Plan;

/** A store that refuses a save on top of anything but its head, like electron/backend's planStore. */
function store(head: number, summary: string) {
  const state = { head, plan: plan(summary), saves: [] as Array<{ base: number; summary: string }> };
  const save = (p: Plan, base: number): Promise<Envelope<SaveResult>> => {
    state.saves.push({ base, summary: p.summary });
    if (base !== state.head) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'conflict',
          message: `Kế hoạch đã được lưu ở nơi khác (phiên bản ${state.head})`,
          messageEn: `The plan was saved elsewhere (revision ${state.head})`,
        },
      });
    }
    state.head += 1;
    state.plan = p;
    return Promise.resolve({ ok: true, value: { revision: state.head, updatedAt: 'now' } });
  };
  const getPlan = (): Promise<Envelope<PlanRecord>> =>
    Promise.resolve({
      ok: true,
      value: {
        id: 'p1',
        plan: state.plan,
        revision: state.head,
        createdAt: 'x',
        updatedAt: 'y',
        status: 'draft',
        predecessorId: null,
      },
    });
  return { state, save, getPlan };
}

/** This window loaded revision 2; another window has since saved revision 3. */
async function conflicted() {
  const s = store(3, 'Kế hoạch của cửa sổ kia');
  let status: SaveStatus = { state: 'saved' };
  const saver = new Autosaver({ save: s.save, revision: 2, delayMs: 800, onStatus: (x) => (status = x) });
  saver.schedule(plan('Kế hoạch phổ biến pháp luật — bản của tôi'));
  expect(await saver.flush()).toBe(false);
  return { s, saver, status: () => status };
}

describe('save conflict', () => {
  it('recognises the refused save as a conflict, not as any other failure', async () => {
    const { status } = await conflicted();
    expect(isSaveConflict(status())).toBe(true);
    expect(
      isSaveConflict({ state: 'error', error: { code: 'internal', message: 'Lỗi khi lưu', messageEn: 'x' } }),
    ).toBe(false);
    expect(isSaveConflict({ state: 'saved' })).toBe(false);
  });

  it('"Giữ bản của tôi" saves this window\'s plan on top of the latest revision', async () => {
    const { s, saver, status } = await conflicted();
    let reloaded = false;
    const out = await resolveConflict('keepMine', {
      saver,
      getPlan: s.getPlan,
      reload: () => (reloaded = true),
    });
    expect(out).toEqual({ ok: true });
    expect(s.state.saves.at(-1)).toEqual({ base: 3, summary: 'Kế hoạch phổ biến pháp luật — bản của tôi' });
    expect(s.state.plan.summary).toBe('Kế hoạch phổ biến pháp luật — bản của tôi');
    expect(s.state.head).toBe(4);
    expect(saver.revision).toBe(4);
    expect(status().state).toBe('saved');
    expect(reloaded).toBe(false);
  });

  it('"Tải lại bản mới nhất" drops the unsaved plan and saves nothing', async () => {
    const { s, saver } = await conflicted();
    const before = s.state.saves.length;
    let reloaded = 0;
    const out = await resolveConflict('reload', { saver, getPlan: s.getPlan, reload: () => (reloaded += 1) });
    expect(out).toEqual({ ok: true });
    expect(reloaded).toBe(1);
    expect(saver.dirty).toBe(false);
    expect(await saver.flush()).toBe(true);
    expect(s.state.saves.length).toBe(before);
    expect(s.state.plan.summary).toBe('Kế hoạch của cửa sổ kia');
  });

  it('asks again when yet another save lands before "keep mine" is stored, keeping the plan pending', async () => {
    const { s, saver, status } = await conflicted();
    const racing = async (): Promise<Envelope<PlanRecord>> => {
      const r = await s.getPlan();
      s.state.head += 1; // a third window saves right after the re-read
      return r;
    };
    const out = await resolveConflict('keepMine', { saver, getPlan: racing, reload: () => {} });
    expect(out.ok).toBe(false);
    expect(isSaveConflict(status())).toBe(true);
    expect(saver.dirty).toBe(true);
    expect(s.state.plan.summary).toBe('Kế hoạch của cửa sổ kia');
  });

  it('reports a failed re-read and saves nothing', async () => {
    const { s, saver } = await conflicted();
    const before = s.state.saves.length;
    const error: ErrorInfo = { code: 'not_found', message: 'Không tìm thấy kế hoạch', messageEn: 'Plan not found' };
    const out = await resolveConflict('keepMine', {
      saver,
      getPlan: () => Promise.resolve({ ok: false, error }),
      reload: () => {},
    });
    expect(out).toEqual({ ok: false, error });
    expect(s.state.saves.length).toBe(before);
  });
});
