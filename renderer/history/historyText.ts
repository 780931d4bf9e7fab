import type { RevisionKind } from '../../shared/contract/records.ts';
import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages } from '../i18n/messages.ts';

/** Labels of the history panel ("Lịch sử phiên bản", issue 9 §3), Vietnamese first. */
const vi = {
  panelTitle: 'Lịch sử phiên bản',
  versionName: 'Tên phiên bản',
  versionNamePlaceholder: 'Ví dụ: Gửi xin ý kiến các sở',
  saveVersion: 'Lưu phiên bản',
  versionSaved: 'Đã lưu phiên bản “{name}”.',
  loading: 'Đang tải lịch sử…',
  empty: 'Chưa có phiên bản nào.',
  session: 'Phiên làm việc {from}–{to}, {count} lần tự lưu',
  restore: 'Khôi phục',
  restoreOf: 'Khôi phục: {what}',
  compare: 'So sánh',
  compareOf: 'So sánh: {what}',
  restoreTitle: 'Khôi phục phiên bản',
  restoreText:
    'Nội dung kế hoạch sẽ trở lại như phiên bản “{what}”. Bản hiện tại vẫn được giữ trong lịch sử; bấm “Hoàn tác” ngay sau đó để quay lại.',
  restoreConfirm: 'Khôi phục phiên bản này',
  restoredNotice: 'Đã khôi phục “{what}”',
  restoring: 'Đang khôi phục…',
  cancel: 'Hủy',
  compareTitle: 'So sánh phiên bản',
  compareWith: 'So sánh với',
  current: 'Bản hiện tại',
  changedOnly: 'Chỉ các đoạn có thay đổi',
  close: 'Đóng',
  kind_create: 'Tạo mới',
  kind_autosave: 'Tự lưu',
  kind_save: 'Lưu',
  kind_named: 'Phiên bản',
  kind_import: 'Nhập từ Word',
  kind_rollover: 'Chuyển sang năm mới',
  kind_export: 'Xuất Word',
  kind_restore: 'Khôi phục',
  kind_issue: 'Ban hành',
};

export const historyMessages = defineMessages({
  vi,
  en: {
    panelTitle: 'Version history',
    versionName: 'Version name',
    versionNamePlaceholder: 'For example: Sent to the departments for comments',
    saveVersion: 'Save version',
    versionSaved: 'Version “{name}” saved.',
    loading: 'Loading the history…',
    empty: 'No versions yet.',
    session: 'Working session {from}–{to}, {count} autosaves',
    restore: 'Restore',
    restoreOf: 'Restore: {what}',
    compare: 'Compare',
    compareOf: 'Compare: {what}',
    restoreTitle: 'Restore a version',
    restoreText:
      'The plan will go back to the version “{what}”. The current version stays in the history; press “Undo” right after to go back.',
    restoreConfirm: 'Restore this version',
    restoredNotice: '“{what}” restored',
    restoring: 'Restoring…',
    cancel: 'Cancel',
    compareTitle: 'Compare versions',
    compareWith: 'Compare with',
    current: 'Current version',
    changedOnly: 'Changed blocks only',
    close: 'Close',
    kind_create: 'Created',
    kind_autosave: 'Autosave',
    kind_save: 'Saved',
    kind_named: 'Version',
    kind_import: 'Imported from Word',
    kind_rollover: 'Rolled over to a new year',
    kind_export: 'Exported',
    kind_restore: 'Restored',
    kind_issue: 'Issued',
  },
});

export function useHistoryText() {
  return useMessages(historyMessages);
}

export type HistoryKey = keyof typeof vi;

export const kindKey = (kind: RevisionKind): HistoryKey => `kind_${kind}`;
