import { z } from 'zod';
import { AppError } from '../contract/appError.ts';
import { formatDocDate, parseDocDate } from './docDate.ts';
import { canonicalNumberSymbol, joinNumberSymbol, splitNumberSymbol } from './numberSymbol.ts';
import { registryStatusSchema, type RegistryDoc } from './registryDoc.ts';

/**
 * What a user (form, CSV line, recognised citation) gives to create or edit a registry entry: the
 * document without its id, with the parts that can be derived left optional (number/year/symbol from
 * the identifier or the reverse) and the rest defaulting to "not known".
 */
export const registryDocInputSchema = z.object({
  type: z.string().max(64),
  number: z.string().max(32).optional(),
  year: z.number().int().min(1900).max(2200).nullable().optional(),
  symbol: z.string().max(64).optional(),
  numberSymbol: z.string().max(128).optional(),
  /** ISO date, or dd/mm/yyyy as typed; null/empty when unknown. */
  date: z.string().max(40).nullable().optional(),
  issuer: z.string().max(300).optional(),
  summary: z.string().max(2000).optional(),
  name: z.string().max(300).nullable().optional(),
  status: registryStatusSchema.optional(),
  replacedBy: z.string().max(128).nullable().optional(),
  source: z.string().max(1000).optional(),
  note: z.string().max(2000).optional(),
  /** First day in force and first day no longer in force, as typed (ISO or dd/mm/yyyy); absent: unchanged. */
  effectiveFrom: z.string().max(40).nullable().optional(),
  effectiveUntil: z.string().max(40).nullable().optional(),
  /** numberSymbols of the documents that replace or continue this one. */
  successors: z.array(z.string().max(128)).max(20).optional(),
});
export type RegistryDocInput = z.infer<typeof registryDocInputSchema>;

export type RegistryDocFields = Omit<RegistryDoc, 'id'>;

export type CompleteResult =
  { ok: true; fields: RegistryDocFields } | { ok: false; message: string; messageEn: string };

const clean = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const cleanOrNull = (s: string | null | undefined): string | null => {
  const c = clean(s);
  return c === '' ? null : c;
};

/**
 * Validate and complete an input into the stored fields: NFC text, canonical identifier, parts
 * derived from one another, a date that exists. Never invents a status: unknown unless given.
 */
export function completeRegistryInput(input: RegistryDocInput): CompleteResult {
  const type = clean(input.type);
  if (type === '') {
    return { ok: false, message: 'Thiếu loại văn bản', messageEn: 'The document type is missing' };
  }
  let numberSymbol = canonicalNumberSymbol(input.numberSymbol ?? '');
  let number = clean(input.number);
  let year = input.year ?? null;
  let symbol = canonicalNumberSymbol(input.symbol ?? '');
  if (numberSymbol !== '') {
    const parts = splitNumberSymbol(numberSymbol);
    if (parts) ({ number, year, symbol } = parts);
  } else if (number !== '' && symbol !== '') {
    numberSymbol = joinNumberSymbol({ number, year, symbol });
  }
  const name = cleanOrNull(input.name);
  if (numberSymbol === '' && name === null) {
    return {
      ok: false,
      message: 'Thiếu số, ký hiệu (hoặc tên, với luật trích theo tên)',
      messageEn: 'The number and symbol are missing (or the name, for a law cited by name)',
    };
  }
  const date = parseDocDate(input.date ?? '');
  if (!date.ok) return { ok: false, message: date.message, messageEn: date.messageEn };
  const status = input.status ?? 'unknown';
  const replacedBy = cleanOrNull(input.replacedBy);
  const validity = completeValidity(input, date.iso);
  if (!validity.ok) return validity;
  return {
    ok: true,
    fields: {
      ...validity.fields,
      type,
      number,
      year,
      symbol,
      numberSymbol,
      date: date.iso,
      issuer: clean(input.issuer),
      summary: clean(input.summary),
      name,
      status,
      replacedBy: replacedBy === null ? null : canonicalNumberSymbol(replacedBy),
      source: clean(input.source),
      note: (input.note ?? '').normalize('NFC').trim(),
    },
  };
}

