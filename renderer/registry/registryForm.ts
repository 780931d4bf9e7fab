import type { RegistryDoc, RegistryStatus } from '../../shared/registry/registryDoc.ts';
import type { RegistryDocInput } from '../../shared/registry/registryInput.ts';

/** The registry form's values: everything as typed text, the status from a list. */
export interface RegistryFormValues {
  type: string;
  numberSymbol: string;
  name: string;
  date: string;
  issuer: string;
  summary: string;
  status: RegistryStatus;
  replacedBy: string;
  source: string;
  note: string;
  /** dd/mm/yyyy as typed; empty when not known. */
  effectiveFrom: string;
  effectiveUntil: string;
  /** "30/2020/NĐ-CP; 64/2025/QH15". */
  successors: string;
}

export const EMPTY_FORM: RegistryFormValues = {
  type: '',
  numberSymbol: '',
  name: '',
  date: '',
  issuer: '',
  summary: '',
  status: 'unknown',
  replacedBy: '',
  source: '',
  note: '',
  effectiveFrom: '',
  effectiveUntil: '',
  successors: '',
};

/** "2017-05-25" → "25/05/2017", the way drafters read and type dates. */
export function isoToVn(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function formFromDoc(doc: RegistryDoc): RegistryFormValues {
  return {
    type: doc.type,
    numberSymbol: doc.numberSymbol,
    name: doc.name ?? '',
    date: isoToVn(doc.date),
    issuer: doc.issuer,
    summary: doc.summary,
    status: doc.status,
    replacedBy: doc.replacedBy ?? '',
    source: doc.source,
    note: doc.note,
    effectiveFrom: isoToVn(doc.effectiveFrom ?? null),
    effectiveUntil: isoToVn(doc.effectiveUntil ?? null),
    successors: (doc.successors ?? []).join('; '),
  };
}

/**
 * What the form sends through the contract. The back end completes and validates it (canonical
 * identifier, number/year/symbol split, a date that exists) and answers in both languages.
 */
export function inputFromForm(v: RegistryFormValues): RegistryDocInput {
  const text = (s: string) => s.normalize('NFC').trim();
  return {
    type: text(v.type),
    numberSymbol: text(v.numberSymbol),
    name: text(v.name) === '' ? null : text(v.name),
    date: text(v.date) === '' ? null : text(v.date),
    issuer: text(v.issuer),
    summary: text(v.summary),
    status: v.status,
    replacedBy: v.status === 'replaced' && text(v.replacedBy) !== '' ? text(v.replacedBy) : null,
    source: text(v.source),
    note: v.note.normalize('NFC').trim(),
    effectiveFrom: text(v.effectiveFrom) === '' ? null : text(v.effectiveFrom),
    effectiveUntil: text(v.effectiveUntil) === '' ? null : text(v.effectiveUntil),
    successors: text(v.successors)
      .split(/\s*[;,]\s*/u)
      .filter((x) => x !== ''),
  };
}

/** A file name for the exported CSV: "so-van-ban-2025-06-01.csv". */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `so-van-ban-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
