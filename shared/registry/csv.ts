/**
 * RFC 4180 CSV, as Excel and LibreOffice write it: quoted fields may hold commas, quotes ("") and
 * line breaks; CRLF, LF or CR line ends; a UTF-8 BOM. Vietnamese-locale Excel separates with ";"
 * (the comma is its decimal mark), so the separator is detected from the header line.
 */
export interface CsvRecord {
  /** 1-based physical line where the record starts (what a user sees in a text editor). */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** An unterminated quote: the records before it are still returned. */
  error: { line: number; message: string; messageEn: string } | null;
  separator: ',' | ';';
}

export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string, separator?: ',' | ';'): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record (trailing newline, blank separator lines).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && text[i + 1] === '\n') {
          field += '\r\n';
          i += 2;
        } else {
          field += ch;
          i++;
        }
        line++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === sep) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) {
    return {
      records,
      separator: sep,
      error: {
        line: quoteLine,
        message: 'Dấu ngoặc kép mở nhưng không đóng',
        messageEn: 'A quoted field is never closed',
      },
    };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records, error: null, separator: sep };
}

/**
 * Spreadsheet formula injection: a cell starting with =, +, @ (or - before a digit or parenthesis)
 * runs as a formula when the file is opened. Such fields get a leading apostrophe, which the
 * spreadsheet hides and parseRegistryCsv takes off again.
 */
export function defuseFormula(value: string): string {
  return /^(?:[=+@\t\r]|-[\d(])/.test(value) ? `'${value}` : value;
}
export function restoreFormula(value: string): string {
  return /^'(?:[=+@\t\r]|-[\d(])/.test(value) ? value.slice(1) : value;
}

export function formatCsvField(value: string, separator: ',' | ';' = ','): string {
  return value.includes('"') || value.includes(separator) || /[\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** CRLF line ends and a BOM, so Excel opens the UTF-8 text with its diacritics intact. */
export function formatCsv(rows: string[][], separator: ',' | ';' = ','): string {
  return (
    '\uFEFF' +
    rows.map((r) => r.map((f) => formatCsvField(f, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}
