import { defineMessages } from '../../i18n/messages.ts';

const vi = {
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  undoTip: 'Hoàn tác (Ctrl+Z)',
  redoTip: 'Làm lại (Ctrl+Y hoặc Ctrl+Shift+Z)',
  deletedItem: 'Đã xóa mục {label}',
  deletedSection: 'Đã xóa Mục {roman}',
  deletedText: 'Đã xóa đoạn văn',
  deletedTable: 'Đã xóa bảng',
  deletedNamed: 'Đã xóa {name}',
  deletedLine: 'Đã xóa dòng {n}',
  closeNotice: 'Đóng thông báo',
  removeItemTitle: 'Xóa mục {label}?',
  removeSectionTitle: 'Xóa Mục {roman}?',
  removeSectionText: 'Mục {roman}. {title} sẽ bị xóa cùng toàn bộ nội dung của nó.',
  removeTableTitle: 'Xóa bảng?',
  undoHint: 'Có thể hoàn tác ngay sau đó (Ctrl+Z).',
  confirmDelete: 'Xóa',
  cancel: 'Hủy',
};

const en: Record<keyof typeof vi, string> = {
  undo: 'Undo',
  redo: 'Redo',
  undoTip: 'Undo (Ctrl+Z)',
  redoTip: 'Redo (Ctrl+Y or Ctrl+Shift+Z)',
  deletedItem: 'Item {label} deleted',
  deletedSection: 'Section {roman} deleted',
  deletedText: 'Paragraph deleted',
  deletedTable: 'Table deleted',
  deletedNamed: '{name} deleted',
  deletedLine: 'Line {n} deleted',
  closeNotice: 'Close the notice',
  removeItemTitle: 'Delete item {label}?',
  removeSectionTitle: 'Delete section {roman}?',
  removeSectionText: 'Section {roman}. {title} will be deleted with all of its content.',
  removeTableTitle: 'Delete the table?',
  undoHint: 'You can undo it right after (Ctrl+Z).',
  confirmDelete: 'Delete',
  cancel: 'Cancel',
};

export const historyMessages = defineMessages({ vi, en });
