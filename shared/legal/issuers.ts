import { z } from 'zod';
import { SOURCE_KEYS } from './sources.ts';

/**
 * Issuers and the code their symbols carry ("QĐ-TTg", "KH-UBND", "CT/TW"). Only issuers that can be
 * named with certainty are listed: an issuer the table does not know is never reported as
 * contradicting its symbol. `match` runs over folded text (no accents, lower case, known
 * abbreviations written out); the table is tried in order, so more specific names come first.
 */
export const IssuerSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  match: z.instanceof(RegExp),
  system: z.enum(['state', 'party']),
  /** Abbreviations of the name as written in plans, folded, each with its folded expansion. */
  aliases: z.array(z.tuple([z.instanceof(RegExp), z.string().min(1)])).optional(),
  /** Codes that differ from this one on paper but are not certainly wrong for it (a warning). */
  near: z.array(z.string().min(1)).optional(),
  /** Misspellings of the code seen in real documents ("QĐ-UNBD", "QĐ-Tg"): read as the code, flagged. */
  misspelt: z.array(z.string().min(1)).optional(),
  source: z.enum(SOURCE_KEYS),
});
export type Issuer = z.infer<typeof IssuerSchema>;

const S = { system: 'state', source: 'issuerPractice' } as const;
const P = { system: 'party', source: 'party36' } as const;

export const ISSUERS: readonly Issuer[] = z.array(IssuerSchema).parse([
  { code: 'VPCP', name: 'Văn phòng Chính phủ', match: /\bvan phong chinh phu\b/, ...S },
  {
    code: 'TTg',
    name: 'Thủ tướng Chính phủ',
    match: /\bthu tuong\b/,
    aliases: [[/\bttg\b/g, 'thu tuong']],
    near: ['CP'],
    misspelt: ['Tg'],
    ...S,
  },
  { code: 'CP', name: 'Chính phủ', match: /\bchinh phu\b/, ...S },
  {
    code: 'UBTVQH',
    name: 'Ủy ban Thường vụ Quốc hội',
    match: /\buy ban thuong vu quoc hoi\b/,
    aliases: [[/\bubtvqh\b/g, 'uy ban thuong vu quoc hoi']],
    ...S,
  },
  { code: 'QH', name: 'Quốc hội', match: /\bquoc hoi\b/, ...S },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', match: /\bban tuyen giao trung uong\b/, ...P },
  { code: 'TU', name: 'Tỉnh ủy', match: /\b(?:ban thuong vu )?tinh uy\b/, ...P },
  {
    code: 'TW',
    name: 'Ban Chấp hành Trung ương Đảng',
    match: /\b(?:ban chap hanh trung uong|ban bi thu|bo chinh tri|trung uong dang)\b/,
    aliases: [[/\bbch trung uong\b/g, 'ban chap hanh trung uong']],
    near: ['BTGTW', 'TU'],
    ...P,
  },
  {
    code: 'HĐND',
    name: 'Hội đồng nhân dân',
    match: /\bhoi dong nhan dan\b/,
    aliases: [[/\bhdnd\b/g, 'hoi dong nhan dan']],
    near: ['UBND'],
    ...S,
  },
  {
    code: 'HĐPH',
    name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật',
    match: /\bhoi dong phoi hop\b/,
    ...S,
  },
  {
    code: 'BCĐ',
    name: 'Ban Chỉ đạo',
    match: /\bban chi dao\b/,
    aliases: [[/\bbcd\b/g, 'ban chi dao']],
    ...S,
  },
  {
    code: 'UBND',
    name: 'Ủy ban nhân dân',
    match: /\buy ban nhan dan\b/,
    aliases: [[/\bubnd\b/g, 'uy ban nhan dan']],
    near: ['BCĐ', 'HĐPH', 'STP'],
    misspelt: ['UNBD', 'UBDN', 'UNDB'],
    ...S,
  },
  { code: 'STP', name: 'Sở Tư pháp', match: /\bso tu phap\b/, aliases: [[/\bstp\b/g, 'so tu phap']], ...S },
  { code: 'BTP', name: 'Bộ Tư pháp', match: /\bbo tu phap\b/, aliases: [[/\bbtp\b/g, 'bo tu phap']], ...S },
  {
    code: 'BGDĐT',
    name: 'Bộ Giáo dục và Đào tạo',
    match: /\bbo giao duc va dao tao\b/,
    aliases: [[/\bbo gd&dt\b|\bbo gddt\b/g, 'bo giao duc va dao tao']],
    ...S,
  },
  { code: 'BCA', name: 'Bộ Công an', match: /\bbo cong an\b/, ...S },
  { code: 'BQP', name: 'Bộ Quốc phòng', match: /\bbo quoc phong\b/, ...S },
  { code: 'BTC', name: 'Bộ Tài chính', match: /\bbo tai chinh\b/, ...S },
  { code: 'BNV', name: 'Bộ Nội vụ', match: /\bbo noi vu\b/, ...S },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', match: /\bbo thong tin va truyen thong\b/, ...S },
  {
    code: 'BVHTTDL',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    match: /\bbo van hoa, the thao va du lich\b/,
    ...S,
  },
  {
    code: 'BLĐTBXH',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    match: /\bbo lao dong - thuong binh va xa hoi\b|\bbo lao dong, thuong binh va xa hoi\b/,
    ...S,
  },
  { code: 'BYT', name: 'Bộ Y tế', match: /\bbo y te\b/, ...S },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', match: /\bbo tai nguyen va moi truong\b/, ...S },
  {
    code: 'BNNPTNT',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    match: /\bbo nong nghiep va phat trien nong thon\b/,
    ...S,
  },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', match: /\bbo ke hoach va dau tu\b/, ...S },
  { code: 'BCT', name: 'Bộ Công Thương', match: /\bbo cong thuong\b/, ...S },
  { code: 'BXD', name: 'Bộ Xây dựng', match: /\bbo xay dung\b/, ...S },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', match: /\bbo giao thong van tai\b/, ...S },
  { code: 'BNG', name: 'Bộ Ngoại giao', match: /\bbo ngoai giao\b/, ...S },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', match: /\bbo khoa hoc va cong nghe\b/, ...S },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', match: /\btoa an nhan dan toi cao\b/, ...S },
  {
    code: 'VKSNDTC',
    name: 'Viện kiểm sát nhân dân tối cao',
    match: /\bvien kiem sat nhan dan toi cao\b/,
    ...S,
  },
]);
