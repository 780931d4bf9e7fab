import { isValidDate } from '../model/issueDate.ts';

export type DocDateResult =
  { ok: true; iso: string | null } | { ok: false; message: string; messageEn: string };

/**
 * A cited document's date as people type it — "2020-03-05", "5/3/2020", "05.03.2020",
 * "ngày 05 tháng 3 năm 2020" — to ISO. Empty is "not known" (null); a date that does not exist
 * (31/02/2020) is refused, never rolled over to March.
 */
export function parseDocDate(raw: string): DocDateResult {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { ok: true, iso: null };
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const long = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (long) [d, m, y] = [Number(long[1]), Number(long[2]), Number(long[3])];
  else {
    return {
      ok: false,
      message: `Ngày "${text}" không đúng dạng (dd/mm/yyyy hoặc yyyy-mm-dd)`,
      messageEn: `Date "${text}" is not in a known form (dd/mm/yyyy or yyyy-mm-dd)`,
    };
  }
  if (y < 1945 || y > 2200 || !isValidDate(y, m, d)) {
    return {
      ok: false,
      message: `Ngày "${text}" không tồn tại`,
      messageEn: `Date "${text}" does not exist`,
    };
  }
  return { ok: true, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** "2017-05-25" → "25/05/2017" for tables and CSV readers who expect day first. */
export function formatDocDate(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
