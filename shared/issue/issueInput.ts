import { padDocNumber } from '../format/nd30Text.ts';
import { daysInMonth, isValidDate, type IssueDate } from '../model/issueDate.ts';

/** Which field of the "Ban hành" dialog a message belongs to. */
export type IssueField = 'number' | 'date';

export type IssueInputResult =
  | { ok: true; number: string; issueDate: IssueDate & { day: number; month: number; year: number } }
  | { ok: false; field: IssueField; message: string; messageEn: string };

const MAX_NUMBER_DIGITS = 6;

/**
 * What the clerk types when issuing: the number (digits only; the exporter prints "05" for 5, NĐ 30)
 * and the issue date as day/month/year ("05/01/2021", "5/1/2021", "5-1-2021" or "5.1.2021"). A date
 * that is not on the calendar (31/02) is refused with the reason, never rolled over to March.
 * The number is stored in its NĐ 30 form ("05"), as the header check (plan.number-format) asks; the
 * exporter pads a number typed elsewhere without the zero the same way when printing.
 */
export function parseIssueInput(numberText: string, dateText: string): IssueInputResult {
  const raw = numberText.normalize('NFC').trim();
  if (raw === '') {
    return fail('number', 'Chưa nhập số văn bản.', 'The document number is missing.');
  }
  if (!/^\d+$/.test(raw)) {
    return fail(
      'number',
      `Số văn bản "${raw}" chỉ được gồm chữ số (ký hiệu đã có sẵn trong kế hoạch).`,
      `The number "${raw}" must be digits only (the symbol is already in the plan).`,
    );
  }
  const n = Number.parseInt(raw, 10);
  if (n === 0 || raw.length > MAX_NUMBER_DIGITS) {
    return fail('number', `Số văn bản "${raw}" không hợp lệ.`, `The number "${raw}" is not valid.`);
  }
  const date = parseDayMonthYear(dateText);
  if (!date.ok) return date;
  return { ok: true, number: padDocNumber(String(n)), issueDate: date.issueDate };
}

function parseDayMonthYear(
  dateText: string,
):
  { ok: true; issueDate: { day: number; month: number; year: number } } | (IssueInputResult & { ok: false }) {
  const text = dateText.normalize('NFC').trim();
  if (text === '') return fail('date', 'Chưa nhập ngày ban hành.', 'The issue date is missing.');
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (!m) {
    return fail(
      'date',
      `Ngày ban hành "${text}" không đúng dạng ngày/tháng/năm (ví dụ 05/01/2021).`,
      `The issue date "${text}" is not day/month/year (for example 05/01/2021).`,
    );
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1945 || year > 2200) {
    return fail('date', `Năm ${year} không hợp lệ.`, `The year ${year} is not valid.`);
  }
  if (month < 1 || month > 12) {
    return fail('date', `Tháng ${month} không tồn tại.`, `There is no month ${month}.`);
  }
  if (!isValidDate(year, month, day)) {
    const days = daysInMonth(year, month);
    return fail(
      'date',
      `Ngày ${day}/${month}/${year} không có trong lịch: tháng ${month} năm ${year} chỉ có ${days} ngày.`,
      `${day}/${month}/${year} is not a calendar date: month ${month} of ${year} has only ${days} days.`,
    );
  }
  return { ok: true, issueDate: { day, month, year } };
}

function fail(field: IssueField, message: string, messageEn: string): IssueInputResult & { ok: false } {
  return { ok: false, field, message, messageEn };
}
