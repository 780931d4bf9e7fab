import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportPlanDocx } from '../export/exportPlanDocx.ts';
import { issuedSeedPlan, seedPlan as seedForExport } from '../../test/render/longPlan.ts';
import { readDocxModel } from '../verify/docxModel.ts';
import { verifyDocx, verifyModel, VERIFY_CHECKS } from '../verify/verifyDocx.ts';
import { VERIFY_MUTATIONS, mutate, type VerifyMutation } from '../verify/verifyMutations.testkit.ts';
import { VERIFY_RULE_IDS, type VerifyRuleId } from '../verify/verifyRules.ts';
import { scanPlan } from '../citations/planCitations.ts';
import { checkPlan, collectFindings, RULES } from './checkPlan.ts';
import { checkOptionsSchema } from '../contract/checkOperations.ts';
import type { Finding } from './finding.ts';
import { RULE_IDS, type RuleId } from './ruleIds.ts';
import { applyCheckExample, EXAMPLE_OPTIONS, RULE_EXAMPLES } from './ruleExamples.testkit.ts';
import { seedPlan } from './testPlans.ts';

const key = (f: Finding): string => `${f.rule}|${f.excerpt}|${JSON.stringify(f.location)}`;

describe('every rule has examples that fail and pass', () => {
  it('the table covers the check rules the modules declare and every verifier rule', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...RULE_IDS, ...VERIFY_RULE_IDS].sort());
    for (const [id, ex] of Object.entries(RULE_EXAMPLES)) {
      expect(ex.fails.length, id).toBeGreaterThan(0);
      expect(ex.passes.length, id).toBeGreaterThan(0);
    }
  });

  const seed = seedPlan();
  const base = new Set(checkPlan(seed, EXAMPLE_OPTIONS).map(key));
  /** Findings of `rule` that the example adds to the seed's own. */
  const added = (rule: RuleId, example: string): string[] =>
    checkPlan(applyCheckExample(seed, example), EXAMPLE_OPTIONS)
      .filter((f) => f.rule === rule && !base.has(key(f)))
      .map((f) => f.excerpt);

  for (const id of RULE_IDS) {
    const ex = RULE_EXAMPLES[id];
    it.each(ex.fails)(`${id} fails on %s`, (example) => {
      expect(added(id, example)).not.toEqual([]);
    });
    it.each(ex.passes)(`${id} passes on %s`, (example) => {
      expect(added(id, example)).toEqual([]);
    });
  }

  const exports = {
    seed: exportPlanDocx(seedForExport(), { draft: false }),
    'issued seed': exportPlanDocx(issuedSeedPlan(), { draft: false }),
  };
  const failing = (bytes: Uint8Array): string[] =>
    verifyDocx(bytes)
      .rules.filter((r) => !r.ok)
      .map((r) => r.id);
  const content = (bytes: Uint8Array): string =>
    Object.entries(unzipSync(bytes))
      .map(([n, d]) => `${n}\n${strFromU8(d)}`)
      .sort()
      .join('\n');

  for (const id of VERIFY_RULE_IDS) {
    const ex = RULE_EXAMPLES[id];
    it.each(ex.fails)(`${id} fails when %s`, async (name) => {
      const m: VerifyMutation | undefined = (VERIFY_MUTATIONS as Record<string, VerifyMutation>)[name];
      if (!m) throw new Error(`unknown mutation "${name}"`);
      expect(m.rule).toBe(id);
      const good = await exports.seed;
      const bad = mutate(good, m.edit);
      // The mutation must really change the file and make the intended rule (alone, where it can) fail.
      expect(content(bad)).not.toBe(content(good));
      if (m.alone === false) expect(failing(bad)).toContain(id);
      else expect(failing(bad)).toEqual([id]);
    });
    it.each(ex.passes)(`${id} passes on the %s`, async (name) => {
      const bytes = await exports[name as keyof typeof exports];
      if (!(bytes instanceof Uint8Array)) throw new Error(`unknown export "${name}"`);
      expect(failing(bytes)).not.toContain(id);
    });
  }

  it('every mutation is used by the table', () => {
    const used = new Set(VERIFY_RULE_IDS.flatMap((id) => RULE_EXAMPLES[id].fails));
    expect(Object.keys(VERIFY_MUTATIONS).filter((n) => !used.has(n))).toEqual([]);
  });
});

describe('a rule that throws is reported, never skipped in silence', () => {
  it('checkPlan: internal.rule-failed, an error naming the rules, and the other rules still run', () => {
    const plan = seedPlan();
    const scan = scanPlan(plan);
    const ctx = { plan, scan, year: plan.year, final: false, accepted: new Set<string>(), registry: null };
    const broken = {
      rules: [
        {
          id: 'plan.placeholder' as const,
          severity: 'warning' as const,
          title: 'Còn chỗ chưa điền',
          titleEn: 'Placeholder left',
        },
      ],
      run: (): never => {
        throw new Error('hỏng');
      },
    };
    const working = {
      rules: [{ id: 'plan.archive-line' as const, severity: 'warning' as const, title: 'y', titleEn: 'y' }],
      run: () => [
        {
          rule: 'plan.archive-line' as const,
          message: 'a',
          messageEn: 'b',
          excerpt: '',
          location: null,
          clause: null,
          fix: null,
        },
      ],
    };
    const found = collectFindings([broken, working], ctx, {});
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['internal.rule-failed', 'error'],
      ['plan.archive-line', 'warning'],
    ]);
    // Named by the check's title, not its id or the exception's text (issue 9 point 10, changed on purpose).
    expect(found[0]?.message).toContain('(Còn chỗ chưa điền)');
    expect(found[0]?.messageEn).toContain('(Placeholder left)');
    expect(found[0]?.message).not.toMatch(/plan\.placeholder|hỏng/);
  });

  it('verifyDocx: the rule fails as not checked and internal.rule-failed names it', async () => {
    const model = readDocxModel(await exportPlanDocx(seedForExport(), { draft: false }));
    const checks = {
      ...VERIFY_CHECKS,
      'font.color': () => {
        throw new Error('hỏng');
      },
    } satisfies Record<VerifyRuleId, unknown>;
    const report = verifyModel(model, checks);
    expect(report.rules.filter((r) => !r.ok).map((r) => r.id)).toEqual([
      'font.color',
      'internal.rule-failed',
    ]);
    expect(report.rules.at(-1)?.detail).toContain('font.color');
  });
});

describe('severity options are refused at the boundary when they name no rule', () => {
  it('accepts known ids and refuses a typo instead of leaving it a silent default', () => {
    expect(checkOptionsSchema.safeParse({ severities: { 'plan.archive-line': 'error' } }).success).toBe(true);
    const typo = checkOptionsSchema.safeParse({ severities: { 'plan.archive-lines': 'error' } });
    expect(typo.success).toBe(false);
  });
});
