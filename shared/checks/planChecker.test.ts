import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largePlan } from '../../test/bench/citations.bench.ts';
import { importDocx } from '../import/importDocx.ts';
import { importText } from '../import/importText.ts';
import type { Item, Plan } from '../model/plan.ts';
import { runChecks, type CheckResult } from './checkPlan.ts';
import { fieldAddressAtPath } from '../model/fields/pathAddress.ts';
import { planDelta } from '../model/planDelta.ts';
import { createCheckClient, createCheckSession, type CheckReport } from './checkSession.ts';
import { createPlanChecker } from './planChecker.ts';
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
/** What the page is to read of a result: the texts without their parses. */
const report = ({ findings, counts, scan }: CheckResult): CheckReport => ({
  findings,
  counts,
  scan: { texts: scan.texts.map(({ location, text }) => ({ location, text })), citations: scan.citations },
});

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
    // Against what every task of the big plan cites: another date and issuer, another symbol, the
    // number with its year, the other way of writing a year range.
    ' Quyết định số 705/QĐ-TTg ngày 26/5/2017 của Bộ Tư pháp',
    ' Quyết định số 705/QĐ-UBND ngày 25/5/2017',
    ' Kế hoạch số 113/2020/KH-UBND ngày 10/3/2020',
    ' giai đoạn 2021-2025',
    // Known to the test registry: replaced in 2025, expired.
    ' Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015',
    ' Quyết định số 999/QĐ-UBND ngày 01/02/2019 của UBND tỉnh',
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
    (p, r) => {
      // Words put in front: every finding of the paragraph moves.
      const t = pick(tasksOf(p), r);
      const para = t.body[r % Math.max(1, t.body.length)];
      if (para?.runs[0]) para.runs[0].text = `${pick(SNIPPETS, r >> 3)} ${para.runs[0].text}`;
    },
    (p, r) => {
      // An entry replaced: the agencies it covered are no longer among the recipients.
      const i = r % Math.max(1, p.recipients.entries.length);
      if (p.recipients.entries[i] !== undefined)
        p.recipients.entries[i] = pick(['- Như Điều 3;', `${p.recipients.entries[i]} Công an tỉnh`], r >> 2);
    },
    (p, r) => {
      // A cell of a task table: its task, deliverable, deadline, lead or partners.
      const table = p.appendices.find((a) => a.table)?.table;
      const row = table?.rows[r % Math.max(1, table.rows.length)];
      const c = row ? (r >> 2) % row.length : 0;
      if (row?.[c] !== undefined) row[c] = pick([`${row[c]}${pick(SNIPPETS, r >> 3)}`, '', 'Năm 2019'], r >> 1);
    },
    (p, r) => {
      const i = r % Math.max(1, p.legalBases.length);
      if (p.legalBases[i] !== undefined) p.legalBases[i] += pick(SNIPPETS, r >> 2);
    },
    (p, r) => {
      const s = pick(p.sections, r);
      s.title = `${s.title}${pick([' (PBGDPL)', ' năm 2019', ' Điều 3. Hiệu lực'], r >> 2)}`;
    },
    (p, r) => {
      const t = pick(tasksOf(p), r);
      const para = t.body[0];
      if (para?.runs[0]) para.runs[0].text = pick(['Điều 3. Tổ chức thực hiện', para.runs[0].text.slice(0, 40)], r >> 2);
    },
    (p, r) => {
      // A field left out (null) and given again: the field is gone, then back.
      const t = pick(tasksOf(p), r);
      const f = pick(['lead', 'deliverable', 'timeline'] as const, r >> 2);
      t.fields = { lead: null, coordinating: null, timeline: null, deliverable: null, ...t.fields };
      t.fields[f] = t.fields[f] === null ? 'Sở Tư pháp' : null;
    },
    (p, r) => {
      p.signature.lines[0] = pick(['KT. CHỦ TỊCH', 'T/M ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'], r);
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

  const arbitraryEdits = fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.nat(10_000)), {
    minLength: 1,
    maxLength: 10,
  });
  /** The next plan as a new value, as the editor makes it (EDITS modify a copy). */
  const edited = (plan: Plan, e: number, r: number): Plan => {
    const next = structuredClone(plan);
    EDITS[e]!(next, r);
    return next;
  };

  it('told which fields each edit changed, edit after edit', () => {
    const base = largePlan();
    let fast = 0;
    fc.assert(
      fc.property(arbitraryEdits, fc.nat(2), (edits, o) => {
        const choices: CheckOptions[] = [
          {},
          { final: true, registry: TEST_REGISTRY, agencies: TEST_AGENCIES },
          { severities: { 'citation.year-missing': 'off', 'plan.timeline-year': 'error' } },
        ];
        const options = choices[o]!;
        const checker = createPlanChecker();
        let plan = base;
        checker.check(plan, options);
        for (const [e, r] of edits) {
          const next = edited(plan, e, r);
          const fields = (planDelta(plan, next) ?? []).map((p) => fieldAddressAtPath(next, p.path));
          const edit = fields.every((f) => f !== null) ? { from: plan, fields } : undefined;
          expect(checker.check(next, options, edit)).toEqual(fresh(next, options));
          plan = next;
        }
        fast += checker.counts.edits;
      }),
      { numRuns: 10 },
    );
    expect(fast).toBeGreaterThan(10);
  });

  it.each<[string, () => Plan, CheckOptions]>([
    ['the big plan', largePlan, {}],
    [
      'a real plan with a task table, with the registry',
      () => realPlans().find(([f]) => f === 'lamdong-kh-cchc-2026.docx')![1],
      { registry: TEST_REGISTRY },
    ],
  ])('told which fields changed, after every kind of edit with every snippet: %s', (_name, make, options) => {
    // Each edit with r = 0, 4, 8, …: every snippet picked by r >> 2 or r >> 3 occurs.
    const step = 4;
    const checker = createPlanChecker();
    let plan = make();
    checker.check(plan, options);
    EDITS.forEach((_, e) => {
      for (let r = 0; r < 8 * SNIPPETS.length; r += step) {
        const next = edited(plan, e, r);
        const fields = (planDelta(plan, next) ?? []).map((p) => fieldAddressAtPath(next, p.path));
        const edit = fields.every((f) => f !== null) ? { from: plan, fields } : undefined;
        expect(checker.check(next, options, edit), `edit ${e}, r ${r}`).toEqual(fresh(next, options));
        plan = next;
      }
    });
    expect(checker.counts.edits).toBeGreaterThan(EDITS.length * 5);
  }, 180_000);

  it('through the worker protocol: deltas applied by the session, as the checks worker does', () => {
    const base = largePlan();
    let answered = 0;
    let changesOnly = 0;
    const registry = TEST_REGISTRY.list();
    fc.assert(
      fc.property(arbitraryEdits, fc.boolean(), (edits, withRegistry) => {
        const session = createCheckSession();
        const client = createCheckClient();
        let id = 0;
        // postMessage clones what it carries, both ways.
        const send = (p: Plan): CheckReport | { error: string } => {
          const request = client.request(++id, p);
          if (id === 1) request.registry = withRegistry ? registry : null;
          const response = structuredClone(session.handle(structuredClone(request)));
          expect(response.id).toBe(id);
          if ('report' in response && 'changed' in response.report) changesOnly += 1;
          return client.receive(response);
        };
        let plan = base;
        const options: CheckOptions = withRegistry ? { registry: TEST_REGISTRY } : {};
        expect(send(plan)).toEqual(report(fresh(plan, options)));
        for (const [e, r] of edits) {
          plan = edited(plan, e, r);
          expect(send(plan)).toEqual(report(fresh(plan, options)));
        }
        answered += session.counts.edits;
      }),
      { numRuns: 10 },
    );
    // Most edits are of words: the session answers them from what it kept.
    expect(answered).toBeGreaterThan(10);
    expect(changesOnly).toBeGreaterThan(10);
  });

  it('the client sends a delta after the first plan, and the whole plan again after a failure', () => {
    const client = createCheckClient();
    const plan = seedPlan();
    expect(client.request(1, plan).plan).toBe(plan);
    const next = structuredClone(plan);
    next.summary = `${next.summary} năm 2026`;
    expect(client.request(2, next)).toEqual({ id: 2, delta: [{ path: ['summary'], value: next.summary }] });
    client.resend();
    expect(client.request(3, next).plan).toBe(next);
    // A session that lost its plan says so instead of checking something else, and the client
    // sends the plan whole after an error, and reads a report of changes only on top of a whole one.
    const { handle } = createCheckSession();
    const lost = handle({ id: 4, delta: [] });
    expect(lost).toMatchObject({ id: 4, error: expect.stringMatching(/delta/) });
    expect(client.request(5, next).delta).toBeDefined();
    expect(client.receive(lost)).toEqual({ error: expect.stringMatching(/delta/) });
    expect(client.request(6, next).plan).toBe(next);
    const changes = { findings: [], counts: { error: 0, warning: 0, info: 0 }, changed: [] };
    expect(client.receive({ id: 6, report: changes })).toEqual({ error: expect.stringMatching(/changes/) });
    const whole = handle({ id: 7, plan });
    expect(whole).toMatchObject({ id: 7, report: { texts: expect.any(Array) } });
    expect(client.receive(whole)).toEqual(report(fresh(plan, {})));
  });
});
