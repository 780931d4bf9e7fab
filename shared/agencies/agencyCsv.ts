import { defuseFormula, formatCsv, parseCsv, restoreFormula } from '../registry/csv.ts';
import { foldText } from '../registry/fold.ts';
import {
  agencyInputSchema,
  KIND_LABELS,
  LEVEL_LABELS,
  sourceText,
  type AgencyEntry,
  type AgencyEntryKind,
  type AgencyInput,
} from './agencyEntry.ts';
import type { AgencyLevel } from './agencySchema.ts';

/** One line-level problem of an import, in both languages. */
export interface AgencyCsvError {
  line: number;
  message: string;
  messageEn: string;
}

export interface AgencyCsvRow {
  line: number;
  /** "Mã": set when the line edits an entry exported earlier. */
  id: string | null;
  input: AgencyInput;
}

type Column =
  | 'id'
  | 'name'
  | 'shortNames'
  | 'level'
  | 'kind'
  | 'group'
  | 'province'
  | 'parent'
  | 'groups'
  | 'validFrom'
  | 'validUntil'
  | 'successors'
  | 'source'
  | 'note';

/** Export order and headers (Vietnamese, for the drafter who opens the file in Excel). */
export const AGENCY_CSV_COLUMNS: { key: Column; header: string; about: string }[] = [
  { key: 'id', header: 'Mã', about: 'mã trong danh bạ; để trống khi thêm mới' },
  { key: 'name', header: 'Tên cơ quan', about: 'bắt buộc' },
  { key: 'shortNames', header: 'Tên viết tắt', about: 'cách nhau bằng dấu ";"' },
  { key: 'level', header: 'Cấp', about: 'Trung ương, Tỉnh, Huyện, Xã' },
  { key: 'kind', header: 'Loại', about: 'mã loại (co-quan-chuyen-mon, uy-ban-nhan-dan, …) hoặc tên loại' },
  { key: 'group', header: 'Là nhóm', about: '"Có" cho nhóm nơi nhận ("UBND các xã, phường")' },
  { key: 'province', header: 'Tỉnh', about: 'mã tỉnh (lang-son); trống cho cơ quan trung ương' },
  { key: 'parent', header: 'Cơ quan cấp trên', about: 'mã' },
  { key: 'groups', header: 'Thuộc nhóm', about: 'mã nhóm, cách nhau bằng ";"' },
  { key: 'validFrom', header: 'Có từ ngày', about: 'dd/mm/yyyy' },
  { key: 'validUntil', header: 'Không còn từ ngày', about: 'dd/mm/yyyy: ngày đầu tiên cơ quan không còn' },
  { key: 'successors', header: 'Cơ quan kế tiếp', about: 'mã, cách nhau bằng ";"' },
  { key: 'source', header: 'Nguồn', about: 'bắt buộc: văn bản thành lập, hợp nhất, đổi tên' },
  { key: 'note', header: 'Ghi chú', about: '' },
];

const HEADERS = new Map<string, Column>();
for (const c of AGENCY_CSV_COLUMNS) {
  HEADERS.set(foldText(c.header), c.key);
  HEADERS.set(foldText(c.key), c.key);
}
HEADERS.set('ten', 'name');
HEADERS.set('viet tat', 'shortNames');
HEADERS.set('het tu ngay', 'validUntil');

