/**
 * Where the legal vocabulary comes from. Every record in shared/legal names one of these, so that a
 * reviewer can tell a rule of law from a habit of the offices.
 */
export const SOURCES = {
  nd30Appendix3:
    'Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục III: bảng chữ viết tắt tên loại văn bản hành chính',
  nd30Appendix1: 'Nghị định 30/2020/NĐ-CP, Phụ lục I: thể thức, kỹ thuật trình bày văn bản hành chính',
  nd30Article7:
    'Nghị định 30/2020/NĐ-CP, Điều 7: các loại văn bản hành chính (công văn không có chữ viết tắt)',
  lawNormative2015:
    'Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13): hệ thống văn bản (Điều 4); số, ký hiệu gồm số thứ tự, năm ban hành, tên loại và cơ quan ban hành',
  party36:
    'Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng (ký hiệu "số-KH/TU")',
  issuerPractice:
    'Chữ viết tắt tên cơ quan ban hành do cơ quan quy định (NĐ 30/2020, PL I, II.3), theo các văn bản cơ quan đó đã ban hành',
  officePractice:
    'Thực tiễn soạn thảo của các sở, ngành (không phải quy định pháp luật); gặp trong kế hoạch thật',
} as const;

export type SourceKey = keyof typeof SOURCES;
export const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];
