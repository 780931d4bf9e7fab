/**
 * Types of documents a plan cites, with the abbreviations their symbols carry (NĐ 30/2020, Phụ lục
 * III for administrative documents; the Law on legal normative documents and the Party's rules for
 * the others). A type word that contradicts the code of its symbol is certainly wrong.
 */
export interface DocTypeInfo {
  /** Full Vietnamese name, as the JSON output names it. */
  name: string;
  /** Codes its symbol may carry; a different known code is an error. */
  codes: string[];
  /** Codes seen in practice for this type that are irregular but not certainly wrong (a warning). */
  tolerated?: string[];
  /** Laws, codes and the Constitution: symbols like 14/2012/QH13 carry the issuer only. */
  normative?: 'law';
  /** Công văn / văn bản: the symbol is issuer-unit ("12/UBND-VX"), no type code to check. */
  free?: boolean;
}

// Longer names first: the grammar tries them in this order ("Thông tư liên tịch" before "Thông tư").
export const DOC_TYPES: DocTypeInfo[] = [
  { name: 'Thông tư liên tịch', codes: ['TTLT'] },
  { name: 'Nghị quyết liên tịch', codes: ['NQLT'], tolerated: ['NQ'] },
  { name: 'Chương trình phối hợp', codes: ['CTPH', 'CTr'], tolerated: ['CT'] },
  { name: 'Chương trình hành động', codes: ['CTr', 'CTHĐ'], tolerated: ['CT'] },
  { name: 'Quy chế phối hợp', codes: ['QCPH', 'QC', 'QCPH'] },
  { name: 'Kế hoạch liên tịch', codes: ['KHLT', 'KH'] },
  { name: 'Kế hoạch phối hợp', codes: ['KHPH', 'KH'] },
  { name: 'Văn bản hợp nhất', codes: ['VBHN'] },
  { name: 'Thông báo kết luận', codes: ['TB'], tolerated: ['KL'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Kế hoạch', codes: ['KH'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Nghị quyết', codes: ['NQ'], normative: 'law' },
  { name: 'Nghị định', codes: ['NĐ'] },
  { name: 'Thông tư', codes: ['TT'], tolerated: ['TTLT'] },
  { name: 'Thông báo', codes: ['TB'], tolerated: ['KL'] },
  { name: 'Thông tri', codes: ['TT'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Chương trình', codes: ['CTr'], tolerated: ['CT', 'CTHĐ', 'CTPH'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Dự án', codes: ['DA'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Quy chế', codes: ['QC'] },
  // The Party numbers its regulations "-QĐ/TW"; the State's use "QyĐ".
  { name: 'Quy định', codes: ['QyĐ', 'QĐ'] },
  { name: 'Phương án', codes: ['PA'] },
  { name: 'Kết luận', codes: ['KL'], tolerated: ['TB'] },
  { name: 'Công điện', codes: ['CĐ'] },
  { name: 'Biên bản', codes: ['BB'] },
  { name: 'Giấy mời', codes: ['GM'] },
  { name: 'Điều lệ', codes: ['ĐL'] },
  { name: 'Pháp lệnh', codes: [], normative: 'law' },
  { name: 'Bộ luật', codes: [], normative: 'law' },
  { name: 'Luật', codes: [], normative: 'law' },
  { name: 'Hiến pháp', codes: [], normative: 'law' },
  { name: 'Lệnh', codes: ['L'] },
  { name: 'Sắc lệnh', codes: ['SL'] },
  { name: 'Công văn', codes: [], free: true },
  { name: 'Văn bản', codes: [], free: true },
];

const BY_NAME = new Map(DOC_TYPES.map((t) => [t.name.toLowerCase(), t]));

export function docTypeByName(name: string): DocTypeInfo | undefined {
  return BY_NAME.get(name.normalize('NFC').toLowerCase());
}

/** Type code (upper-cased, for lookup) → the type it names when a citation has no type word. */
const TYPE_BY_CODE = new Map<string, string>([
  ['QĐ', 'Quyết định'],
  ['KH', 'Kế hoạch'],
  ['CT', 'Chỉ thị'],
  ['NQ', 'Nghị quyết'],
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['NQLT', 'Nghị quyết liên tịch'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTR', 'Chương trình'],
  ['CTHĐ', 'Chương trình hành động'],
  ['CTPH', 'Chương trình phối hợp'],
  ['ĐA', 'Đề án'],
  ['BC', 'Báo cáo'],
  ['TTR', 'Tờ trình'],
  ['QC', 'Quy chế'],
  ['QCPH', 'Quy chế phối hợp'],
  ['QYĐ', 'Quy định'],
  ['PA', 'Phương án'],
  ['KL', 'Kết luận'],
  ['CĐ', 'Công điện'],
  ['VBHN', 'Văn bản hợp nhất'],
  ['KHLT', 'Kế hoạch liên tịch'],
  ['KHPH', 'Kế hoạch phối hợp'],
]);

/** Every code that names a document type; a symbol starting with one of these has a checkable type. */
export function typeForCode(code: string): string | undefined {
  return TYPE_BY_CODE.get(code.toUpperCase());
}

/**
 * Mixed-case codes as NĐ 30 writes them; everything else in a symbol is upper case. "QĐ-TTG" and
 * "qđ-ttg" both become "QĐ-TTg".
 */
const MIXED_CASE = new Map<string, string>([
  ['TTG', 'TTg'],
  ['CTR', 'CTr'],
  ['TTR', 'TTr'],
  ['QYĐ', 'QyĐ'],
]);

/** One symbol segment in its canonical case. */
export function canonicalSegment(segment: string): string {
  const upper = segment.toUpperCase();
  return MIXED_CASE.get(upper) ?? upper;
}