const LEVELS = new Map<string, AgencyLevel>();
for (const [code, l] of Object.entries(LEVEL_LABELS) as [AgencyLevel, { vi: string }][]) {
  LEVELS.set(code, code);
  LEVELS.set(foldText(l.vi), code);
  LEVELS.set(foldText(l.vi.replace(/\s*\(.*$/, '')), code);
}
const KINDS = new Map<string, AgencyEntryKind>();
for (const [code, label] of Object.entries(KIND_LABELS) as [AgencyEntryKind, string][]) {
  KINDS.set(code, code);
  KINDS.set(foldText(label), code);
}

const list = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
const vnDate = (iso: string | null): string => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

export function formatAgencyCsv(entries: readonly AgencyEntry[]): string {
  const rows = [AGENCY_CSV_COLUMNS.map((c) => c.header)];
  for (const e of entries) {
    if (e.origin === 'learned') continue;
    const cell: Record<Column, string> = {
      id: e.id,
      name: e.name,
      shortNames: e.shortNames.join('; '),
      level: e.level ? LEVEL_LABELS[e.level].vi.replace(/\s*\(.*$/, '') : '',
      kind: e.kind ?? '',
      group: e.group ? 'Có' : '',
      province: e.province ?? '',
      parent: e.parent ?? '',
      groups: e.groups.join('; '),
      validFrom: vnDate(e.validFrom),
      validUntil: vnDate(e.validUntil),
      successors: e.successors.join('; '),
      source: sourceText(e),
      note: e.note,
    };
    rows.push(AGENCY_CSV_COLUMNS.map((c) => defuseFormula(cell[c.key])));
  }
  return formatCsv(rows);
}

/** "05/3/2025" or "2025-03-05" → ISO; null for an empty cell; undefined when it is no date. */
function readDate(s: string): string | null | undefined {
  const t = s.trim();
  if (t === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export interface AgencyCsvParse {
  rows: AgencyCsvRow[];
  errors: AgencyCsvError[];
}

/**
 * Read a directory CSV: the first line names the columns (any order), each further line is one
 * entry. A bad line is reported with its line number and skipped; the good ones are returned.
 * References (parent, groups, successors) are checked by the store, which knows the ids.
 */
export function parseAgencyCsv(text: string): AgencyCsvParse {
  const parsed = parseCsv(text.normalize('NFC'));
  const errors: AgencyCsvError[] = parsed.error ? [parsed.error] : [];
  const [header, ...records] = parsed.records;
  if (!header) {
    if (errors.length === 0)
      errors.push({ line: 1, message: 'Tệp CSV trống', messageEn: 'The CSV file is empty' });
    return { rows: [], errors };
  }
  const columns = header.fields.map((h) => HEADERS.get(foldText(h)) ?? null);
  const unknown = header.fields.filter((h, i) => columns[i] === null && h.trim() !== '');
  if (unknown.length > 0)
    errors.push({
      line: header.line,
      message: `Bỏ qua cột không rõ: ${unknown.join(', ')}`,
      messageEn: `Ignored unknown columns: ${unknown.join(', ')}`,
    });
  if (!columns.includes('name')) {
    errors.push({
      line: header.line,
      message: 'Thiếu cột "Tên cơ quan" ở dòng tiêu đề',
      messageEn: 'The header has no "Tên cơ quan" (name) column',
    });
    return { rows: [], errors };
  }
  const rows: AgencyCsvRow[] = [];
  for (const rec of records) {
    if (rec.fields.every((f) => f.trim() === '')) continue;
    const cell = (k: Column): string => {
      const i = columns.indexOf(k);
      return i < 0 ? '' : restoreFormula((rec.fields[i] ?? '').trim());
    };
    const fail = (message: string, messageEn: string) => errors.push({ line: rec.line, message, messageEn });
    const levelText = cell('level');
    const level = levelText === '' ? null : LEVELS.get(foldText(levelText));
    if (level === undefined) {
      fail(`Cấp "${levelText}" không rõ (Trung ương, Tỉnh, Huyện, Xã)`, `Unknown level "${levelText}"`);
      continue;
    }
    const kindText = cell('kind');
    const kind = kindText === '' ? null : KINDS.get(foldText(kindText));
    if (kind === undefined) {
      fail(`Loại "${kindText}" không rõ`, `Unknown kind "${kindText}"`);
      continue;
    }
    const validFrom = readDate(cell('validFrom'));
    const validUntil = readDate(cell('validUntil'));
    if (validFrom === undefined || validUntil === undefined) {
      const bad = validFrom === undefined ? cell('validFrom') : cell('validUntil');
      fail(`Ngày "${bad}" không hợp lệ (dd/mm/yyyy)`, `Invalid date "${bad}" (dd/mm/yyyy)`);
      continue;
    }
    if (validFrom && validUntil && validFrom >= validUntil) {
      fail('"Không còn từ ngày" phải sau "Có từ ngày"', 'The end date must be after the start date');
      continue;
    }
    if (cell('source').trim() === '') {
      fail(
        'Hãy ghi nguồn (văn bản thành lập, hợp nhất, đổi tên)',
        'Give a source (the document that established, merged or renamed it)',
      );
      continue;
    }
    const input = agencyInputSchema.safeParse({
      name: cell('name'),
      shortNames: list(cell('shortNames')),
      level,
      kind,
      group: /^(co|x|1|true|yes)$/i.test(foldText(cell('group'))),
      province: cell('province') || null,
      parent: cell('parent') || null,
      groups: list(cell('groups')),
      validFrom,
      validUntil,
      successors: list(cell('successors')),
      source: cell('source'),
      note: cell('note'),
    });
    if (!input.success) {
      const issue = input.error.issues[0];
      const [vi, en] = (issue?.message ?? 'Dòng không hợp lệ / invalid line').split(' / ');
      fail(vi ?? '', en ?? vi ?? '');
      continue;
    }
    rows.push({ line: rec.line, id: cell('id') || null, input: input.data });
  }
  return { rows, errors };
}
