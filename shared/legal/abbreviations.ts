import { z } from 'zod';
import { SOURCE_KEYS } from './sources.ts';

/**
 * Abbreviations any provincial plan may use without writing them out first (the options add more).
 * NĐ 30 asks that an abbreviation be written out at its first use (PL I, II.6.b); these are the ones
 * every reader of an official document knows, by the offices' practice.
 */
const AbbreviationSchema = z.object({
  abbreviation: z.string().regex(/^[\p{Lu}\d-]+$/u),
  meaning: z.string().min(1),
  source: z.enum(SOURCE_KEYS),
});
export type AcceptedAbbreviation = z.infer<typeof AbbreviationSchema>;

const PRACTICE: Array<[string, string]> = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['ĐBQH', 'Đại biểu Quốc hội'],
  ['QH', 'Quốc hội'],
  ['TW', 'Trung ương'],
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['TANDTC', 'Tòa án nhân dân tối cao'],
  ['VKSNDTC', 'Viện kiểm sát nhân dân tối cao'],
  ['CAND', 'Công an nhân dân'],
  ['QĐND', 'Quân đội nhân dân'],
  ['BCH', 'Ban Chấp hành'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BTV', 'Ban Thường vụ'],
  ['CNTT', 'Công nghệ thông tin'],
  ['THCS', 'Trung học cơ sở'],
  ['THPT', 'Trung học phổ thông'],
  ['KT-XH', 'Kinh tế - xã hội'],
  ['ANTT', 'An ninh, trật tự'],
  ['ATGT', 'An toàn giao thông'],
  ['ATTP', 'An toàn thực phẩm'],
  ['ANQP', 'An ninh, quốc phòng'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['HCM', 'Hồ Chí Minh'],
  ['TP', 'Thành phố'],
  ['TTHC', 'Thủ tục hành chính'],
  ['VBQPPL', 'Văn bản quy phạm pháp luật'],
  ['HĐPH', 'Hội đồng phối hợp'],
  ['COVID', 'Bệnh viêm đường hô hấp cấp (COVID-19)'],
  ['HIV', 'Vi-rút gây suy giảm miễn dịch ở người'],
  ['AIDS', 'Hội chứng suy giảm miễn dịch mắc phải'],
  ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á'],
  ['WTO', 'Tổ chức Thương mại thế giới'],
  ['GDP', 'Tổng sản phẩm quốc nội'],
  ['ĐVHC', 'Đơn vị hành chính'],
  ['VN', 'Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['BHYT', 'Bảo hiểm y tế'],
  ['PCCC', 'Phòng cháy, chữa cháy'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
];

export const ACCEPTED_ABBREVIATIONS: readonly AcceptedAbbreviation[] = z
  .array(AbbreviationSchema)
  .refine((all) => new Set(all.map((a) => a.abbreviation)).size === all.length, { message: 'duplicate' })
  .parse([
    ...PRACTICE.map(([abbreviation, meaning]) => ({ abbreviation, meaning, source: 'officePractice' })),
    // "- Lưu: VT, …" is the form the decree itself gives for the archive line.
    { abbreviation: 'VT', meaning: 'Văn thư', source: 'nd30Appendix1' },
  ]);
