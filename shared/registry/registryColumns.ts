import { foldText } from './fold.ts';
import type { RegistryDoc, RegistryStatus } from './registryDoc.ts';

/**
 * A field an import line can fill: the document's fields, "Mã" (the id of an exported entry) and
 * "Văn bản thay thế" as the databases mean it (documents that replace this one), apart from our
 * "Văn bản kế tiếp" (successors, which may only continue it: a programme's next period).
 */
export type Column = keyof Omit<RegistryDoc, 'id'> | 'id' | 'replacing';

/**
 * Export order and headers (Vietnamese, for the drafter who opens the file in Excel). The names of
 * the public legal-document databases (vbpl.vn, the Cơ sở dữ liệu quốc gia về pháp luật) are used
 * where they have one: Số ký hiệu, Ngày ban hành, Loại văn bản, Cơ quan ban hành, Trích yếu, Ngày có
 * hiệu lực, Tình trạng hiệu lực, Ngày hết hiệu lực, Văn bản thay thế, Nguồn.
 */
export const COLUMNS: { key: Exclude<Column, 'replacing'>; header: string }[] = [
  { key: 'id', header: 'Mã' },
  { key: 'type', header: 'Loại văn bản' },
  { key: 'number', header: 'Số' },
  { key: 'year', header: 'Năm trong số' },
  { key: 'symbol', header: 'Ký hiệu' },
  { key: 'numberSymbol', header: 'Số ký hiệu' },
  { key: 'date', header: 'Ngày ban hành' },
  { key: 'issuer', header: 'Cơ quan ban hành' },
  { key: 'summary', header: 'Trích yếu' },
  { key: 'name', header: 'Tên luật' },
  { key: 'effectiveFrom', header: 'Ngày có hiệu lực' },
  { key: 'status', header: 'Tình trạng hiệu lực' },
  { key: 'effectiveUntil', header: 'Ngày hết hiệu lực' },
  { key: 'replacedBy', header: 'Thay thế bởi' },
  { key: 'successors', header: 'Văn bản kế tiếp' },
  { key: 'source', header: 'Nguồn' },
  { key: 'note', header: 'Ghi chú' },
];

/** Headers accepted on import: ours, the English field names, and the databases' variants, folded. */
const HEADER_ALIASES: Record<string, Column> = {};
for (const { key, header } of COLUMNS) {
  HEADER_ALIASES[foldText(header)] = key;
  HEADER_ALIASES[foldText(key)] = key;
}
Object.assign(HEADER_ALIASES, {
  loai: 'type',
  'so, ky hieu': 'numberSymbol',
  'so hieu': 'numberSymbol',
  'so hieu van ban': 'numberSymbol',
  nam: 'year',
  ngay: 'date',
  'ngay ky': 'date',
  'co quan': 'issuer',
  'noi ban hanh': 'issuer',
  'co quan ban hanh/chuc danh': 'issuer',
  ten: 'name',
  'tinh trang': 'status',
  'hieu luc': 'status',
  'ngay hieu luc': 'effectiveFrom',
  'ngay bat dau hieu luc': 'effectiveFrom',
  'ngay het hieu luc thi hanh': 'effectiveUntil',
  'van ban thay the': 'replacing',
  'van ban duoc thay the boi': 'replacing',
  'van ban thay the no': 'replacing',
  'nguon thu thap': 'source',
  'duong dan': 'source',
  url: 'source',
  'ghi chu hieu luc': 'note',
} satisfies Record<string, Column>);

/**
 * Columns the databases export that the registry does not keep: accepted without a complaint, so a
 * snapshot loads as downloaded.
 */
const IGNORED = new Set(
  [
    'STT',
    'Người ký',
    'Chức danh',
    'Lĩnh vực',
    'Ngày công báo',
    'Số công báo',
    'Ngày đăng công báo',
    'Phạm vi',
    'Ngành',
    'Tệp đính kèm',
    'Văn bản được hợp nhất',
    'Văn bản hướng dẫn',
    'Văn bản liên quan',
  ].map(foldText),
);

export function columnOf(header: string): Column | 'ignored' | null {
  const f = foldText(header);
  return HEADER_ALIASES[f] ?? (IGNORED.has(f) ? 'ignored' : null);
}

export const STATUS_LABELS: Record<RegistryStatus, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  replaced: 'Bị thay thế',
  unknown: 'Chưa rõ',
};

/**
 * A status as the databases write it. "Hết hiệu lực một phần" leaves the document a basis (the rest
 * is in force); "Chưa có hiệu lực" is told by the effective date, not the status; a suspension or
 * "không còn phù hợp" states no validity the checks can use. These keep a note of what was written.
 */
const STATUS_BY_TEXT = new Map<string, { status: RegistryStatus; note?: string }>();
for (const [code, label] of Object.entries(STATUS_LABELS) as [RegistryStatus, string][]) {
  STATUS_BY_TEXT.set(code, { status: code });
  STATUS_BY_TEXT.set(foldText(label), { status: code });
}
for (const [text, status, note] of [
  ['', 'unknown'],
  ['con hieu luc toan bo', 'in_force'],
  ['het hieu luc toan bo', 'expired'],
  ['het hieu luc mot phan', 'in_force', 'Hết hiệu lực một phần (theo nguồn).'],
  ['da bi thay the', 'replaced'],
  ['bi thay the toan bo', 'replaced'],
  ['chua co hieu luc', 'unknown', 'Chưa có hiệu lực tại thời điểm lấy dữ liệu (theo nguồn).'],
  ['ngung hieu luc', 'unknown', 'Ngưng hiệu lực (theo nguồn).'],
  ['ngung hieu luc toan bo', 'unknown', 'Ngưng hiệu lực toàn bộ (theo nguồn).'],
  ['ngung hieu luc mot phan', 'unknown', 'Ngưng hiệu lực một phần (theo nguồn).'],
  ['khong con phu hop', 'unknown', 'Không còn phù hợp (theo nguồn).'],
  ['dang cap nhat', 'unknown'],
  ['chua xac dinh', 'unknown'],
  ['chua xac minh', 'unknown'],
  ['khong ro', 'unknown'],
] as [string, RegistryStatus, string?][])
  STATUS_BY_TEXT.set(text, note ? { status, note } : { status });

export function statusFromText(text: string): { status: RegistryStatus; note?: string } | undefined {
  return STATUS_BY_TEXT.get(foldText(text));
}

/** "30/2020/NĐ-CP; 64/2025/QH15" or a JSON array: the identifiers of a list cell. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*[;,\n]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
