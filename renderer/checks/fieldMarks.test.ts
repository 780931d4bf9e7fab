import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/checkPlan.ts';
import type { Finding } from '../../shared/checks/finding.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';
import { fieldKey } from '../../shared/model/fields/fieldAddress.ts';
import { fieldMarks, groupBySeverity, worstSeverity } from './fieldMarks.ts';

describe('where findings show in the editor', () => {
  const plan = seedPlan();
  const { findings, scan } = runChecks(plan);

  it('routes the seed findings to the fields that hold them, with the text they were computed on', () => {
    const marks = fieldMarks(findings, scan.texts);
    const so = marks.get(fieldKey({ kind: 'preamble' }))?.find((m) => m.message.includes('"số"'));
    expect(so?.severity).toBe('warning');
    expect(so?.text.slice(so.start, so.end)).toBe('Quyết định 705/QĐ-TTg');
    expect(marks.get(fieldKey({ kind: 'archive' }))?.[0]).toMatchObject({
      severity: 'warning',
      text: plan.recipients.archive,
      paragraph: 0,
    });
    const range = marks.get(fieldKey({ kind: 'summary' }))?.[0];
    expect(range && plan.summary.slice(range.start, range.end)).toBe('2012 - 2016');
    // Nothing is keyed by the derived number/symbol text: it has no input of its own.
    expect(marks.has(fieldKey({ kind: 'numberSymbol' }))).toBe(false);
  });

  it('splits a finding on the header number/symbol text into its two inputs', () => {
    const withSymbol = structuredClone(plan);
    withSymbol.header.number = '5';
    withSymbol.header.symbol = 'KH - UBND';
    const r = runChecks(withSymbol);
    const onHeader = r.findings.filter((f) => f.location?.address.kind === 'numberSymbol');
    expect(onHeader.length).toBeGreaterThanOrEqual(2);
    const marks = fieldMarks(onHeader, r.scan.texts);
    expect(marks.get(fieldKey({ kind: 'header', field: 'number' }))?.[0]).toMatchObject({
      text: '5',
      start: 0,
      end: 1,
    });
    const symbol = marks.get(fieldKey({ kind: 'header', field: 'symbol' }));
    expect(symbol?.[0]).toMatchObject({ text: 'KH - UBND', start: 0, end: 'KH - UBND'.length });
  });

  it('underlines a wrong date in a task-table cell of an appendix, by the appendix id', () => {
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
    const r = runChecks(withTable);
    const marks = fieldMarks(r.findings, r.scan.texts);
    const cell = marks.get(fieldKey({ kind: 'appendixCell', appendix: 'pl-a', row: 0, column: 1 }));
    expect(cell?.some((m) => m.severity === 'error')).toBe(true);
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
