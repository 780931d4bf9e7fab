import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages, type Lang, type MessageParams } from '../i18n/messages.ts';

/** Labels of issuing and the plan status, Vietnamese first; kept beside the feature. */
const vi = {
  status: 'Trạng thái',
  statusOf: 'Trạng thái của kế hoạch',
  issue: 'Ban hành',
  issueTitle: 'Ban hành kế hoạch',
  issueHint:
    'Nhập số và ngày ban hành do văn thư cấp. Sau khi ban hành, kế hoạch chỉ còn để đọc và được thêm vào Sổ văn bản để kế hoạch năm sau trích dẫn.',
  number: 'Số văn bản',
  numberHint: 'Chỉ gồm chữ số; ký hiệu {symbol} đã có. Số dưới 10 được in với số 0 đứng trước (05).',
  date: 'Ngày ban hành',
  dateHint: 'ngày/tháng/năm, ví dụ 05/01/{year}',
  preview: 'Sẽ in: {number} — {date}',
  confirm: 'Xác nhận ban hành',
  issuing: 'Đang ban hành…',
  cancel: 'Hủy',
  issuedBanner:
    'Kế hoạch đã ban hành (số {number}, {date}); chỉ để đọc, mọi ô đã khóa. Muốn sửa, bấm "Tạo bản sửa đổi".',
  unsaved:
    'Chưa ban hành: những thay đổi vừa gõ chưa lưu được (xem thông báo lỗi lưu của trình soạn thảo). Hãy xử lý rồi bấm lại.',
  amend: 'Tạo bản sửa đổi',
  amending: 'Đang tạo…',
  colStatus: 'Trạng thái',
  filterStatus: 'Lọc theo trạng thái',
  allStatuses: 'Tất cả trạng thái',
  noneWithStatus: 'Không có kế hoạch nào ở trạng thái "{status}".',
};

const en: Record<keyof typeof vi, string> = {
  status: 'Status',
  statusOf: 'Status of the plan',
  issue: 'Issue',
  issueTitle: 'Issue the plan',
  issueHint:
    'Enter the number and the issue date given by the records office. Once issued, the plan is read-only and is added to the registry so that next year’s plan can cite it.',
  number: 'Document number',
  numberHint:
    'Digits only; the symbol {symbol} is already there. Numbers under 10 print with a leading zero (05).',
  date: 'Issue date',
  dateHint: 'day/month/year, for example 05/01/{year}',
  preview: 'Will print: {number} — {date}',
  confirm: 'Confirm issue',
  issuing: 'Issuing…',
  cancel: 'Cancel',
  issuedBanner:
    'The plan has been issued (number {number}, {date}); it is read-only and every field is locked. To change it, click "Create amendment".',
  unsaved:
    'Not issued: the latest edits could not be saved (see the editor’s save error). Resolve it and try again.',
  amend: 'Create amendment',
  amending: 'Creating…',
  colStatus: 'Status',
  filterStatus: 'Filter by status',
  allStatuses: 'All statuses',
  noneWithStatus: 'No plan has the status "{status}".',
};

export const issueMessages = defineMessages({ vi, en });
export type IssueKey = keyof typeof vi;

/** `it` for this feature in the UI language. */
export function useIssueText(): { lang: Lang; it: (key: IssueKey, params?: MessageParams) => string } {
  const { lang, t } = useMessages(issueMessages);
  return { lang, it: t };
}
