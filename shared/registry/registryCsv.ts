import { parseCsv, defuseFormula, formatCsv, restoreFormula } from './csv.ts';
import { formatDocDate } from './docDate.ts';
import { foldText } from './fold.ts';
import type { RegistryDoc, RegistryStatus } from './registryDoc.ts';
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

type Column = keyof Omit<RegistryDoc, 'id'> | 'id';

/** Export order and headers (Vietnamese, for the drafter who opens the file in Excel). */
const COLUMNS: { key: Column; header: string }[] = [
  { key: 'id', header: 'Mã' },
  { key: 'type', header: 'Loại văn bản' },
  { key: 'number', header: 'Số' },
  { key: 'year', header: 'Năm trong số' },
  { key: 'symbol', header: 'Ký hiệu' },
  { key: 'numberSymbol', header: 'Số, ký hiệu' },
  { key: 'date', header: 'Ngày ban hành' },
  { key: 'issuer', header: 'Cơ quan ban hành' },
  { key: 'summary', header: 'Trích yếu' },
  { key: 'name', header: 'Tên luật' },
  { key: 'status', header: 'Tình trạng' },
  { key: 'replacedBy', header: 'Thay thế bởi' },
  { key: 'source', header: 'Nguồn' },
  { key: 'note', header: 'Ghi chú' },
];

/** Headers accepted on import: ours, the English field names, and common variants, all folded. */
const HEADER_ALIASES: Record<string, Column> = {};
for (const { key, header } of COLUMNS) {
  HEADER_ALIASES[foldText(header)] = key;
  HEADER_ALIASES[foldText(key)] = key;
}
Object.assign(HEADER_ALIASES, {
  loai: 'type',
  'so ky hieu': 'numberSymbol',
  'so hieu': 'numberSymbol',
  numbersymbol: 'numberSymbol',
  nam: 'year',
  ngay: 'date',
  'co quan': 'issuer',
  'noi ban hanh': 'issuer',
  ten: 'name',
  'tinh trang hieu luc': 'status',
  replacedby: 'replacedBy',
} satisfies Record<string, Column>);

const STATUS_LABELS: Record<RegistryStatus, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  replaced: 'Bị thay thế',
  unknown: 'Chưa rõ',
};
const STATUS_BY_TEXT = new Map<string, RegistryStatus>();
for (const [code, label] of Object.entries(STATUS_LABELS) as [RegistryStatus, string][]) {
  STATUS_BY_TEXT.set(code, code);
  STATUS_BY_TEXT.set(foldText(label), code);
}
STATUS_BY_TEXT.set('', 'unknown');
STATUS_BY_TEXT.set('con hieu luc', 'in_force');
STATUS_BY_TEXT.set('da bi thay the', 'replaced');
STATUS_BY_TEXT.set('khong ro', 'unknown');

export function formatRegistryCsv(docs: readonly RegistryDoc[]): string {
  const rows = [COLUMNS.map((c) => c.header)];
  for (const d of docs) {
    rows.push(
      COLUMNS.map(({ key }) => {
        if (key === 'date') return formatDocDate(d.date);
        if (key === 'status') return STATUS_LABELS[d.status];
        const v = d[key];
        return defuseFormula(v === null ? '' : String(v));
      }),
    );
  }
  return formatCsv(rows);
}

export interface RegistryCsvParse {
  rows: RegistryCsvRow[];
  errors: RegistryCsvError[];
}

/**
 * Read a registry CSV: the first line names the columns (any order; unknown columns are reported
 * once and ignored), each further line is one document. A bad line is reported with its line number
 * and skipped; the good ones are returned for import.
 */
export function parseRegistryCsv(text: string): RegistryCsvParse {
  const parsed = parseCsv(text.normalize('NFC'));
  const errors: RegistryCsvError[] = [];
  if (parsed.error) errors.push(parsed.error);
  const [header, ...records] = parsed.records;
  if (!header) {
    if (errors.length === 0)
      errors.push({ line: 1, message: 'Tệp CSV trống', messageEn: 'The CSV file is empty' });
    return { rows: [], errors };
  }
  const columns: (Column | null)[] = header.fields.map((h) => HEADER_ALIASES[foldText(h)] ?? null);
  const unknown = header.fields.filter((h, i) => columns[i] === null && h.trim() !== '');
  if (unknown.length > 0) {
    errors.push({
      line: header.line,
      message: `Bỏ qua cột không rõ: ${unknown.join(', ')}`,
      messageEn: `Ignored unknown columns: ${unknown.join(', ')}`,
    });
  }
  if (!columns.includes('type')) {
    errors.push({
      line: header.line,
      message: 'Thiếu cột "Loại văn bản" ở dòng tiêu đề',
      messageEn: 'The header has no "Loại văn bản" (type) column',
    });
    return { rows: [], errors };
  }
  const rows: RegistryCsvRow[] = [];
  for (const rec of records) {
    if (rec.fields.length > columns.length && rec.fields.slice(columns.length).some((f) => f.trim() !== '')) {
      errors.push({
        line: rec.line,
        message: `Dòng có ${rec.fields.length} ô, nhiều hơn ${columns.length} cột của tiêu đề`,
        messageEn: `The line has ${rec.fields.length} fields, more than the header's ${columns.length} columns`,
      });
      continue;
    }
    const cell: Partial<Record<Column, string>> = {};
    columns.forEach((col, i) => {
      if (col !== null) cell[col] = restoreFormula(rec.fields[i] ?? '').trim();
    });
    const yearText = cell.year ?? '';
    if (yearText !== '' && !/^\d{4}$/.test(yearText)) {
      errors.push({
        line: rec.line,
        message: `Năm "${yearText}" không hợp lệ`,
        messageEn: `Invalid year "${yearText}"`,
      });
      continue;
    }
    const status = STATUS_BY_TEXT.get(foldText(cell.status ?? ''));
    if (status === undefined) {
      errors.push({
        line: rec.line,
        message: `Tình trạng "${cell.status}" không hợp lệ (Còn hiệu lực, Hết hiệu lực, Bị thay thế, Chưa rõ)`,
        messageEn: `Invalid status "${cell.status}" (in_force, expired, replaced, unknown)`,
      });
      continue;
    }
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
      status,
      replacedBy: cell.replacedBy ?? null,
      source: cell.source,
      note: cell.note,
    });
    if (!done.ok) {
      errors.push({ line: rec.line, message: done.message, messageEn: done.messageEn });
      continue;
    }
    const id = (cell.id ?? '').trim();
    rows.push({ line: rec.line, id: id === '' ? null : id, fields: done.fields });
  }
  return { rows, errors };
}
