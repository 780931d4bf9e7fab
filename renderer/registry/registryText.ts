import { useCallback } from 'react';
import { useI18n } from '../i18n/I18n.tsx';

/** Labels of the registry screen, Vietnamese first; kept beside the feature. */
const vi = {
  open: 'Sổ văn bản',
  title: 'Sổ văn bản pháp lý',
  subtitle: '{count} văn bản',
  search: 'Tìm theo số, ký hiệu, trích yếu, cơ quan (gõ không dấu cũng được)',
  add: 'Thêm văn bản',
  importCsv: 'Nhập CSV',
  exportCsv: 'Xuất CSV',
  close: 'Đóng',
  empty: 'Không có văn bản nào.',
  colType: 'Loại',
  colNumber: 'Số, ký hiệu',
  colDate: 'Ngày ban hành',
  colIssuer: 'Cơ quan ban hành',
  colSummary: 'Trích yếu / tên',
  colStatus: 'Tình trạng',
  edit: 'Sửa',
  delete: 'Xóa',
  confirmDelete: 'Xóa?',
  yes: 'Xóa',
  no: 'Không',
  formAdd: 'Thêm văn bản vào sổ',
  formEdit: 'Sửa văn bản',
  type: 'Loại văn bản',
  numberSymbol: 'Số, ký hiệu',
  numberSymbolHint: 'Ví dụ: 705/QĐ-TTg, 30/2020/NĐ-CP, 32-CT/TW',
  name: 'Tên (luật, bộ luật trích theo tên)',
  date: 'Ngày ban hành',
  dateHint: 'dd/mm/yyyy; để trống nếu chưa rõ',
  issuer: 'Cơ quan, người ban hành',
  summary: 'Trích yếu',
  status: 'Tình trạng hiệu lực',
  replacedBy: 'Được thay thế bởi (số, ký hiệu)',
  source: 'Nguồn (công báo, cơ sở dữ liệu quốc gia…)',
  note: 'Ghi chú',
  save: 'Lưu',
  cancel: 'Hủy',
  statusUnknown: 'Chưa rõ',
  statusInForce: 'Còn hiệu lực',
  statusExpired: 'Hết hiệu lực',
  statusReplaced: 'Đã bị thay thế',
  imported: 'Đã nhập: thêm {added}, cập nhật {updated}.',
  importErrors: '{count} dòng không nhập được:',
  line: 'Dòng {line}',
  exported: 'Đã xuất {file}',
  builtIn: 'dựng sẵn',
} as const;

export type RegistryKey = keyof typeof vi;

const en: Record<RegistryKey, string> = {
  open: 'Registry',
  title: 'Registry of legal documents',
  subtitle: '{count} documents',
  search: 'Search by number, symbol, summary, issuer (accents optional)',
  add: 'Add document',
  importCsv: 'Import CSV',
  exportCsv: 'Export CSV',
  close: 'Close',
  empty: 'No documents.',
  colType: 'Type',
  colNumber: 'Number, symbol',
  colDate: 'Issued',
  colIssuer: 'Issuer',
  colSummary: 'Summary / name',
  colStatus: 'Status',
  edit: 'Edit',
  delete: 'Delete',
  confirmDelete: 'Delete?',
  yes: 'Delete',
  no: 'No',
  formAdd: 'Add a document to the registry',
  formEdit: 'Edit document',
  type: 'Document type',
  numberSymbol: 'Number, symbol',
  numberSymbolHint: 'E.g. 705/QĐ-TTg, 30/2020/NĐ-CP, 32-CT/TW',
  name: 'Name (laws and codes cited by name)',
  date: 'Date issued',
  dateHint: 'dd/mm/yyyy; leave empty when unknown',
  issuer: 'Issuing body or person',
  summary: 'Summary',
  status: 'Legal status',
  replacedBy: 'Replaced by (number, symbol)',
  source: 'Source (official gazette, national database…)',
  note: 'Note',
  save: 'Save',
  cancel: 'Cancel',
  statusUnknown: 'Unknown',
  statusInForce: 'In force',
  statusExpired: 'Expired',
  statusReplaced: 'Replaced',
  imported: 'Imported: {added} added, {updated} updated.',
  importErrors: '{count} lines were not imported:',
  line: 'Line {line}',
  exported: 'Exported {file}',
  builtIn: 'built-in',
};

export function registryText(
  lang: 'vi' | 'en',
  key: RegistryKey,
  params?: Record<string, string | number>,
): string {
  const text: string = lang === 'en' ? en[key] : vi[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function useRegistryText(): {
  lang: 'vi' | 'en';
  rt: (key: RegistryKey, params?: Record<string, string | number>) => string;
} {
  const { lang } = useI18n();
  const rt = useCallback(
    (key: RegistryKey, params?: Record<string, string | number>) => registryText(lang, key, params),
    [lang],
  );
  return { lang, rt };
}
