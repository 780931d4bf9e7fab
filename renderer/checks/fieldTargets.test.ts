import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/checkPlan.ts';
import type { Finding } from '../../shared/checks/finding.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';
import { fieldMarks, groupBySeverity, inputTarget, richOwners, worstSeverity } from './fieldTargets.ts';

describe('where findings show in the editor', () => {
  const plan = seedPlan();
  const { findings, scan } = runChecks(plan);

  it('knows each rich-text value of the plan by identity', () => {
    const owners = richOwners(plan);
    expect(owners.get(plan.preamble)).toBe('preamble|body');
    const item = plan.sections[0]!.content[0]!;
    expect(item.type === 'item' && owners.get(item.body)).toBe(`${item.id}|body`);
    // An equal copy is not the plan's value: a field outside the plan gets no marks.
    expect(owners.get(structuredClone(plan.preamble))).toBeUndefined();
  });

  it('routes the seed findings to the fields that hold them, with the text they were computed on', () => {
    const marks = fieldMarks(findings, scan.texts);
    const so = marks.rich.get('preamble|body')?.find((m) => m.message.includes('"số"'));
    expect(so?.severity).toBe('warning');
    expect(so?.text.slice(so.start, so.end)).toBe('Quyết định 705/QĐ-TTg');
    expect(marks.inputs.get('recipients-archive')?.[0]).toMatchObject({
      severity: 'warning',
      text: plan.recipients.archive,
    });
    const range = marks.inputs.get('summary')?.[0];
    expect(range && plan.summary.slice(range.start, range.end)).toBe('2012 - 2016');
  });

  it('splits the header number/symbol text into its two inputs', () => {
    const loc = { block: 'header', field: 'numberSymbol', paragraph: 0, label: 'Số, ký hiệu' };
    expect(inputTarget(loc, '05/KH-UBND', 0, 2)).toEqual({
      testId: 'header-number',
      value: '05',
      start: 0,
      end: 2,
    });
    expect(inputTarget(loc, '05/KH-UBND', 3, 10)).toEqual({
      testId: 'header-symbol',
      value: 'KH-UBND',
      start: 0,
      end: 7,
    });
    const task = { block: 't7', field: 'lead', paragraph: 0, label: 'Mục II, 7' };
    expect(inputTarget(task, 'Sở Tư pháp', 0, 3)?.testId).toBe('task-t7-lead');
  });

  it('finds appendix inputs by the appendix place, and underlines a wrong date in a task-table cell', () => {
    const withTable = structuredClone(plan);
    withTable.appendices = [
      {
        id: 'pl-a',
        title: 'Phụ lục',
        subtitle: 'Danh mục nhiệm vụ',
        landscape: true,
        body: [],
        table: {
          header: ['STT', 'Nội dung nhiệm vụ'],
          rows: [['1', 'Triển khai Quyết định số 705/QĐ-TTg ngày 31/6/2017 của Thủ tướng Chính phủ']],
        },
      },
    ];
    const cell = { block: 'pl-a', field: 'cell:0:1', paragraph: 0, label: 'Phụ lục 1' };
    expect(inputTarget(cell, 'x', 0, 1, ['pl-a'])?.testId).toBe('appendix-0-cell-0-1');
    expect(inputTarget({ ...cell, field: 'title' }, 'x', 0, 1, ['pl-b', 'pl-a'])?.testId).toBe(
      'appendix-1-title',
    );
    expect(inputTarget(cell, 'x', 0, 1)).toBeNull();
    const r = runChecks(withTable);
    const marks = fieldMarks(r.findings, r.scan.texts, ['pl-a']);
    expect(marks.inputs.get('appendix-0-cell-0-1')?.some((m) => m.severity === 'error')).toBe(true);
  });

  it('groups by severity, errors first, and names the worst', () => {
    const f = (severity: Finding['severity']): Finding => ({ ...findings[0]!, severity });
    const groups = groupBySeverity([f('info'), f('error'), f('warning'), f('error')]);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ['error', 2],
      ['warning', 1],
      ['info', 1],
    ]);
    const mark = { paragraph: 0, start: 0, end: 1, text: 'x', message: '', messageEn: '' };
    expect(
      worstSeverity([
        { ...mark, severity: 'info' },
        { ...mark, severity: 'warning' },
      ]),
    ).toBe('warning');
    expect(worstSeverity([])).toBeNull();
  });
});
