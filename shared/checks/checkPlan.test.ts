import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPlan } from '../citations/planCitations.ts';
import { importText } from '../import/importText.ts';
import { applyFix } from './applyFix.ts';
import { checkPlan, RULES } from './checkPlan.ts';
import { createPlanChecker } from './planChecker.ts';
import type { Finding } from './finding.ts';
import { mutateSeed, seedPlan } from './testPlans.ts';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');

describe('the seed plan (Lạng Sơn 2021, a real signed plan)', () => {
  const findings = checkPlan(seedPlan());

  it('gives no error', () => {
    expect(errors(findings)).toEqual([]);
  });

  it('flags its real style slips as warnings or info, each with a safe fix', () => {
    const so = findings.find((f) => f.rule === 'style.missing-so');
    expect(so).toMatchObject({ severity: 'warning', excerpt: 'Quyết định 705/QĐ-TTg' });
    expect(so?.fix?.replacement).toBe('số ');
    const archive = findings.find((f) => f.rule === 'plan.archive-line');
    expect(archive).toMatchObject({ severity: 'warning', clause: 'NĐ 30/2020, PL I, II.9' });
    const ranges = findings.filter((f) => f.rule === 'style.year-range');
    expect(ranges.map((f) => [f.severity, f.excerpt])).toEqual([
      ['info', '2012 - 2016'],
      ['info', '2017 - 2021'],
    ]);
    expect(ranges[0]?.message).toContain('2012-2016');
    expect(ranges[1]?.message).toContain('2017-2021');
  });

  it('applying every quick fix clears those findings and adds no error', () => {
    let plan = seedPlan();
    for (const f of checkPlan(plan)) {
      if (!f.fix) continue;
      const next = applyFix(plan, f.fix);
      expect(next).not.toBeNull();
      plan = next ?? plan;
      // Later fixes were computed on the old text: re-check to get fresh ranges.
      break;
    }
    for (let i = 0; i < 10; i += 1) {
      const fix = checkPlan(plan).find((f) => f.fix)?.fix;
      if (!fix) break;
      plan = applyFix(plan, fix) ?? plan;
    }
    const after = checkPlan(plan);
    expect(after.filter((f) => f.fix)).toEqual([]);
    expect(errors(after)).toEqual([]);
    expect(plan.recipients.archive).toBe('VT, THNC (HTMĐ).');
    expect(plan.preamble[0]?.runs[0]?.text).toContain('Quyết định số 705/QĐ-TTg');
    expect(plan.summary).toContain('giai đoạn 2012-2016');
  });

  it('locates findings by field address, paragraph and character range', () => {
    const so = findings.find((f) => f.rule === 'style.missing-so');
    const text = seedPlan().preamble[0]?.runs[0]?.text ?? '';
    expect(so?.location).toMatchObject({ address: { kind: 'preamble' }, paragraph: 0 });
    expect(text.slice(so?.location?.start, so?.location?.end)).toBe('Quyết định 705/QĐ-TTg');
  });
});

describe('mutated copies of the seed are caught as errors', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'a second date for one number',
      'Kế hoạch số 113/KH-UBND ngày 20/6/2017 và',
      'Kế hoạch số 113/KH-UBND ngày 21/6/2017 và',
      'citation.conflicting-date',
    ],
    [
      'a type that does not match its symbol',
      'Kế hoạch số 152/KH-UBND ngày 01/9/2017 của UBND tỉnh tiếp tục',
      'Quyết định số 152/KH-UBND ngày 01/9/2017 của UBND tỉnh tiếp tục',
      'citation.type-symbol',
    ],
    [
      'an impossible date',
      '1824/QĐ-UBND ngày 04/10/2017',
      '1824/QĐ-UBND ngày 31/6/2017',
      'citation.impossible-date',
    ],
    [
      'a citation dated after the plan',
      '2658/QĐ-BTP ngày 31/12/2020',
      '2658/QĐ-BTP ngày 15/3/2021',
      'citation.after-plan',
    ],
    [
      'an issuer that does not match its symbol',
      '705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ',
      '705/QĐ-TTg ngày 25/5/2017 của UBND tỉnh',
      'citation.issuer-symbol',
    ],
    [
      'a reference to a section that does not exist',
      'Kinh phí thực hiện các nhiệm vụ của Kế hoạch này',
      'Kinh phí thực hiện các nhiệm vụ tại Mục VI Kế hoạch này',
      'ref.missing-target',
    ],
    [
      'a year in the number that contradicts the date',
      'Quyết định số 2559/QĐ-UBND ngày 15/12/2020',
      'Quyết định số 25/2019/QĐ-UBND ngày 15/12/2020',
      'citation.number-year-mismatch',
    ],
  ];
  for (const [name, from, to, rule] of cases) {
    it(name, () => {
      const found = errors(checkPlan(mutateSeed(from, to)));
      expect(found.map((f) => f.rule)).toEqual([rule]);
    });
  }
  it('the chairman\'s own decision "1824/QĐ-UBND … của Chủ tịch UBND tỉnh" stays correct', () => {
    const f = checkPlan(seedPlan()).filter((x) => x.rule.startsWith('citation.issuer'));
    expect(f).toEqual([]);
  });
});

