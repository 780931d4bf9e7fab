import { describe, expect, it } from 'vitest';
import { numberSymbolLine, placeDateLine } from '../format/nd30Text.ts';
import { parseIssueInput } from './issueInput.ts';

describe('parseIssueInput', () => {
  it('accepts digits and a day/month/year date, the number in its NĐ 30 form', () => {
    expect(parseIssueInput(' 5 ', '5/1/2021')).toEqual({
      ok: true,
      number: '05',
      issueDate: { day: 5, month: 1, year: 2021 },
    });
    expect(parseIssueInput('007', '5/1/2021')).toMatchObject({ ok: true, number: '07' });
    expect(parseIssueInput('123', '29.02.2024')).toMatchObject({
      ok: true,
      number: '123',
      issueDate: { day: 29, month: 2, year: 2024 },
    });
  });

  it('refuses 31/02 with a clear Vietnamese reason, never rolling over to March', () => {
    const r = parseIssueInput('5', '31/02/2021');
    expect(r).toMatchObject({ ok: false, field: 'date' });
    if (r.ok) return;
    expect(r.message).toBe('Ngày 31/2/2021 không có trong lịch: tháng 2 năm 2021 chỉ có 28 ngày.');
    expect(r.messageEn).toContain('only 28 days');
    expect(parseIssueInput('5', '29/02/2023')).toMatchObject({ ok: false, field: 'date' });
    expect(parseIssueInput('5', '31/04/2021')).toMatchObject({ ok: false, field: 'date' });
    expect(parseIssueInput('5', '01/13/2021')).toMatchObject({
      ok: false,
      message: 'Tháng 13 không tồn tại.',
    });
  });

  it('refuses a number that is not digits, empty or zero', () => {
    expect(parseIssueInput('5a', '05/01/2021')).toMatchObject({ ok: false, field: 'number' });
    expect(parseIssueInput('12/KH', '05/01/2021')).toMatchObject({ ok: false, field: 'number' });
    expect(parseIssueInput('', '05/01/2021')).toMatchObject({
      ok: false,
      field: 'number',
      message: 'Chưa nhập số văn bản.',
    });
    expect(parseIssueInput('0', '05/01/2021')).toMatchObject({ ok: false, field: 'number' });
  });

  it('refuses a date in another form or an implausible year', () => {
    expect(parseIssueInput('5', '')).toMatchObject({ ok: false, message: 'Chưa nhập ngày ban hành.' });
    expect(parseIssueInput('5', 'mùng 5 tháng giêng')).toMatchObject({ ok: false, field: 'date' });
    expect(parseIssueInput('5', '05/01/1900')).toMatchObject({ ok: false, field: 'date' });
  });

  it('prints the NĐ 30 leading zeros from what it stores', () => {
    const r = parseIssueInput('5', '5/1/2021');
    if (!r.ok) throw new Error(r.message);
    expect(numberSymbolLine({ number: r.number, symbol: 'KH-BCĐ' })).toBe('Số: 05/KH-BCĐ');
    expect(placeDateLine({ place: 'Lạng Sơn', issueDate: r.issueDate })).toBe(
      'Lạng Sơn, ngày 05 tháng 01 năm 2021',
    );
    const late = parseIssueInput('12', '15/11/2021');
    if (!late.ok) throw new Error(late.message);
    expect(placeDateLine({ place: 'Lạng Sơn', issueDate: late.issueDate })).toBe(
      'Lạng Sơn, ngày 15 tháng 11 năm 2021',
    );
  });
});
