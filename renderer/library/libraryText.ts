import type { PlanOrigin, TemplateInfo } from '../../shared/contract/records.ts';
import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages, type Lang } from '../i18n/messages.ts';

/** Labels of the library (search, years, origin, duplicate, templates, bin), Vietnamese first. */
const vi = {
  search: 'Tìm trong các kế hoạch',
  searchPlaceholder: 'Tìm theo nội dung, không cần dấu (vd. “pho bien”)',
  searchNone: 'Không có kế hoạch nào chứa “{query}”.',
  searchCount: '{count} kế hoạch chứa “{query}”',
  yearHeading: 'Năm {year}',
  colOrigin: 'Nguồn gốc',
  colUpdated: 'Sửa lần cuối',
  openNamed: 'Mở kế hoạch “{title}”',
  duplicate: 'Nhân bản',
  duplicateNamed: 'Nhân bản kế hoạch “{title}”',
  deleteNamed: 'Xóa kế hoạch “{title}”',
  duplicated: 'Đã tạo bản sao “{title}”.',
  originTemplate: 'Từ mẫu {name}',
  originTemplateUnknown: 'Từ mẫu',
  originImport: 'Nhập từ tệp {file}',
  originImportUnknown: 'Nhập từ tệp Word',
  originRollover: 'Chuyển tiếp từ kế hoạch năm {year}: {title}',
  originRolloverGone: 'Chuyển tiếp từ một kế hoạch đã xóa hẳn',
  originAmendment: 'Sửa đổi kế hoạch số {number}: {title}',
  originAmendmentGone: 'Sửa đổi một kế hoạch đã xóa hẳn',
  originDuplicate: 'Bản sao của “{title}”',
  originOther: '—',
  // Mẫu của người dùng, trong hộp "Tạo kế hoạch mới"
  renameTemplate: 'Đổi tên',
  renameTemplateNamed: 'Đổi tên mẫu “{name}”',
  deleteTemplate: 'Xóa mẫu',
  deleteTemplateNamed: 'Xóa mẫu “{name}”',
  templateNewName: 'Tên mới của mẫu “{name}”',
  saveName: 'Lưu tên',
  cancel: 'Hủy',
  deleteTemplateTitle: 'Xóa mẫu?',
  deleteTemplateConfirm: 'Mẫu “{name}” sẽ bị xóa hẳn. Các kế hoạch đã tạo từ mẫu này vẫn giữ nguyên.',
  deleteTemplateYes: 'Xóa mẫu',
  // Dọn thùng rác
  emptyBin: 'Dọn thùng rác',
  emptyBinTitle: 'Dọn thùng rác?',
  emptyBinConfirm:
    '{count} kế hoạch trong thùng rác sẽ bị xóa hẳn, cùng lịch sử sửa đổi và nhật ký xuất; không thể khôi phục lại.',
  emptyBinYes: 'Xóa hẳn',
  emptied: 'Đã xóa hẳn {count} kế hoạch.',
  restoreNamed: 'Khôi phục kế hoạch “{title}”',
};

const en: Record<keyof typeof vi, string> = {
  search: 'Search the plans',
  searchPlaceholder: 'Search the text, accents optional (e.g. “pho bien”)',
  searchNone: 'No plan contains “{query}”.',
  searchCount: '{count} plans contain “{query}”',
  yearHeading: 'Year {year}',
  colOrigin: 'Origin',
  colUpdated: 'Last changed',
  openNamed: 'Open plan “{title}”',
  duplicate: 'Duplicate',
  duplicateNamed: 'Duplicate plan “{title}”',
  deleteNamed: 'Delete plan “{title}”',
  duplicated: 'Copy “{title}” created.',
  originTemplate: 'From template {name}',
  originTemplateUnknown: 'From a template',
  originImport: 'Imported from {file}',
  originImportUnknown: 'Imported from a Word file',
  originRollover: 'Rolled over from the {year} plan: {title}',
  originRolloverGone: 'Rolled over from a plan removed for good',
  originAmendment: 'Amends plan no. {number}: {title}',
  originAmendmentGone: 'Amends a plan removed for good',
  originDuplicate: 'Copy of “{title}”',
  originOther: '—',
  renameTemplate: 'Rename',
  renameTemplateNamed: 'Rename template “{name}”',
  deleteTemplate: 'Delete template',
  deleteTemplateNamed: 'Delete template “{name}”',
  templateNewName: 'New name of template “{name}”',
  saveName: 'Save name',
  cancel: 'Cancel',
  deleteTemplateTitle: 'Delete template?',
  deleteTemplateConfirm: 'Template “{name}” will be deleted for good. Plans created from it are kept.',
  deleteTemplateYes: 'Delete template',
  emptyBin: 'Empty the bin',
  emptyBinTitle: 'Empty the bin?',
  emptyBinConfirm:
    '{count} plans in the bin will be deleted for good, with their revision history and export log; this cannot be undone.',
  emptyBinYes: 'Delete for good',
  emptied: '{count} plans deleted for good.',
  restoreNamed: 'Restore plan “{title}”',
};

export const libraryMessages = defineMessages({ vi, en });

/** `t` of the library in the UI language. */
export function useLibraryText() {
  return useMessages(libraryMessages);
}

type T = (key: keyof typeof vi, params?: Record<string, string | number>) => string;

/** "Từ mẫu Kế hoạch PBGDPL (Lạng Sơn 2021)", "Nhập từ tệp kh-2024.docx", "Chuyển tiếp từ …". */
export function originText(origin: PlanOrigin, templates: TemplateInfo[], t: T, lang: Lang): string {
  switch (origin.kind) {
    case 'template': {
      const tp = templates.find((x) => x.id === origin.templateId);
      return tp
        ? t('originTemplate', { name: lang === 'en' ? tp.nameEn : tp.name })
        : t('originTemplateUnknown');
    }
    case 'import':
      return origin.fileName ? t('originImport', { file: origin.fileName }) : t('originImportUnknown');
    case 'rollover':
      return origin.fromTitle !== null && origin.fromYear !== null
        ? t('originRollover', { year: origin.fromYear, title: origin.fromTitle })
        : t('originRolloverGone');
    case 'amendment':
      return origin.fromTitle !== null
        ? t('originAmendment', { number: origin.fromNumber ?? '', title: origin.fromTitle })
        : t('originAmendmentGone');
    case 'duplicate':
      return t('originDuplicate', { title: origin.fromTitle });
    case 'other':
      return t('originOther');
  }
}