/**
 * The validity fields of an input: dates that exist and follow one another (ended after it began
 * and after issue), successors canonical and once each. Fields the input leaves out stay out,
 * so an edit that does not carry them keeps what the entry had.
 */
function completeValidity(
  input: RegistryDocInput,
  issued: string | null,
):
  | { ok: true; fields: Pick<RegistryDocFields, 'effectiveFrom' | 'effectiveUntil' | 'successors'> }
  | { ok: false; message: string; messageEn: string } {
  const fields: Pick<RegistryDocFields, 'effectiveFrom' | 'effectiveUntil' | 'successors'> = {};
  for (const [key, vi, en] of [
    ['effectiveFrom', 'Ngày có hiệu lực', 'Effective date'],
    ['effectiveUntil', 'Ngày hết hiệu lực', 'End date'],
  ] as const) {
    if (input[key] === undefined) continue;
    const d = parseDocDate(input[key] ?? '');
    if (!d.ok) return { ok: false, message: `${vi}: ${d.message}`, messageEn: `${en}: ${d.messageEn}` };
    fields[key] = d.iso;
  }
  const from = fields.effectiveFrom ?? null;
  const until = fields.effectiveUntil ?? null;
  // In force before the issue date happens (decrees of the 2025 reorganisation took effect on 01/3/2025,
  // signed 02/3/2025): not refused.
  if (until !== null && ((from !== null && until <= from) || (issued !== null && until < issued))) {
    return {
      ok: false,
      message: `Ngày hết hiệu lực ${formatDocDate(until)} không sau ngày có hiệu lực, ngày ban hành`,
      messageEn: `The end date ${formatDocDate(until)} is not after the effective and issue dates`,
    };
  }
  if (input.successors !== undefined) {
    const list: string[] = [];
    for (const s of input.successors.map(canonicalNumberSymbol))
      if (s !== '' && !list.includes(s)) list.push(s);
    fields.successors = list;
  }
  return { ok: true, fields };
}

/** completeRegistryInput for the contract's handlers: a bad input is a user-facing AppError. */
export function requireRegistryFields(input: RegistryDocInput): RegistryDocFields {
  const done = completeRegistryInput(input);
  if (!done.ok) {
    throw new AppError(
      'invalid_registry_doc',
      `Văn bản chưa được lưu: ${done.message}`,
      `The document is not saved: ${done.messageEn}`,
    );
  }
  return done.fields;
}

/**
 * A recognised citation as the grammar reports it (the fields of `plandraft citations --json`); the
 * registry keeps what identifies the document and ignores where it was found.
 */
export const citationForRegistrySchema = z
  .object({
    type: z.string().max(64).nullable(),
    number: z.string().max(32).nullable().optional(),
    year: z.number().int().nullable().optional(),
    symbol: z.string().max(64).nullable().optional(),
    numberSymbol: z.string().max(128).nullable().optional(),
    date: z.string().max(40).nullable().optional(),
    issuer: z.string().max(300).nullable().optional(),
    summary: z.string().max(2000).nullable().optional(),
    name: z.string().max(300).nullable().optional(),
  })
  .passthrough();
export type CitationForRegistry = z.infer<typeof citationForRegistrySchema>;

export function inputFromCitation(c: CitationForRegistry, source: string): RegistryDocInput {
  return {
    type: c.type ?? '',
    number: c.number ?? undefined,
    year: c.year ?? null,
    symbol: c.symbol ?? undefined,
    numberSymbol: c.numberSymbol ?? undefined,
    date: c.date ?? null,
    issuer: c.issuer ?? '',
    summary: c.summary ?? '',
    name: c.name ?? null,
    source,
  };
}
