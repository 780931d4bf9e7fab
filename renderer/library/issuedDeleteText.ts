import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages } from '../i18n/messages.ts';

/** Deleting an issued plan: a record, so the dialog says so and asks for an explicit tick. */
const vi = {
  title: 'Xóa kế hoạch đã ban hành?',
  text: 'Kế hoạch “{title}” đã ban hành (số {number}) và là văn bản lưu trữ. Mục của nó trong Sổ văn bản vẫn được giữ. Chỉ chuyển vào thùng rác khi chắc chắn, ví dụ khi đã ban hành nhầm; có thể khôi phục từ “Thùng rác”.',
  confirm: 'Tôi xác nhận chuyển văn bản đã ban hành này vào thùng rác',
};

const en: Record<keyof typeof vi, string> = {
  title: 'Delete an issued plan?',
  text: 'The plan “{title}” has been issued (number {number}) and is a record. Its entry in the registry stays. Move it to the bin only when you are sure, for example when it was issued by mistake; it can be restored from the bin.',
  confirm: 'I confirm moving this issued document to the bin',
};

export const issuedDeleteMessages = defineMessages({ vi, en });
export const useIssuedDeleteText = () => useMessages(issuedDeleteMessages).t;
