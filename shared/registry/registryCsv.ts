import { parseCsv, defuseFormula, formatCsv, restoreFormula } from './csv.ts';
import { formatDocDate } from './docDate.ts';
import { COLUMNS, STATUS_LABELS, columnOf, type Column } from './registryColumns.ts';
import type { RegistryDoc } from './registryDoc.ts';
import { rowFromCells, type RegistryCsvError, type RegistryCsvRow } from './registryRow.ts';

export type { RegistryCsvError, RegistryCsvRow } from './registryRow.ts';

export function formatRegistryCsv(docs: readonly RegistryDoc[]): string {
  const rows = [COLUMNS.map((c) => c.header)];
  for (const d of docs) {
    rows.push(
      COLUMNS.map(({ key }) => {
        if (key === 'date' || key === 'effectiveFrom' || key === 'effectiveUntil')
          return formatDocDate(d[key] ?? null);
        if (key === 'status') return STATUS_LABELS[d.status];
        if (key === 'successors') return (d.successors ?? []).join('; ');
        const v = d[key];
        return defuseFormula(v === null || v === undefined ? '' : String(v));
      }),
    );
  }
  return formatCsv(rows);
}

export interface RegistryCsvParse {
  rows: RegistryCsvRow[];
  /** Refused lines and header problems, each with its line. */
  errors: RegistryCsvError[];
  /** How many document lines were refused (header problems are not lines). */
  rejected: number;
}

/** The header's problems: unknown columns (reported once, ignored) and a missing type column. */
export function headerErrors(
  headers: string[],
  columns: (Column | 'ignored' | null)[],
  line: number,
): {
  errors: RegistryCsvError[];
  fatal: boolean;
} {
  const errors: RegistryCsvError[] = [];
  const unknown = headers.filter((h, i) => columns[i] === null && h.trim() !== '');
  if (unknown.length > 0) {
    errors.push({
      line,
      message: `Bỏ qua cột không rõ: ${unknown.join(', ')}`,
      messageEn: `Ignored unknown columns: ${unknown.join(', ')}`,
    });
  }
  if (!columns.includes('type')) {
    errors.push({
      line,
      message: 'Thiếu cột "Loại văn bản" ở dòng tiêu đề',
      messageEn: 'The header has no "Loại văn bản" (type) column',
    });
    return { errors, fatal: true };
  }
  return { errors, fatal: false };
}

/**
 * Read a registry CSV: the first line names the columns (any order; ours or the public databases'
 * names; unknown columns are reported once and ignored), each further line is one document. A bad
 * line is reported with its line number and skipped; the good ones are returned for import.
 */
export function parseRegistryCsv(text: string): RegistryCsvParse {
  const parsed = parseCsv(text.normalize('NFC'));
  const errors: RegistryCsvError[] = [];
  let rejected = 0;
  if (parsed.error) {
    errors.push(parsed.error);
    rejected++;
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    if (errors.length === 0)
      errors.push({ line: 1, message: 'Tệp CSV trống', messageEn: 'The CSV file is empty' });
    return { rows: [], errors, rejected };
  }
  const columns = header.fields.map(columnOf);
  const head = headerErrors(header.fields, columns, header.line);
  errors.push(...head.errors);
  if (head.fatal) return { rows: [], errors, rejected: records.length };
  const rows: RegistryCsvRow[] = [];
  for (const rec of records) {
    if (rec.fields.length > columns.length && rec.fields.slice(columns.length).some((f) => f.trim() !== '')) {
      errors.push({
        line: rec.line,
        message: `Dòng có ${rec.fields.length} ô, nhiều hơn ${columns.length} cột của tiêu đề`,
        messageEn: `The line has ${rec.fields.length} fields, more than the header's ${columns.length} columns`,
      });
      rejected++;
      continue;
    }
    const cell: Partial<Record<Column, string>> = {};
    columns.forEach((col, i) => {
      if (col !== null && col !== 'ignored') cell[col] = restoreFormula(rec.fields[i] ?? '').trim();
    });
    const r = rowFromCells(cell, rec.line);
    if (r.ok) rows.push(r.row);
    else {
      errors.push(r.error);
      rejected++;
    }
  }
  return { rows, errors, rejected };
}
