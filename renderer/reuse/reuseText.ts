import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages } from '../i18n/messages.ts';

/** Labels of the reuse screens (import, rollover, compare, templates), Vietnamese first. */
const vi = {
  // Nhập từ Word
  importWord: 'Nhập từ Word',
  importing: 'Đang nhập…',
  importFailed: 'Không nhập được tệp',
  importReport: 'Kết quả nhập',
  placed: 'Đoạn đã xếp',
  tasks: 'Nhiệm vụ',
  recipients: 'Nơi nhận',
  unplaced: 'Chưa xếp được (giữ nguyên dạng văn bản)',
  notes: 'Lưu ý',
  openPlan: 'Mở kế hoạch',
  close: 'Đóng',
  cancel: 'Hủy',
  // Tạo kế hoạch năm sau
  rolloverButton: 'Tạo kế hoạch năm sau',
  rolloverTitle: 'Tạo kế hoạch năm sau',
  rolloverHint:
    'Năm của kế hoạch, thời gian thực hiện và thời hạn được chuyển sang năm mới; ngày của văn bản được trích dẫn và các giai đoạn đã qua giữ nguyên.',
  rolloverFrom: 'Kế hoạch gốc',
  noSummary: '(chưa có trích yếu)',
  rolloverYear: 'Năm của kế hoạch mới',
  creating: 'Đang tạo…',
  createPlan: 'Tạo kế hoạch',
  rolloverSummary: '{changes} thay đổi; {review} mục cần rà soát:',
  openNewPlan: 'Mở kế hoạch mới',
  // So sánh và mẫu
  panelTitle: 'So sánh và mẫu',
  comparePredecessor: 'So sánh với kế hoạch năm {year}',
  compareHistoryHint: 'So sánh với một phiên bản trước: chọn phiên bản trong “Lịch sử phiên bản”.',
  openHistory: 'Mở Lịch sử phiên bản',
  templateName: 'Tên mẫu',
  saveTemplate: 'Lưu làm mẫu',
  templateSaved: 'Đã lưu mẫu "{name}".',
  compareTitle: 'So sánh kế hoạch',
  changedOnly: 'Chỉ hiện đoạn thay đổi',
  sideTitle: '{year} · phiên bản {revision}',
  compareCounts: '{changed} đoạn sửa, {added} đoạn thêm, {removed} đoạn bỏ.',
};

const en: Record<keyof typeof vi, string> = {
  importWord: 'Import from Word',
  importing: 'Importing…',
  importFailed: 'The file could not be imported',
  importReport: 'Import report',
  placed: 'Paragraphs placed',
  tasks: 'Tasks',
  recipients: 'Recipients',
  unplaced: 'Not placed (kept as text)',
  notes: 'Notes',
  openPlan: 'Open the plan',
  close: 'Close',
  cancel: 'Cancel',
  rolloverButton: "Next year's plan",
  rolloverTitle: "Draft next year's plan",
  rolloverHint:
    "The plan's year, timelines and deadlines move to the new year; dates of cited documents and past periods stay as they are.",
  rolloverFrom: 'Plan to start from',
  noSummary: '(no summary yet)',
  rolloverYear: "New plan's year",
  creating: 'Creating…',
  createPlan: 'Create the plan',
  rolloverSummary: '{changes} changes; {review} items to review:',
  openNewPlan: 'Open the new plan',
  panelTitle: 'Compare and templates',
  comparePredecessor: 'Compare with the {year} plan',
  compareHistoryHint: 'To compare with an earlier version, pick it in “Version history”.',
  openHistory: 'Open Version history',
  templateName: 'Template name',
  saveTemplate: 'Save as template',
  templateSaved: 'Template "{name}" saved.',
  compareTitle: 'Compare plans',
  changedOnly: 'Changed blocks only',
  sideTitle: '{year} · revision {revision}',
  compareCounts: '{changed} changed, {added} added, {removed} removed.',
};

export const reuseMessages = defineMessages({ vi, en });

/** `t` of the reuse screens in the UI language. */
export function useReuseText() {
  return useMessages(reuseMessages);
}
