import type { AgencyEntry, AgencyEntryKind, AgencyInput } from '../../shared/agencies/agencyEntry.ts';
import { sourceText } from '../../shared/agencies/agencyEntry.ts';
import type { AgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import type { AgencyLevel } from '../../shared/agencies/agencySchema.ts';

/** The agency form's values, as typed. */
export interface AgencyFormValues {
  name: string;
  shortNames: string;
  level: AgencyLevel | '';
  kind: AgencyEntryKind | '';
  group: boolean;
  province: string;
  parent: string;
  groups: string[];
  validFrom: string;
  validUntil: string;
  successors: string;
  source: string;
  note: string;
}

export const emptyAgencyForm = (province: string | null): AgencyFormValues => ({
  name: '',
  shortNames: '',
  level: '',
  kind: '',
  group: false,
  province: province ?? '',
  parent: '',
  groups: [],
  validFrom: '',
  validUntil: '',
  successors: '',
  source: '',
  note: '',
});

export function isoToVn(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "5/3/2025" → "2025-03-05"; "" → null; undefined when it is not a calendar date. */
export function vnToIso(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function formFromEntry(e: AgencyEntry, index: AgencyIndex): AgencyFormValues {
  return {
    name: e.name,
    shortNames: e.shortNames.join('; '),
    level: e.level ?? '',
    kind: e.kind ?? '',
    group: e.group,
    province: e.province ?? '',
    parent: e.parent ?? '',
    groups: e.groups,
    validFrom: isoToVn(e.validFrom),
    validUntil: isoToVn(e.validUntil),
    successors: e.successors.map((id) => index.byId(id)?.name ?? id).join('; '),
    source: e.origin === 'learned' ? '' : sourceText(e),
    note: e.note,
  };
}

export type FormProblem = { key: 'badDate'; value: string } | { key: 'unknownSuccessor'; name: string };

/** The input for the contract, or the first problem to show (names resolved through the index). */
export function inputFromForm(
  v: AgencyFormValues,
  index: AgencyIndex,
): { input: AgencyInput } | { problem: FormProblem } {
  const validFrom = vnToIso(v.validFrom);
  if (validFrom === undefined) return { problem: { key: 'badDate', value: v.validFrom } };
  const validUntil = vnToIso(v.validUntil);
  if (validUntil === undefined) return { problem: { key: 'badDate', value: v.validUntil } };
  const successors: string[] = [];
  for (const name of v.successors
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const e = index.byId(name) ?? index.resolve(name, validUntil);
    if (!e) return { problem: { key: 'unknownSuccessor', name } };
    successors.push(e.id);
  }
  return {
    input: {
      name: v.name.normalize('NFC').trim(),
      shortNames: v.shortNames
        .split(';')
        .map((s) => s.normalize('NFC').trim())
        .filter(Boolean),
      level: v.level === '' ? null : v.level,
      kind: v.kind === '' ? null : v.kind,
      group: v.group,
      province: v.province.trim() === '' ? null : v.province.trim(),
      parent: v.parent === '' ? null : v.parent,
      groups: v.groups,
      validFrom,
      validUntil,
      successors,
      source: v.source.normalize('NFC').trim(),
      note: v.note.normalize('NFC').trim(),
    },
  };
}

/** The download's name: "danh-ba-co-quan-2026-12-01.csv". */
export function agencyExportFileName(now: Date): string {
  return `danh-ba-co-quan-${now.toISOString().slice(0, 10)}.csv`;
}
