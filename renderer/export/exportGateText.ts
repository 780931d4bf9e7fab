import type { ErrorInfo } from '../../shared/contract/appError.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The back end refused a final copy because error findings remain: the export gate dialog opens. */
export const isExportRefusal = (e: ErrorInfo): boolean => e.code === 'export_has_errors';

const vi = {
  title: 'Kế hoạch còn lỗi: chưa nên xuất bản chính thức',
  intro:
    'Còn {count} lỗi. Hãy sửa các lỗi dưới đây trước khi xuất; nếu vẫn phải xuất bản chính thức, ghi lý do: lý do được ghi vào nhật ký xuất của kế hoạch.',
  checking: 'Đang kiểm tra kế hoạch…',
  noErrors: 'Không còn lỗi nào: có thể xuất ngay.',
  errorsList: 'Các lỗi còn lại',
  jump: 'Đến chỗ lỗi: {where}',
  plan: 'Toàn kế hoạch',
  reason: 'Lý do vẫn xuất bản chính thức',
  reasonHint: 'Ví dụ: Lãnh đạo cần bản trình ký gấp; bổ sung họ tên người ký sau.',
  forceExport: 'Vẫn xuất (ghi lý do)',
  exportNow: 'Xuất Word',
  cancel: 'Hủy',
};

const en: Record<keyof typeof vi, string> = {
  title: 'The plan still has errors: not ready for a final copy',
  intro:
    '{count} error(s) remain. Fix them before exporting; if the final copy must go out anyway, give the reason: it is kept in the plan’s export log.',
  checking: 'Checking the plan…',
  noErrors: 'No error remains: the plan can be exported now.',
  errorsList: 'Remaining errors',
  jump: 'Go to the error: {where}',
  plan: 'Whole plan',
  reason: 'Reason to export the final copy anyway',
  reasonHint: 'E.g. the head needs the copy for signature today; the signer’s name is added later.',
  forceExport: 'Export anyway (reason logged)',
  exportNow: 'Export Word',
  cancel: 'Cancel',
};

export const exportGateMessages = defineMessages({ vi, en });
