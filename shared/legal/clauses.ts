import { z } from 'zod';
import { SOURCE_KEYS } from './sources.ts';

/**
 * The NĐ 30 clauses findings rest on, in the short form a finding shows ("NĐ 30/2020, PL I, II.3"),
 * each with what it says.
 */
const ClauseSchema = z.object({
  ref: z.string().regex(/^NĐ 30\/2020, PL [IV]+(?:, [IV]+\.\d+(?:\.[a-z])?)?$/u),
  about: z.string().min(1),
  source: z.enum(SOURCE_KEYS),
});
export type Clause = z.infer<typeof ClauseSchema>;

const RAW = {
  citeFirst: {
    ref: 'NĐ 30/2020, PL I, II.6.b',
    about: 'Trích dẫn văn bản lần đầu: tên loại, số, ký hiệu, ngày tháng năm, cơ quan ban hành, trích yếu',
    source: 'nd30Appendix1',
  },
  abbreviation: {
    ref: 'NĐ 30/2020, PL I, II.6.b',
    about: 'Chữ viết tắt phải viết đầy đủ bằng chữ ở lần đầu, chữ viết tắt trong ngoặc đơn',
    source: 'nd30Appendix1',
  },
  number: { ref: 'NĐ 30/2020, PL I, II.3', about: 'Số, ký hiệu của văn bản', source: 'nd30Appendix1' },
  date: {
    ref: 'NĐ 30/2020, PL I, II.4',
    about: 'Địa danh và thời gian ban hành văn bản',
    source: 'nd30Appendix1',
  },
  signature: {
    ref: 'NĐ 30/2020, PL I, II.7',
    about: 'Chức vụ, họ tên và chữ ký của người có thẩm quyền',
    source: 'nd30Appendix1',
  },
  recipients: { ref: 'NĐ 30/2020, PL I, II.9', about: 'Nơi nhận', source: 'nd30Appendix1' },
  typeCode: {
    ref: 'NĐ 30/2020, PL III',
    about: 'Chữ viết tắt tên loại văn bản trong ký hiệu',
    source: 'nd30Appendix3',
  },
} as const satisfies Record<string, Clause>;

export type ClauseKey = keyof typeof RAW;
export const CLAUSES: Readonly<Record<ClauseKey, Clause>> = z
  .record(z.string(), ClauseSchema)
  .parse(RAW) as Record<ClauseKey, Clause>;

/** The short references, as findings carry them. */
export const CLAUSE = {
  citeFirst: RAW.citeFirst.ref,
  abbreviation: RAW.abbreviation.ref,
  number: RAW.number.ref,
  date: RAW.date.ref,
  signature: RAW.signature.ref,
  recipients: RAW.recipients.ref,
  typeCode: RAW.typeCode.ref,
} as const;
