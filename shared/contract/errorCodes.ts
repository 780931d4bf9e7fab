/**
 * Every error code PlanDraft produces, with the message a user reads when nothing more specific is
 * known (an AppError normally carries its own, more precise message). `ErrorCode` is the key of
 * this table, so a new code gets its Vietnamese and English text in the same edit, and a code that
 * is not listed here does not compile.
 */
export const errorCodeMessages = {
  // The contract and its transports
  internal: {
    vi: 'Đã xảy ra lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận hỗ trợ kèm phần chi tiết kỹ thuật.',
    en: 'An unexpected error occurred. Try again; if it persists, tell support and include the technical details.',
  },
  unknown_operation: {
    vi: 'Thao tác này không có trong phiên bản PlanDraft đang chạy; hãy khởi động lại ứng dụng.',
    en: 'This action does not exist in the running PlanDraft; restart the application.',
  },
  invalid_arguments: {
    vi: 'Dữ liệu gửi đi không hợp lệ nên thao tác chưa được thực hiện. Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận hỗ trợ.',
    en: 'The data sent was not valid, so nothing was done. Try again; if it persists, tell support.',
  },
  forbidden_sender: {
    vi: 'Yêu cầu bị từ chối: không đến từ cửa sổ của PlanDraft.',
    en: 'Request refused: it did not come from a PlanDraft window.',
  },
  forbidden_host: { vi: 'Địa chỉ truy cập không được phép.', en: 'Host not allowed.' },
  forbidden_origin: {
    vi: 'Yêu cầu bị từ chối: đến từ một trang web khác.',
    en: 'Request refused: it came from another web page.',
  },
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'Malformed request.' },
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  unauthorized: { vi: 'Thiếu hoặc sai mã truy cập (token).', en: 'Missing or wrong access token.' },
  too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'Request body too large.' },
  bad_json: { vi: 'Nội dung không phải JSON hợp lệ.', en: 'The content is not valid JSON.' },
  network: {
    vi: 'Không kết nối được với PlanDraft (máy chủ đã tắt?).',
    en: 'Cannot reach PlanDraft (is the host still running?).',
  },
  bad_reply: {
    vi: 'PlanDraft trả lời không đúng dạng; hãy thử lại hoặc khởi động lại ứng dụng.',
    en: 'PlanDraft sent a reply in the wrong form; try again or restart the application.',
  },

  // The workspace store
  job_timeout: {
    vi: 'Công việc chạy quá lâu và đã bị dừng; tệp có thể bất thường.',
    en: 'The job ran too long and was stopped; the file may be suspicious.',
  },
  job_out_of_memory: {
    vi: 'Công việc cần quá nhiều bộ nhớ và đã bị dừng; tệp có thể bất thường.',
    en: 'The job needed too much memory and was stopped; the file may be suspicious.',
  },
  file_too_large: { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  conflict: {
    vi: 'Kế hoạch đã được lưu ở nơi khác; hãy mở lại để không ghi đè.',
    en: 'The plan was saved elsewhere; reopen it to avoid overwriting.',
  },
  patch_mismatch: {
    vi: 'Phần sửa không khớp với bản đã lưu; toàn bộ kế hoạch được lưu lại.',
    en: 'The edit does not match the stored plan; the whole plan is saved instead.',
  },
  corrupt_revision: { vi: 'Một phiên bản đã lưu bị hỏng.', en: 'A stored revision is corrupt.' },
  database_too_new: {
    vi: 'Dữ liệu được tạo bởi phiên bản PlanDraft mới hơn; hãy cập nhật ứng dụng.',
    en: 'The data was written by a newer PlanDraft; please update the application.',
  },
  database_corrupt: {
    vi: 'Tệp dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.',
    en: 'The data file is damaged; restore it from a backup.',
  },
  database_empty: {
    vi: 'Tệp dữ liệu rỗng (0 byte); hãy khôi phục từ bản sao lưu.',
    en: 'The data file is empty (0 bytes); restore it from a backup.',
  },
  database_locked: {
    vi: 'Dữ liệu đang bị một chương trình khác khóa; hãy thử lại.',
    en: 'The data is locked by another program; try again.',
  },
  storage_read_only: {
    vi: 'Thư mục dữ liệu chỉ cho đọc; không lưu được.',
    en: 'The data folder is read-only; nothing can be saved.',
  },
  storage_full: { vi: 'Ổ đĩa đã đầy; không lưu được.', en: 'The disk is full; nothing can be saved.' },
  storage_unavailable: {
    vi: 'Không mở được thư mục dữ liệu.',
    en: 'The data folder cannot be opened.',
  },
  backup_not_found: { vi: 'Không tìm thấy bản sao lưu.', en: 'Backup not found.' },
  backup_damaged: {
    vi: 'Bản sao lưu bị hỏng, không khôi phục được.',
    en: 'The backup is damaged and cannot be restored.',
  },
  bad_template: { vi: 'Mẫu kế hoạch bị hỏng.', en: 'The plan template is corrupt.' },
  bad_registry_seed: {
    vi: 'Không đọc được sổ văn bản dựng sẵn.',
    en: 'Cannot read the built-in registry.',
  },
  invalid_registry_doc: {
    vi: 'Thông tin văn bản chưa hợp lệ; hãy xem lại các trường được đánh dấu.',
    en: 'The document details are not valid; check the fields marked.',
  },
  bad_agency_seed: {
    vi: 'Không đọc được danh bạ cơ quan dựng sẵn.',
    en: 'Cannot read the built-in agency directory.',
  },
  invalid_agency: { vi: 'Thông tin cơ quan không hợp lệ.', en: 'Invalid agency entry.' },
  agency_merge_same: {
    vi: 'Hãy chọn hai cơ quan khác nhau để gộp.',
    en: 'Choose two different entries to merge.',
  },
  plan_issued: {
    vi: 'Kế hoạch đã ban hành, không sửa được; hãy tạo bản sửa đổi.',
    en: 'The plan has been issued and cannot be changed; create an amended draft.',
  },
  invalid_issue: {
    vi: 'Số hoặc ngày ban hành không hợp lệ.',
    en: 'The issue number or date is not valid.',
  },
  invalid_plan: {
    vi: 'Tệp không phải là một kế hoạch PlanDraft đọc được.',
    en: 'The file is not a PlanDraft plan that can be read.',
  },
  invalid_version_name: {
    vi: 'Hãy đặt tên cho phiên bản.',
    en: 'Give the version a name.',
  },
  export_has_errors: {
    vi: 'Kế hoạch còn lỗi: hãy sửa, hoặc ghi lý do để vẫn xuất bản chính thức.',
    en: 'The plan still has errors: fix them, or give a reason to export the final copy anyway.',
  },
  rollover_year: {
    vi: 'Năm của kế hoạch mới phải sau năm của kế hoạch hiện tại.',
    en: "The new plan's year must be after the current plan's year.",
  },

  // Reading Word and text files
  unsupported_file: {
    vi: 'Chỉ nhận tệp Word (.docx, .doc), PDF có lớp chữ (.pdf) hoặc văn bản (.txt, .md).',
    en: 'Only Word (.docx, .doc), PDF with a text layer (.pdf) or text (.txt, .md) files are accepted.',
  },
  pdf_unreadable: {
    vi: 'Không đọc được tệp PDF: tệp hỏng hoặc không phải PDF.',
    en: 'Cannot read the PDF: the file is broken or not a PDF.',
  },
  pdf_encrypted: {
    vi: 'Tệp PDF được đặt mật khẩu: hãy mở khóa tệp rồi nhập lại.',
    en: 'The PDF is password-protected: unlock it, then import it again.',
  },
  pdf_no_text: {
    vi: 'Tệp PDF không có lớp chữ (bản quét hoặc ảnh chụp): không có gì để nhập.',
    en: 'The PDF has no text layer (a scan or a photo): there is nothing to import.',
  },
  pdf_unreadable_text: {
    vi: 'Lớp chữ của tệp PDF không đọc được (phông chữ mã hóa hỏng hoặc chữ nhận dạng sai); không nhập gì.',
    en: "The PDF's text layer is unreadable (a broken font encoding or bad text recognition); nothing was imported.",
  },
  import_file_too_large: { vi: 'Tệp quá lớn để là một kế hoạch.', en: 'The file is too large to be a plan.' },
  import_too_large: {
    vi: 'Văn bản nhập vượt giới hạn của một kế hoạch.',
    en: 'The imported document exceeds the limits of a plan.',
  },
  import_paragraph_too_long: {
    vi: 'Tệp có một đoạn văn dài bất thường; đã dừng nhập.',
    en: 'The file has an abnormally long paragraph; import stopped.',
  },
  import_internal: {
    vi: 'Không nhập được tệp do một lỗi của PlanDraft; hãy báo bộ phận hỗ trợ kèm tệp này.',
    en: 'The file could not be imported because of a PlanDraft fault; tell support and include the file.',
  },
  import_legacy_doc: {
    vi: 'Đây là tệp Word cũ (.doc); hãy lưu lại thành .docx rồi nhập lại.',
    en: 'This is an old binary Word file (.doc); save it as .docx and import again.',
  },
  import_rtf: {
    vi: 'Đây là tệp RTF, không phải .docx; hãy lưu lại thành .docx rồi nhập lại.',
    en: 'This is an RTF file, not a .docx; save it as .docx and import again.',
  },
  doc_needs_libreoffice: {
    vi: 'Tệp Word cũ (.doc) cần LibreOffice để chuyển sang .docx.',
    en: 'Old Word files (.doc) need LibreOffice to be converted to .docx.',
  },
  doc_conversion_failed: {
    vi: 'LibreOffice không chuyển được tệp sang .docx.',
    en: 'LibreOffice could not convert the file to .docx.',
  },
  not_a_docx: {
    vi: 'Tệp không phải tài liệu Word .docx hợp lệ.',
    en: 'The file is not a valid Word .docx document.',
  },
  docx_too_large: {
    vi: 'Tệp Word quá lớn để là một kế hoạch.',
    en: 'The Word file is too large for a plan.',
  },
  docx_bomb: {
    vi: 'Tệp Word bất thường: nội dung giải nén quá lớn.',
    en: 'Suspicious Word file: its content inflates to an excessive size.',
  },
  docx_no_document: { vi: 'Tệp không chứa nội dung Word.', en: 'The file holds no Word content.' },
  docx_no_body: {
    vi: 'Nội dung Word không có phần thân văn bản.',
    en: 'The Word content has no document body.',
  },
  docx_external_reference: {
    vi: 'Tệp Word tham chiếu đến nội dung bên ngoài tệp; PlanDraft không tải nội dung bên ngoài.',
    en: 'The Word file refers to content outside the file; PlanDraft never fetches external content.',
  },
  docx_paragraph_too_long: {
    vi: 'Tệp Word có một đoạn văn dài bất thường; đã dừng đọc.',
    en: 'The Word file has an abnormally long paragraph; reading stopped.',
  },
  docx_text_too_large: {
    vi: 'Tệp Word chứa quá nhiều chữ để là một văn bản hành chính; đã dừng đọc.',
    en: 'The Word file holds too much text for an administrative document; reading stopped.',
  },
  xml_too_deep: {
    vi: 'Nội dung XML lồng nhau quá sâu; tệp bất thường.',
    en: 'The XML is nested too deeply; the file is suspicious.',
  },
  xml_malformed: { vi: 'Nội dung XML của tệp bị hỏng.', en: "The file's XML is malformed." },
  xml_doctype: {
    vi: 'Tệp chứa khai báo DOCTYPE (có thể là tệp độc hại); không đọc.',
    en: 'The file has a DOCTYPE declaration (possibly hostile); not read.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCodeMessages;

export const errorCodes = Object.keys(errorCodeMessages) as ErrorCode[];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCodeMessages, code);
}
