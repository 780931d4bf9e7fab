// Patterns and limits of an NĐ 30 plan as the importer reads it: shared by every zone of the recogniser.
import { DOC_TYPES } from '../citations/docTypes.ts';

// ── Patterns of an NĐ 30 plan ────────────────────────────────────────────────────────────────────
export const QUOC_HIEU = /^CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\.?$/iu;
export const TIEU_NGU = /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc\.?$/iu;
export const DECORATION = /^[-_–—=.*~·•+\s]{2,}$/u;
export const NUMBER_SYMBOL = /^Số\s*:?\s*([\d\s.]*?)\s*\/\s*(\S.*)$/iu;
export const PLACE_DATE = /^([^,]{2,80}),\s*ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(\d{4})?\s*\.?$/iu;
/**
 * Type-name lines of NĐ 30 documents (KẾ HOẠCH, QUYẾT ĐỊNH, BÁO CÁO, TỜ TRÌNH, …): every type of the
 * citation grammar's table whose symbol carries a type code; a công văn has no such line.
 */
export const TYPE_NAMES: readonly string[] = DOC_TYPES.filter((t) => t.codes.length > 0).map((t) =>
  t.name.toLocaleUpperCase('vi'),
);
/** The trích yếu of a công văn, under its number: "V/v hướng dẫn thực hiện …". */
export const CONG_VAN_SUMMARY = /^V\/v(?=[\s.:]|$)/u;
export const SECTION_HEADING = /^([IVXL]{1,6})\s*[.:/)–-]\s*(\S.*)$/u;
export const SECTION_WORDS =
  /^(MỤC ĐÍCH|NỘI DUNG|NHIỆM VỤ|CÁC NHIỆM VỤ|KINH PHÍ|TỔ CHỨC THỰC HIỆN|GIẢI PHÁP|CHỈ TIÊU|QUAN ĐIỂM|PHẠM VI|ĐỐI TƯỢNG|YÊU CẦU|THỜI GIAN)/u;
export const ITEM3_NUM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.?\s+(\S.*)$/u;
export const ITEM2 = /^(\d{1,3})\.(\d{1,3})\s*[.)]?\s+(\S.*)$/u;
// Up to three digits: large plans number tasks past 99 (a year, four digits, is never an item).
export const ITEM1 = /^(\d{1,3})\s*[.)]\s+(\S.*)$/u;
export const POINT = /^([a-zđ])\s*[.)]\s+(\S.*)$/u;
export const RECIPIENTS = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
export const ARCHIVE = /^[-–—+•]?\s*Lưu\s*(?::\s*|\s+(?=VT\b))(.*)$/u;
export const CLOSING = /(\.\/\.|\/\.)\s*$/u;
export const CLOSING_START = /^Trong\s+quá\s+trình\s+(triển\s+khai|tổ\s+chức|thực\s+hiện)/iu;
export const LEGAL_BASIS = /^Căn\s+cứ(?!\p{L})/iu;
/** "PHỤ LỤC …" in capitals, or a title-case line that is only "Phụ lục I" / "Phụ lục số 2". */
export const APPENDIX = /^(?:PHỤ\s+LỤC\b|Phụ\s+lục(?:\s+(?:số\s+)?[IVXLC\d]{1,6}[a-z]?)?\s*[.:]?\s*$)/u;
/**
 * An appendix heading typed in sentence case, as offices often do ("Phụ lục", "Phụ lục I",
 * "Phụ lục số 02: …"): only a heading after the signature, never a sentence that mentions one.
 */
export const APPENDIX_SENTENCE_CASE =
  /^Phụ\s+lục(?:\s+(?:số\s*)?(?:[IVXLC]{1,6}|\d{1,3}[a-z]?))?\s*(?:[.:–-]\s*(\S.*))?$/u;
/** "(Đã ký)", "[đã ký và đóng dấu]", a bare "Đã ký" in a signed copy: where the signature stands. */
export const SIGNATURE_NOTE =
  /^(?:\(.*(ký|dấu|chữ\s+ký).*\)|\[.*(ký|dấu).*\]|Đã\s+ký(?:\s+và\s+đóng\s+dấu)?\.?)$/iu;
export const DRAFT_MARK = /^(DỰ\s+THẢO|BẢN\s+DỰ\s+THẢO)\b/iu;
/** The mark alone, as a box or a line carries it ("DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO 3"). */
export const DRAFT_MARK_ONLY = /^(?:BẢN\s+)?DỰ\s+THẢO(?:\s+(?:LẦN\s+)?\d{1,2})?\s*[.:]?$/iu;

/**
 * A Quyết định's authority line, in capitals between the trích yếu and the căn cứ ("ỦY BAN NHÂN DÂN
 * TỈNH TUYÊN QUANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ TƯ PHÁP", "THỦ TƯỚNG CHÍNH PHỦ").
 */
export const AUTHORITY =
  /^(?:CHỦ\s+TỊCH|PHÓ\s+CHỦ\s+TỊCH|[ỦU]Y\s+BAN\s+NHÂN\s+DÂN|ỦY\s+BAN|UỶ\s+BAN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|THỐNG\s+ĐỐC|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN)(?!\p{L})/u;

export const TITLE_MAX = 4000;
export const LINE_MAX = 2000;
