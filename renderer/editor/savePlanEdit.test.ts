import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract/appError.ts';
import type { SaveResult } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { PlanPatch } from '../../shared/model/planDelta.ts';
import seedJson from '../../templates/plans/langson-2021.json';
import { savePlanEdit } from './savePlanEdit.ts';

const seed = seedJson as unknown as Plan;
const withSymbol = (p: Plan, symbol: string): Plan => ({ ...p, header: { ...p.header, symbol } });

function fakeApi(patchReply?: Envelope<SaveResult>) {
  const calls: Array<{ op: 'patchPlan'; patches: PlanPatch[] } | { op: 'savePlan'; plan: Plan }> = [];
  const ok = (invalid?: SaveResult['invalid']): Envelope<SaveResult> => ({
    ok: true,
    value: { revision: 8, updatedAt: 'now', ...(invalid ? { invalid } : {}) },
  });
  return {
    calls,
    api: {
      patchPlan: async (_id: string, patches: PlanPatch[]) => {
        calls.push({ op: 'patchPlan', patches });
        return patchReply ?? ok([]);
      },
      savePlan: async (_id: string, plan: Plan) => {
        calls.push({ op: 'savePlan', plan });
        return ok();
      },
    },
  };
}

describe('savePlanEdit', () => {
  it('sends only the edit when the stored plan is known', async () => {
    const { api, calls } = fakeApi();
    const edited = withSymbol(seed, 'KH-STP');
    const r = await savePlanEdit(api, 'kh', edited, 7, { plan: seed, invalid: [] });
    expect(calls).toEqual([{ op: 'patchPlan', patches: [{ path: ['header', 'symbol'], value: 'KH-STP' }] }]);
    expect(r).toEqual({ ok: true, value: { revision: 8, updatedAt: 'now', invalid: [] } });
  });

  it('saves the whole plan, cut to the schema, when the base is unknown or the back end does not hold it', async () => {
    const long = withSymbol(seed, `KH-${'X'.repeat(80)}`);
    for (const [stored, reply] of [
      [null, undefined],
      [
        { plan: seed, invalid: [] },
        { ok: false, error: { code: 'patch_mismatch', message: 'x', messageEn: 'x' } },
      ],
    ] as const) {
      const { api, calls } = fakeApi(reply as Envelope<SaveResult> | undefined);
      const r = await savePlanEdit(api, 'kh', long, 7, stored);
      const full = calls.at(-1);
      expect(full?.op).toBe('savePlan');
      expect(full?.op === 'savePlan' && full.plan.header.symbol).toHaveLength(64);
      expect(r.ok && r.value.invalid?.map((f) => f.message)).toEqual([
        expect.stringMatching(/^Ký hiệu: dài 83 ký tự, quá giới hạn 64/),
      ]);
    }
  });

  it('passes any other refusal on as it is (a conflict is the user’s choice to make)', async () => {
    const conflict: Envelope<SaveResult> = {
      ok: false,
      error: { code: 'conflict', message: 'c', messageEn: 'c' },
    };
    const { api, calls } = fakeApi(conflict);
    expect(await savePlanEdit(api, 'kh', withSymbol(seed, 'KH'), 7, { plan: seed, invalid: [] })).toBe(
      conflict,
    );
    expect(calls.map((c) => c.op)).toEqual(['patchPlan']);
  });
});