describe('precision on hand-written plans from public examples', () => {
  const files = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
  it('has the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of files) {
    it(`${file} gives no error`, () => {
      const { plan } = importText(fs.readFileSync(path.join(fixtures, file), 'utf8'));
      expect(errors(checkPlan(plan)).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });
  }
  // Real plans and decisions written out from public pages (test/fixtures/SOURCES.md): the main
  // citations each must be recognised, with the names of the laws cited by name.
  const expected: Record<string, string[]> = {
    'plan-sonla-pbgdpl-hoagiai-2024.txt': [
      '25/2021/QĐ-TTg',
      '80-KL/TW',
      '32-CT/TW',
      'Luật Phổ biến, giáo dục pháp luật',
      'Luật Hòa giải ở cơ sở',
    ],
    'plan-hanoi-hoagiai-chithi15-2022.txt': ['15-CT/TU'],
    'plan-vinhlong-tongket-hoagiai-2023.txt': [
      '527/QĐ-BTP',
      '584/TTr-STP',
      'Luật Tổ chức chính quyền địa phương',
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
      'Luật Phổ biến, giáo dục pháp luật',
    ],
    'plan-sonla-tiepcan-phapluat-2022.txt': ['977/QĐ-TTg'],
    'plan-backan-stp-huongdan-pbgdpl-2020.txt': ['979/BTP-PBGDPL', '1445/UBND-NCPC', '32-CT/TW'],
  };
  for (const [file, wanted] of Object.entries(expected)) {
    it(`${file} gives no error and its main citations are recognised`, () => {
      const { plan } = importText(fs.readFileSync(path.join(fixtures, file), 'utf8'));
      expect(errors(checkPlan(plan)).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      const seen = new Set(scanPlan(plan).citations.flatMap((c) => [c.numberSymbol, c.name]));
      expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
    });
  }
});

describe('options and incremental re-checks', () => {
  it('every finding carries a declared rule id and a bilingual message', () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    for (const f of checkPlan(seedPlan(), { final: true })) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.message).not.toBe(f.messageEn);
    }
    expect(ids.size).toBe(RULES.length);
  });

  it('severities are configurable per rule, "off" removes the rule', () => {
    const plan = seedPlan();
    const raised = checkPlan(plan, {
      severities: { 'plan.archive-line': 'error', 'style.year-range': 'off' },
    });
    expect(raised.find((f) => f.rule === 'plan.archive-line')?.severity).toBe('error');
    expect(raised.some((f) => f.rule === 'style.year-range')).toBe(false);
  });

  it('re-checking after one block changes re-parses that block only', () => {
    const checker = createPlanChecker();
    const plan = seedPlan();
    checker.check(plan);
    const parsed = checker.cache.misses;
    expect(parsed).toBeGreaterThan(20);
    checker.check(plan);
    expect(checker.cache.misses).toBe(parsed);
    const item = plan.sections[3]?.content[0];
    if (item?.type !== 'item') throw new Error('seed changed');
    item.body = [{ runs: [{ text: 'Sở Tư pháp theo dõi việc thực hiện Mục VI Kế hoạch này.' }] }];
    const result = checker.check(plan);
    expect(checker.cache.misses).toBe(parsed + 1);
    expect(result.findings.some((f) => f.rule === 'ref.missing-target')).toBe(true);
  });
});
