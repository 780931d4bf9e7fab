import { columnOf, type Column } from './registryColumns.ts';
import type { RegistryCsvParse } from './registryCsv.ts';
import { rowFromCells, type RegistryCsvError, type RegistryCsvRow } from './registryRow.ts';

/**
 * The line each element of the documents array starts on: the array is the root, or the value of the
 * root object's "documents". A small scanner (strings and nesting only), as JSON.parse keeps no
 * positions.
 */
export function elementLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  // True right after "[" or "," of the documents array: the next non-space character starts an element.
  let awaiting = false;
  const inDocuments = () => {
    const p = stack.join('');
    return p === '[' || p === '{[';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (awaiting && !/\s/u.test(ch) && ch !== ']') {
      lines.push(line);
      awaiting = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      stack.push(ch);
      if (ch === '[' && inDocuments()) awaiting = true;
    } else if (ch === ']' || ch === '}') {
      stack.pop();
      awaiting = false;
    } else if (ch === ',' && inDocuments()) awaiting = true;
  }
  return lines;
}

function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('; ');
  return null;
}

/**
 * Read a registry JSON snapshot: an array of objects, or { "documents": [...] }, whose keys are the
 * CSV column names (Vietnamese, as the databases name them, or the English field names). Errors name
 * the line where the refused object starts.
 */
export function parseRegistryJson(text: string): RegistryCsvParse {
  const source = text.normalize('NFC').replace(/^\uFEFF/, '');
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch (e) {
    // V8 names a position or a line in some messages only; else the error is reported on line 1.
    const text = String(e);
    const pos = /position (\d+)/.exec(text)?.[1];
    const named = /line (\d+)/.exec(text)?.[1];
    const line =
      pos !== undefined
        ? source.slice(0, Number(pos)).split('\n').length
        : named !== undefined
          ? Number(named)
          : 1;
    return {
      rows: [],
      errors: [
        { line, message: 'Tệp JSON không đúng cú pháp', messageEn: 'The JSON file is not valid JSON' },
      ],
      rejected: 0,
    };
  }
  const list = Array.isArray(root)
    ? root
    : root !== null && typeof root === 'object' && Array.isArray((root as { documents?: unknown }).documents)
      ? (root as { documents: unknown[] }).documents
      : null;
  if (list === null) {
    return {
      rows: [],
      errors: [
        {
          line: 1,
          message: 'Tệp JSON phải là một mảng văn bản hoặc { "documents": [...] }',
          messageEn: 'The JSON file must be an array of documents or { "documents": [...] }',
        },
      ],
      rejected: 0,
    };
  }
  const lines = elementLines(source);
  const rows: RegistryCsvRow[] = [];
  const errors: RegistryCsvError[] = [];
  const unknown = new Set<string>();
  let rejected = 0;
  list.forEach((item, i) => {
    const line = lines[i] ?? 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({
        line,
        message: 'Phần tử không phải một văn bản (đối tượng JSON)',
        messageEn: 'The element is not a document (a JSON object)',
      });
      rejected++;
      return;
    }
    const cell: Partial<Record<Column, string>> = {};
    for (const [key, value] of Object.entries(item)) {
      const col = columnOf(key);
      if (col === null) unknown.add(key);
      if (col === null || col === 'ignored') continue;
      const t = cellText(value);
      if (t === null) {
        errors.push({
          line,
          message: `Giá trị của "${key}" không đọc được`,
          messageEn: `The value of "${key}" cannot be read`,
        });
        rejected++;
        return;
      }
      cell[col] = t.trim();
    }
    const r = rowFromCells(cell, line);
    if (r.ok) rows.push(r.row);
    else {
      errors.push(r.error);
      rejected++;
    }
  });
  if (unknown.size > 0) {
    errors.unshift({
      line: 1,
      message: `Bỏ qua trường không rõ: ${[...unknown].join(', ')}`,
      messageEn: `Ignored unknown fields: ${[...unknown].join(', ')}`,
    });
  }
  return { rows, errors, rejected };
}
