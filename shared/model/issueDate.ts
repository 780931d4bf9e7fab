import { z } from 'zod';

/**
 * The issue date is partial on purpose: before the clerk issues a plan, the seed reads
 * "ngày      tháng 01 năm 2021" — the day (and sometimes the month) is left blank. No calendar
 * refinement here: a date typed as 31/02 must not stop the rest of the plan from saving; the checks
 * report it (plan.issue-date-impossible, an error) and issuing refuses it.
 */
export const issueDateSchema = z.object({
  day: z.number().int().min(1).max(31).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  year: z.number().int().min(1945).max(2200).nullable(),
});
export type IssueDate = z.infer<typeof issueDateSchema>;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** NĐ 30: a day below 10 and the months 1 and 2 take a leading zero. */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Blank kept for the clerk to fill in by hand (wide enough for two handwritten digits). */
export const DATE_BLANK = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/** "ngày 05 tháng 01 năm 2021", with blanks where a part is not decided yet. */
export function formatLongDate(d: IssueDate): string {
  const day = d.day === null ? DATE_BLANK : padDay(d.day);
  const month = d.month === null ? DATE_BLANK : padMonth(d.month);
  const year = d.year === null ? DATE_BLANK : String(d.year);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "05/01/2021" (dd/mm/yyyy) for lists and tables; null when the date is incomplete. */
export function formatShortDate(d: IssueDate): string | null {
  if (d.day === null || d.month === null || d.year === null) return null;
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}
