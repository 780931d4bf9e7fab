/**
 * The stable rule ids of the NĐ 30 verifier, each with what it checks (Vietnamese, English). Ids never
 * change meaning: scripts and CI read them from `plandraft verify --json`.
 */
export const VERIFY_RULES = {
  'package.document': ['Có phần nội dung word/document.xml', 'The package has word/document.xml'],
  'package.noMacros': ['Không chứa macro', 'No macros'],
  'package.noExternalRelationships': ['Không có liên kết ra ngoài', 'No external relationships'],
  'properties.core': [
    'Thuộc tính tài liệu: tiêu đề, chủ đề, tác giả, từ khóa',
    'Document properties: title, subject, author, keywords',
  ],
  'page.size': ['Khổ giấy A4 (210×297 mm)', 'A4 paper (210×297 mm)'],
  'page.margins': [
    'Lề trên/dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm',
    'Margins top/bottom 20–25, left 30–35, right 15–20 mm',
  ],
  'font.family': ['Phông chữ Times New Roman', 'Times New Roman font'],
  'font.color': ['Chữ màu đen', 'Black text'],
  'header.table': ['Phần đầu là bảng hai cột không viền', 'Header is a borderless two-column table'],
  'header.parentBody': [
    'Cơ quan chủ quản: in hoa, 12–13, đứng, không đậm',
    'Parent body: upper case, 12–13 pt, not bold',
  ],
  'header.issuingBody': [
    'Cơ quan ban hành: in hoa, 12–13, đậm, một dòng, đường kẻ 1/3–1/2',
    'Issuing body: upper case, 12–13 pt, bold, one line, line 1/3–1/2 its length',
  ],
  'header.quocHieu': [
    'Quốc hiệu: in hoa, 12–13, đậm, trên một dòng',
    'Quốc hiệu: upper case, 12–13 pt, bold, one line',
  ],
  'header.tieuNgu': [
    'Tiêu ngữ: 13–14, đậm, đường kẻ dài bằng dòng chữ',
    'Tiêu ngữ: 13–14 pt, bold, line as long as the text',
  ],
  'header.numberSymbol': [
    'Số, ký hiệu: "Số: 05/KH-…", 13, số dưới 10 có số 0',
    'Number: "Số: 05/KH-…", 13 pt, leading zero under 10',
  ],
  'header.placeDate': [
    'Địa danh, ngày tháng: nghiêng 13–14, số 0 trước ngày < 10, tháng 1, 2',
    'Place and date: italic 13–14 pt, leading zeros',
  ],
  'title.typeName': ['Tên loại: in hoa, 13–14, đậm, giữa', 'Type name: upper case, 13–14 pt, bold, centred'],
  'title.summary': [
    'Trích yếu: 13–14, đậm, giữa, đường kẻ 1/3–1/2',
    'Summary: 13–14 pt, bold, centred, line 1/3–1/2 its length',
  ],
  'body.size': ['Nội dung cỡ chữ 13–14', 'Body text 13–14 pt'],
  'body.justified': ['Nội dung căn đều hai lề', 'Body text justified'],
  'body.firstLineIndent': ['Lùi đầu dòng 1–1,27 cm', 'First-line indent 1–1.27 cm'],
  'body.spacing': [
    'Cách đoạn tối thiểu 6 pt, dòng đơn đến 1,5',
    'At least 6 pt between paragraphs, single to 1.5 line spacing',
  ],
  'body.legalBases': [
    'Căn cứ: nghiêng, kết thúc bằng ";", căn cứ cuối bằng "."',
    'Legal bases: italic, ";" each, "." after the last',
  ],
  'body.sectionHeadings': [
    'Tiêu đề mục (I, II…): in hoa, đậm',
    'Section headings (I, II…): upper case, bold',
  ],
  'pageNumbers.position': [
    'Số trang: chữ số Ả Rập, 13–14, giữa lề trên',
    'Page numbers: Arabic, 13–14 pt, centred in the top margin',
  ],
  'pageNumbers.noneOnFirstPage': ['Không đánh số trang thứ nhất', 'No page number on page 1'],
  'recipients.label': ['"Nơi nhận:" 12, đậm, nghiêng', '"Nơi nhận:" 12 pt bold italic'],
  'recipients.list': [
    'Danh sách nơi nhận 11, mỗi dòng "- …;", dòng cuối "- Lưu: …"',
    'Recipients 11 pt, "- …;" each, last "- Lưu: …"',
  ],
  'signature.block': [
    'Chữ ký: quyền hạn, chức vụ in hoa đậm 13–14; khoảng trống; họ tên đậm',
    'Signature: authority and title upper bold 13–14 pt; space; name bold',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type VerifyRuleId = keyof typeof VERIFY_RULES;
export const VERIFY_RULE_IDS = Object.keys(VERIFY_RULES) as VerifyRuleId[];

/** The result added when a check throws: it names the rule whose check failed (never a silent pass). */
export const VERIFY_RULE_FAILED = 'internal.rule-failed';
