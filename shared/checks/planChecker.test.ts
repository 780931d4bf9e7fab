import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largePlan } from '../../test/bench/citations.bench.ts';
import { importDocx } from '../import/importDocx.ts';
import { importText } from '../import/importText.ts';
import type { Item, Plan } from '../model/plan.ts';
import { createPlanChecker, runChecks } from './checkPlan.ts';
import type { CheckOptions } from './context.ts';
import { seedPlan } from './testPlans.ts';
import { TEST_AGENCIES } from './ruleExamples.testkit.ts';
import { TEST_REGISTRY } from './testRegistry.testkit.ts';

// The checker bound to an open plan keeps what it computed per text (issue 13: a re-check after an
// edit must cost a couple of milliseconds). Whatever it keeps, its result must be exactly that of a
// fresh full check of the same plan: over the seed, the real plans and random edits of the big plan.

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
const realPlans = (): Array<[string, Plan]> => [
  ...fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt') && f !== 'SOURCES.md')
    .map((f): [string, Plan] => [f, importText(fs.readFileSync(path.join(fixtures, f), 'utf8')).plan]),
  ...fs
    .readdirSync(path.join(fixtures, 'real'))
    .filter((f) => f.endsWith('.docx'))
    .map((f): [string, Plan] => [
      f,
      importDocx(new Uint8Array(fs.readFileSync(path.join(fixtures, 'real', f)))).plan,
    ]),
];

const fresh = (plan: Plan, options: CheckOptions) => runChecks(structuredClone(plan), options);

describe('the incremental checker equals a fresh full check', () => {
  it('on the seed, the big plan and every real plan, one after the other in one checker', () => {
    const checker = createPlanChecker();
    const plans: Array<[string, Plan]> = [['seed', seedPlan()], ['big', largePlan()], ...realPlans()];
    expect(plans.length).toBeGreaterThan(10);
    for (const options of [
      {},
      { final: true, registry: TEST_REGISTRY, agencies: TEST_AGENCIES },
    ] satisfies CheckOptions[]) {
      for (const [name, plan] of plans) {
        expect(checker.check(plan, options), name).toEqual(fresh(plan, options));
        // Twice: the second check answers from what the first kept.
        expect(checker.check(structuredClone(plan), options), name).toEqual(fresh(plan, options));
      }
    }
  });

  type Edit = (plan: Plan, r: number) => void;
  const tasksOf = (plan: Plan): Item[] => {
    const out: Item[] = [];
    const visit = (i: Item): void => {
      if (i.children.length === 0) out.push(i);
      i.children.forEach(visit);
    };
    for (const s of plan.sections) for (const n of s.content) if (n.type === 'item') visit(n);
    return out;
  };
  const pick = <T>(xs: readonly T[], r: number): T => xs[r % xs.length]!;
  const SNIPPETS = [
    ' theo Quyết định số 705/QĐ-TTg ngày 25/5/2017',
    ' (viết tắt là PBGDPL)',
    ' PBGDPL',
    ' Quyết định 12/QĐ-UBND ngày 31/2/2021',
    ' trước ngày 15/3/2019',
    ' tại Mục IX Kế hoạch này',
    ' năm 2019',
    ' [...]',
    ' Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Bộ Tư pháp',
    '',
  ];
  const EDITS: Edit[] = [
    (p, r) => {
      const t = pick(tasksOf(p), r);
      const para = t.body[r % Math.max(1, t.body.length)];
      if (para?.runs[0]) para.runs[0].text += pick(SNIPPETS, r >> 3);
    },
    (p, r) => {
      const t = pick(tasksOf(p), r);
      t.title = `${t.title}${pick(SNIPPETS, r >> 2)}`;
    },
    (p, r) => {
      const t = pick(tasksOf(p), r);
      const f = pick(['lead', 'coordinating', 'timeline', 'deliverable'] as const, r >> 2);
      t.fields = {
        lead: null,
        coordinating: null,
        timeline: null,
        deliverable: null,
        ...t.fields,
        [f]: r % 3 === 0 ? '' : `${t.fields?.[f] ?? ''}${pick(SNIPPETS, r >> 4)}`,
      };
    },
    (p, r) => {
      const t = pick(tasksOf(p), r);
      t.body = [...t.body, { runs: [{ text: `Đoạn mới${pick(SNIPPETS, r >> 2)}` }] }];
    },
    (p, r) => {
      // A task removed.
      const groups = p.sections.flatMap((s) => s.content).filter((n): n is Item => n.type === 'item');
      const g = pick(groups, r);
      if (g.children.length > 1) g.children.splice(r % g.children.length, 1);
      else g.title = `${g.title} năm 2020`;
    },
    (p, r) => {
      p.year = 2020 + (r % 3);
    },
    (p, r) => {
      // After the 2025 merger of districts, the directory's agencies of the seed no longer exist.
      p.header = { ...p.header, issueDate: { day: 1 + (r % 28), month: 1 + (r % 12), year: 2021 + (r % 7) } };
    },
    (p, r) => {
      p.summary = `${p.summary}${pick(SNIPPETS, r)}`;
    },
  ];

  const REMOVE = 4;

  it('after random edits of the big plan, edit after edit in one checker', () => {
    const base = largePlan();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.nat(10_000), fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const checker = createPlanChecker();
          let plan = structuredClone(base);
          checker.check(plan);
          for (const [e, r, clone] of edits) {
            // In place (as the bench edits a text) or on a structured clone (as the worker receives
            // the plan). Plans are values: a task removed is always a new plan (fieldLens caches paths).
            if (clone || e === REMOVE) plan = structuredClone(plan);
            EDITS[e]!(plan, r);
            const options: CheckOptions =
              r % 5 === 0
                ? { final: true }
                : r % 5 === 1
                  ? { registry: TEST_REGISTRY, agencies: TEST_AGENCIES }
                  : {};
            expect(checker.check(plan, options)).toEqual(fresh(plan, options));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
