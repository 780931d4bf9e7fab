import { formatDocDate } from './docDate.ts';
import type { RegistryDoc } from './registryDoc.ts';

/**
 * A document's validity on one day (issue 11): computed from what a source states — the status, the
 * first day in force (effectiveFrom), the first day no longer in force (effectiveUntil) and the
 * successors — never guessed. "In force" needs a source that says so; without one the answer is
 * "unverified", even when the dates make it plausible.
 */
export type Validity =
  | { kind: 'not_yet'; from: string }
  | { kind: 'in_force'; from: string | null }
  | { kind: 'replaced'; on: string | null; by: string[] }
  | { kind: 'expired'; on: string | null; successors: string[] }
  | { kind: 'unverified'; from: string | null };

export type ValidityKind = Validity['kind'];

/** The numberSymbols that continue a document: replacedBy first, then the successors, once each. */
export function successorsOf(doc: RegistryDoc): string[] {
  const out: string[] = [];
  for (const s of [doc.replacedBy, ...(doc.successors ?? [])]) if (s && !out.includes(s)) out.push(s);
  return out;
}

/**
 * Validity of `doc` on `onDate` (ISO YYYY-MM-DD). ISO dates compare as strings.
 *
 * - before a known effectiveFrom: not yet in force (the source dates it);
 * - on or after a known effectiveUntil: replaced (a successor is named or the status says so) or
 *   expired, on that day;
 * - status replaced/expired without an end date: so, with the day unknown (the source's status is
 *   as of its reading, and a plan dated before it cannot be told apart);
 * - status in force: in force, provided the document had been issued by then;
 * - between a known effectiveFrom and a known effectiveUntil: in force (the source dates both ends);
 * - anything else: unverified.
 */
export function validityOn(doc: RegistryDoc, onDate: string): Validity {
  const from = doc.effectiveFrom ?? null;
  const until = doc.effectiveUntil ?? null;
  const successors = successorsOf(doc);
  if (from !== null && onDate < from) return { kind: 'not_yet', from };
  if (until !== null && onDate >= until) {
    return doc.status === 'replaced' || (doc.status !== 'expired' && successors.length > 0)
      ? { kind: 'replaced', on: until, by: successors }
      : { kind: 'expired', on: until, successors };
  }
  if (until === null && doc.status === 'replaced') return { kind: 'replaced', on: null, by: successors };
  if (until === null && doc.status === 'expired') return { kind: 'expired', on: null, successors };
  if (doc.status === 'in_force') {
    if (from !== null || (doc.date !== null && doc.date <= onDate)) return { kind: 'in_force', from };
    return { kind: 'unverified', from };
  }
  if (from !== null && until !== null) return { kind: 'in_force', from };
  return { kind: 'unverified', from };
}

/** True for the validities a căn cứ must not rest on at that date. */
export function isNotValid(v: Validity): boolean {
  return v.kind === 'not_yet' || v.kind === 'replaced' || v.kind === 'expired';
}

/** Today as ISO in local time, for screens whose default date is today. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The day a plan is judged on: its issue date when complete, else 1 January of its year when the
 * plan is not yet issued (a 2027 plan must rest on what is in force in 2027), else the day/month it
 * has in its year.
 */
export function planValidityDate(
  year: number,
  issueDate: { day: number | null; month: number | null; year: number | null },
): string {
  const y = issueDate.year ?? year;
  const m = issueDate.month ?? 1;
  const d = issueDate.day ?? 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface ValidityText {
  vi: string;
  en: string;
}

/** "Còn hiệu lực (từ 01/01/2013)", "Bị thay thế bởi 64/2025/QH15 từ 01/04/2025", … */
export function validityText(v: Validity): ValidityText {
  const d = formatDocDate;
  switch (v.kind) {
    case 'not_yet':
      return { vi: `Chưa có hiệu lực (từ ${d(v.from)})`, en: `Not yet in force (from ${d(v.from)})` };
    case 'in_force':
      return v.from
        ? { vi: `Còn hiệu lực (từ ${d(v.from)})`, en: `In force (since ${d(v.from)})` }
        : { vi: 'Còn hiệu lực', en: 'In force' };
    case 'replaced': {
      const by = v.by.length > 0 ? ` bởi ${v.by.join(', ')}` : '';
      const byEn = v.by.length > 0 ? ` by ${v.by.join(', ')}` : '';
      return {
        vi: `Bị thay thế${by}${v.on ? ` từ ${d(v.on)}` : ' (chưa rõ ngày)'}`,
        en: `Replaced${byEn}${v.on ? ` from ${d(v.on)}` : ' (date unknown)'}`,
      };
    }
    case 'expired': {
      const next = v.successors.length > 0 ? `; kế tiếp: ${v.successors.join(', ')}` : '';
      const nextEn = v.successors.length > 0 ? `; continued by ${v.successors.join(', ')}` : '';
      return {
        vi: `Hết hiệu lực${v.on ? ` từ ${d(v.on)}` : ' (chưa rõ ngày)'}${next}`,
        en: `Expired${v.on ? ` on ${d(v.on)}` : ' (date unknown)'}${nextEn}`,
      };
    }
    case 'unverified':
      return v.from
        ? {
            vi: `Chưa xác minh (có hiệu lực từ ${d(v.from)}; chưa rõ tình trạng hiện nay)`,
            en: `Unverified (in force from ${d(v.from)}; current status unknown)`,
          }
        : { vi: 'Chưa xác minh', en: 'Unverified' };
  }
}
