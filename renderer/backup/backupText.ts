import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages, type Lang, type MessageParams } from '../i18n/messages.ts';

/** Labels of the backup screen, Vietnamese first; kept beside the feature. */
const vi = {
  open: 'Sao lưu',
  title: 'Sao lưu và khôi phục',
  hint: 'PlanDraft tự sao lưu toàn bộ dữ liệu khi khởi động và mỗi giờ khi bạn soạn thảo; giữ 10 bản gần nhất và một bản mỗi ngày trong 30 ngày.',
  backupNow: 'Sao lưu ngay',
  backingUp: 'Đang sao lưu…',
  backedUp: 'Đã sao lưu lúc {time}.',
  empty: 'Chưa có bản sao lưu nào.',
  colTime: 'Thời điểm',
  colReason: 'Lý do',
  colSize: 'Dung lượng',
  restore: 'Khôi phục',
  confirmRestore: 'Khôi phục bản lúc {time}? Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác.',
  confirmYes: 'Khôi phục bản này',
  cancel: 'Hủy',
  restored: 'Đã khôi phục bản sao lưu lúc {time}.',
  damagedTitle: 'Tệp dữ liệu không mở được',
  restoreNewest: 'Khôi phục bản sao lưu tốt mới nhất ({time})',
  noGoodBackup: 'Không có bản sao lưu nào còn tốt.',
  salvage: 'Cứu các kế hoạch còn đọc được',
  salvageHint:
    'Tệp hỏng được đổi tên và giữ lại (không bị xóa); các kế hoạch đọc được chép sang một tệp dữ liệu mới.',
  salvaged: 'Đã cứu {count} kế hoạch ({lost} không đọc được). Tệp hỏng được giữ tại {file}.',
  close: 'Đóng',
  reason_start: 'Khi khởi động',
  reason_hourly: 'Tự động khi soạn thảo',
  reason_manual: 'Sao lưu thủ công',
  'reason_before-restore': 'Trước khi khôi phục',
};

export type BackupKey = keyof typeof vi;

const en: Record<BackupKey, string> = {
  open: 'Backups',
  title: 'Backup and restore',
  hint: 'PlanDraft backs up all data at start and every hour while you edit; it keeps the 10 newest and one a day for 30 days.',
  backupNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp: 'Backed up at {time}.',
  empty: 'No backups yet.',
  colTime: 'Time',
  colReason: 'Reason',
  colSize: 'Size',
  restore: 'Restore',
  confirmRestore: 'Restore the backup of {time}? The current data is backed up first, so this can be undone.',
  confirmYes: 'Restore this backup',
  cancel: 'Cancel',
  restored: 'Restored the backup of {time}.',
  damagedTitle: 'The data file cannot be opened',
  restoreNewest: 'Restore the newest good backup ({time})',
  noGoodBackup: 'No backup is good.',
  salvage: 'Salvage the readable plans',
  salvageHint:
    'The damaged file is renamed and kept (never deleted); the readable plans are copied into a new data file.',
  salvaged: 'Salvaged {count} plans ({lost} unreadable). The damaged file is kept as {file}.',
  close: 'Close',
  reason_start: 'At start',
  reason_hourly: 'Automatic while editing',
  reason_manual: 'Manual backup',
  'reason_before-restore': 'Before a restore',
};

export const backupMessages = defineMessages({ vi, en });

/** `bt` for this feature in the UI language. */
export function useBackupText(): { lang: Lang; bt: (key: BackupKey, params?: MessageParams) => string } {
  const { lang, t } = useMessages(backupMessages);
  return { lang, bt: t };
}
