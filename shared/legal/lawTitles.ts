import { z } from 'zod';
import { SOURCE_KEYS } from './sources.ts';

/**
 * Titles of laws and codes in force that offices cite, without the word "Luật"/"Bộ luật". Older
 * Government texts and hasty drafts write them in lower case ("luật luật sư", "Luật thanh tra"): a
 * lower-case name is read as a law only when it is one of these or carries its date, so "pháp luật
 * về …" is never a law.
 */
const LawTitleSchema = z.object({
  title: z.string().min(2),
  kind: z.enum(['Luật', 'Bộ luật']),
  source: z.enum(SOURCE_KEYS),
});
export type LawTitle = z.infer<typeof LawTitleSchema>;

const L = (title: string): LawTitle => ({ title, kind: 'Luật', source: 'lawNormative2015' });
const BL = (title: string): LawTitle => ({ title, kind: 'Bộ luật', source: 'lawNormative2015' });

export const LAW_TITLES: readonly LawTitle[] = z
  .array(LawTitleSchema)
  .parse([
    L('Ban hành văn bản quy phạm pháp luật'),
    L('Phổ biến, giáo dục pháp luật'),
    L('Hòa giải ở cơ sở'),
    L('Xử lý vi phạm hành chính'),
    L('Trợ giúp pháp lý'),
    L('Tiếp cận thông tin'),
    L('Phòng, chống tham nhũng'),
    L('Phòng, chống ma túy'),
    L('Khiếu nại'),
    L('Tố cáo'),
    L('Tiếp công dân'),
    L('Thanh tra'),
    L('Tổ chức Chính phủ'),
    L('Tổ chức chính quyền địa phương'),
    L('Các tổ chức tín dụng'),
    L('Cán bộ, công chức'),
    L('Viên chức'),
    L('Ngân sách nhà nước'),
    L('Luật sư'),
    L('Công chứng'),
    L('Hộ tịch'),
    L('Lý lịch tư pháp'),
    L('Nuôi con nuôi'),
    L('Quốc tịch Việt Nam'),
    L('Giám định tư pháp'),
    L('Thi hành án dân sự'),
    L('Đấu giá tài sản'),
    L('Trọng tài thương mại'),
    L('Trách nhiệm bồi thường của Nhà nước'),
    L('Đất đai'),
    L('Đầu tư công'),
    L('Thống kê'),
    L('Thực hành tiết kiệm, chống lãng phí'),
    L('Giao dịch điện tử'),
    BL('Hình sự'),
    BL('Dân sự'),
    BL('Lao động'),
    BL('Tố tụng hình sự'),
    BL('Tố tụng dân sự'),
  ]);
