import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages, type Lang, type MessageParams } from '../i18n/messages.ts';

/**
 * Labels of the checks panel and the citation picker, Vietnamese first. Kept beside the feature
 * (not in the shared dictionary) so the feature grows without editing a file everyone edits.
 */
const vi = {
  panelTitle: 'Kiểm tra trích dẫn',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
  checking: 'Đang kiểm tra…',
  noFindings: 'Không phát hiện vấn đề nào.',
  registryLoading: 'Đang tải sổ văn bản…',
  registryFailed: 'Không tải được sổ văn bản; các kiểm tra đối chiếu sổ tạm bỏ qua.',
  clause: 'Căn cứ',
  jump: 'Đến vị trí',
  fixed: 'Đã sửa',
  fixStale: 'Văn bản đã thay đổi; chờ kiểm tra lại rồi sửa.',
  insertCitation: 'Chèn trích dẫn',
  openRegistry: 'Sổ văn bản (hiệu lực tại ngày kế hoạch)',
  insertInto: 'Chèn vào: {label}',
  insertNoField: 'Đặt con trỏ vào một ô văn bản (phần mở đầu, nội dung nhiệm vụ…) rồi chọn văn bản cần chèn.',
  pickerTitle: 'Chèn trích dẫn từ sổ văn bản',
  pickerSearch: 'Tìm theo số, ký hiệu, trích yếu (gõ không dấu cũng được)',
  pickerEmpty: 'Không tìm thấy văn bản nào.',
  pickerFull: 'Dẫn đầy đủ (lần đầu trong kế hoạch)',
  pickerShort: 'Dẫn rút gọn (đã dẫn ở phía trước)',
  insert: 'Chèn',
  notInRegistry: 'Trích dẫn chưa có trong sổ văn bản',
  addToRegistry: 'Thêm vào sổ',
  added: 'Đã thêm vào sổ',
  alreadyKnown: 'Sổ đã có văn bản này',
  moreFindings: 'và {count} mục khác…',
} as const;

export type ChecksKey = keyof typeof vi;

const en: Record<ChecksKey, string> = {
  panelTitle: 'Citation checks',
  error: 'Errors',
  warning: 'Warnings',
  info: 'Information',
  checking: 'Checking…',
  noFindings: 'No problems found.',
  registryLoading: 'Loading the registry…',
  registryFailed: 'The registry could not be loaded; checks against it are skipped for now.',
  clause: 'Rule',
  jump: 'Go to text',
  fixed: 'Fixed',
  fixStale: 'The text has changed; wait for the re-check, then fix.',
  insertCitation: 'Insert citation',
  openRegistry: 'Registry (validity on the plan date)',
  insertInto: 'Insert into: {label}',
  insertNoField: 'Put the cursor in a text field (preamble, task body…) and choose the document to insert.',
  pickerTitle: 'Insert a citation from the registry',
  pickerSearch: 'Search by number, symbol, summary (accents optional)',
  pickerEmpty: 'No document found.',
  pickerFull: 'Full form (first mention in the plan)',
  pickerShort: 'Short form (already cited above)',
  insert: 'Insert',
  notInRegistry: 'Citations not in the registry',
  addToRegistry: 'Add to registry',
  added: 'Added to the registry',
  alreadyKnown: 'Already in the registry',
  moreFindings: 'and {count} more…',
};

export const checksMessages = defineMessages({ vi, en });

/** `ct` for this feature in the UI language. */
export function useChecksText(): { lang: Lang; ct: (key: ChecksKey, params?: MessageParams) => string } {
  const { lang, t } = useMessages(checksMessages);
  return { lang, ct: t };
}

/**
 * A clause a finding rests on, in the UI language: "NĐ 30/2020, PL I, II.6.b" reads "Decree
 * 30/2020, Appendix I, II.6.b" in English (shared/legal/clauses.ts writes every ref in this form).
 */
export function clauseText(ref: string, lang: Lang): string {
  if (lang === 'vi') return ref;
  return ref.replace(/^NĐ (\d+\/\d{4})/u, 'Decree $1').replace(/, PL ([IVX]+)/u, ', Appendix $1');
}
