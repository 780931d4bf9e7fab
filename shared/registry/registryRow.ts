import { canonicalNumberSymbol } from './numberSymbol.ts';
import { splitList, statusFromText, type Column } from './registryColumns.ts';
import { completeRegistryInput, type RegistryDocFields } from './registryInput.ts';

/** One line-level problem of an import, in both languages. */
export interface RegistryCsvError {
  line: number;
  message: string;
  messageEn: string;
}

export interface RegistryCsvRow {
  line: number;
  /** The "Mã" column: set when the line edits an entry exported earlier. */
  id: string | null;
  fields: RegistryDocFields;
}


/**
 * One import line (a CSV record or a JSON object) from its cells to the stored fields, or the reason
 * it is refused. What the databases write is read as they mean it: a document that has expired and
 * names its replacement is "replaced" by the first one named.
 */
export function rowFromCells(
  cell: Partial<Record<Column, string>>,
  line: number,
): { ok: true; row: RegistryCsvRow } | { ok: false; error: RegistryCsvError } {
  const refuse = (message: string, messageEn: string) => ({
    ok: false as const,
    error: { line, message, messageEn },
  });
  const yearText = cell.year ?? '';
  if (yearText !== '' && !/^\d{4}$/.test(yearText))
    return refuse(`Năm "${yearText}" không hợp lệ`, `Invalid year "${yearText}"`);
  const status = statusFromText(cell.status ?? '');
  if (status === undefined) {
    return refuse(
      `Tình trạng hiệu lực "${cell.status}" không hợp lệ (Còn hiệu lực, Hết hiệu lực, Hết hiệu lực một phần, Bị thay thế, Chưa có hiệu lực, Chưa rõ)`,
      `Invalid status "${cell.status}" (in_force, expired, replaced, unknown, or the databases' wording)`,
    );
  }
  const replacing = splitList(cell.replacing ?? '').map(canonicalNumberSymbol);
  const successors = [...replacing];
  for (const s of splitList(cell.successors ?? '').map(canonicalNumberSymbol))
    if (!successors.includes(s)) successors.push(s);
  let replacedBy = (cell.replacedBy ?? '').trim() || null;
  let code = status.status;
  // "Hết hiệu lực" with a replacing document named (the databases' way): replaced by the first one.
  if (code === 'expired' && replacing.length > 0) code = 'replaced';
  if (code === 'replaced' && replacedBy === null && replacing.length > 0) replacedBy = replacing[0]!;
  if (replacedBy !== null && !successors.includes(canonicalNumberSymbol(replacedBy)))
    successors.unshift(canonicalNumberSymbol(replacedBy));
  const note = [cell.note ?? '', status.note ?? ''].filter((s) => s.trim() !== '').join(' ');
  const done = completeRegistryInput({
    type: cell.type ?? '',
    number: cell.number,
    year: yearText === '' ? null : Number(yearText),
    symbol: cell.symbol,
    numberSymbol: cell.numberSymbol,
    date: cell.date ?? null,
    issuer: cell.issuer,
    summary: cell.summary,
    name: cell.name ?? null,
    status: code,
    replacedBy,
    source: cell.source,
    note,
    // A column the file does not have leaves the entry's value as it is (undefined), unlike an empty cell.
    effectiveFrom: cell.effectiveFrom,
    effectiveUntil: cell.effectiveUntil,
    successors:
      cell.successors !== undefined || cell.replacing !== undefined || replacedBy !== null
        ? successors
        : undefined,
  });
  if (!done.ok) return refuse(done.message, done.messageEn);
  const id = (cell.id ?? '').trim();
  return { ok: true, row: { line, id: id === '' ? null : id, fields: done.fields } };
}
