import { z } from 'zod';
import { SOURCE_KEYS } from './sources.ts';
import { remembered } from '../model/remembered.ts';

/**
 * The types of documents a plan cites or is, one record per type, with the codes their symbols
 * carry. Validated when the module loads: a typo in the data fails every test at once.
 */
export const DocumentTypeSchema = z
  .object({
    /** Full Vietnamese name, as the JSON output and the registry name it. */
    name: z.string().min(1),
    /** The type-name line of a document of this type ("KẾ HOẠCH"). */
    upperName: z.string().min(1),
    /** Codes its symbol may carry, the usual one first; a different known code is an error. */
    codes: z.array(z.string().min(1)),
    /** The code that names this type when a citation has no type word; unique across the table. */
    ownCode: z.string().min(1).optional(),
    /** Codes seen in practice that are irregular but not certainly wrong (a warning). */
    tolerated: z.array(z.string().min(1)).optional(),
    /** Laws, codes, ordinances, the Constitution: symbols like 14/2012/QH13 carry the issuer only. */
    normative: z.literal('law').optional(),
    /**
     * Issued by the National Assembly or its Standing Committee, whose symbols are "QH13",
     * "UBTVQH14" with no type code: such a symbol under another type word is wrong.
     */
    assembly: z.boolean().optional(),
    /** Công văn / văn bản: the symbol is issuer-unit ("12/UBND-VX"), no type code to check. */
    free: z.boolean().optional(),
    /**
     * Whether the number carries the year ("30/2020/NĐ-CP"): always for legal normative documents,
     * when-normative for types that are normative or not (Quyết định, Nghị quyết), never for the
     * administrative and party documents ("12/KH-UBND", "32-CT/TW").
     */
    year: z.enum(['always', 'when-normative', 'never']),
    /** Who issues it: the State, the Party, or both (the Party writes "số-KH/TU"). */
    system: z.enum(['state', 'party', 'both']),
    /** Offered first in the registry's type list. */
    common: z.boolean().optional(),
    source: z.enum(SOURCE_KEYS),
  })
  .refine((t) => t.upperName === t.name.toLocaleUpperCase('vi'), {
    message: 'upperName must be name in upper case',
  })
  .refine((t) => t.ownCode === undefined || t.codes.includes(t.ownCode), {
    message: 'ownCode must be one of codes',
  });

export type DocumentType = z.infer<typeof DocumentTypeSchema>;

type Raw = Omit<DocumentType, 'upperName'>;
const t = (r: Raw): DocumentType => ({ ...r, upperName: r.name.toLocaleUpperCase('vi') });
const ADMIN = { year: 'never', system: 'both', source: 'nd30Appendix3' } as const;

// Longer names first: the citation grammar tries them in this order ("Thông tư liên tịch" before
// "Thông tư").
const RAW: DocumentType[] = [
  t({
    name: 'Thông tư liên tịch',
    codes: ['TTLT'],
    ownCode: 'TTLT',
    common: true,
    year: 'always',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({
    name: 'Nghị quyết liên tịch',
    assembly: true,
    codes: ['NQLT'],
    ownCode: 'NQLT',
    tolerated: ['NQ'],
    year: 'always',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({
    name: 'Chương trình phối hợp',
    codes: ['CTPH', 'CTr'],
    ownCode: 'CTPH',
    tolerated: ['CT'],
    ...ADMIN,
    source: 'officePractice',
  }),
  t({
    name: 'Chương trình hành động',
    codes: ['CTr', 'CTHĐ'],
    ownCode: 'CTHĐ',
    tolerated: ['CT'],
    ...ADMIN,
    source: 'officePractice',
  }),
  t({ name: 'Quy chế phối hợp', codes: ['QCPH', 'QC'], ownCode: 'QCPH', ...ADMIN, source: 'officePractice' }),
  t({
    name: 'Kế hoạch liên tịch',
    codes: ['KHLT', 'KH'],
    ownCode: 'KHLT',
    ...ADMIN,
    source: 'officePractice',
  }),
  t({
    name: 'Kế hoạch phối hợp',
    codes: ['KHPH', 'KH'],
    ownCode: 'KHPH',
    ...ADMIN,
    source: 'officePractice',
  }),
  t({
    name: 'Văn bản hợp nhất',
    codes: ['VBHN'],
    ownCode: 'VBHN',
    year: 'never',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({ name: 'Thông báo kết luận', codes: ['TB'], tolerated: ['KL'], ...ADMIN, source: 'officePractice' }),
  t({
    name: 'Quyết định',
    codes: ['QĐ'],
    ownCode: 'QĐ',
    year: 'when-normative',
    system: 'both',
    common: true,
    source: 'nd30Appendix3',
  }),
  t({ name: 'Kế hoạch', codes: ['KH'], ownCode: 'KH', ...ADMIN, common: true }),
  t({ name: 'Chỉ thị', codes: ['CT'], ownCode: 'CT', ...ADMIN, common: true }),
  t({
    name: 'Nghị quyết',
    assembly: true,
    codes: ['NQ'],
    ownCode: 'NQ',
    normative: 'law',
    year: 'when-normative',
    system: 'both',
    common: true,
    source: 'nd30Appendix3',
  }),
  t({
    name: 'Nghị định',
    codes: ['NĐ'],
    ownCode: 'NĐ',
    year: 'always',
    system: 'state',
    common: true,
    source: 'lawNormative2015',
  }),
  t({
    name: 'Thông tư',
    codes: ['TT'],
    ownCode: 'TT',
    tolerated: ['TTLT'],
    year: 'always',
    system: 'state',
    common: true,
    source: 'lawNormative2015',
  }),
  t({ name: 'Thông báo', codes: ['TB'], ownCode: 'TB', tolerated: ['KL'], ...ADMIN }),
  // The Party's Thông tri carries TT, which names the State's Thông tư when no type word is written.
  t({ name: 'Thông tri', codes: ['TT'], year: 'never', system: 'party', source: 'party36' }),
  t({ name: 'Hướng dẫn', codes: ['HD'], ownCode: 'HD', ...ADMIN, common: true }),
  t({ name: 'Chương trình', codes: ['CTr'], ownCode: 'CTr', tolerated: ['CT', 'CTHĐ', 'CTPH'], ...ADMIN }),
  t({ name: 'Đề án', codes: ['ĐA'], ownCode: 'ĐA', ...ADMIN }),
  t({ name: 'Dự án', codes: ['DA'], ...ADMIN }),
  t({ name: 'Báo cáo', codes: ['BC'], ownCode: 'BC', ...ADMIN }),
  t({ name: 'Tờ trình', codes: ['TTr'], ownCode: 'TTr', ...ADMIN }),
  t({ name: 'Quy chế', codes: ['QC'], ownCode: 'QC', ...ADMIN }),
  // The Party numbers its regulations "-QĐ/TW"; the State's use "QyĐ".
  t({ name: 'Quy định', codes: ['QyĐ', 'QĐ'], ownCode: 'QyĐ', ...ADMIN }),
  t({ name: 'Phương án', codes: ['PA'], ownCode: 'PA', ...ADMIN }),
  t({
    name: 'Kết luận',
    codes: ['KL'],
    ownCode: 'KL',
    tolerated: ['TB'],
    year: 'never',
    system: 'party',
    common: true,
    source: 'party36',
  }),
  t({ name: 'Công điện', codes: ['CĐ'], ownCode: 'CĐ', ...ADMIN }),
  t({ name: 'Biên bản', codes: ['BB'], ...ADMIN }),
  t({ name: 'Giấy mời', codes: ['GM'], ...ADMIN }),
  t({ name: 'Điều lệ', codes: ['ĐL'], year: 'never', system: 'both', source: 'officePractice' }),
  t({
    name: 'Pháp lệnh',
    assembly: true,
    codes: [],
    normative: 'law',
    year: 'always',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({
    name: 'Bộ luật',
    assembly: true,
    codes: [],
    normative: 'law',
    year: 'always',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({
    name: 'Luật',
    assembly: true,
    codes: [],
    normative: 'law',
    year: 'always',
    system: 'state',
    common: true,
    source: 'lawNormative2015',
  }),
  t({
    name: 'Hiến pháp',
    assembly: true,
    codes: [],
    normative: 'law',
    year: 'always',
    system: 'state',
    source: 'lawNormative2015',
  }),
  t({ name: 'Lệnh', codes: ['L'], year: 'always', system: 'state', source: 'lawNormative2015' }),
  t({ name: 'Sắc lệnh', codes: ['SL'], year: 'never', system: 'state', source: 'officePractice' }),
  t({
    name: 'Công văn',
    codes: [],
    free: true,
    year: 'never',
    system: 'both',
    common: true,
    source: 'nd30Article7',
  }),
  t({ name: 'Văn bản', codes: [], free: true, year: 'never', system: 'both', source: 'officePractice' }),
];

export const DOCUMENT_TYPES: readonly DocumentType[] = z
  .array(DocumentTypeSchema)
  .refine((all) => new Set(all.map((d) => d.name)).size === all.length, { message: 'duplicate name' })
  .refine(
    (all) => {
      const own = all.flatMap((d) => (d.ownCode ? [d.ownCode.toUpperCase()] : []));
      return new Set(own).size === own.length;
    },
    { message: 'an ownCode names two types' },
  )
  .parse(RAW);

const BY_NAME = new Map(DOCUMENT_TYPES.map((d) => [d.name.toLocaleLowerCase('vi'), d]));
const BY_CODE = new Map(
  DOCUMENT_TYPES.flatMap((d) => (d.ownCode ? [[d.ownCode.toUpperCase(), d] as const] : [])),
);

// The grammar asks about the same few written forms thousands of times a check, and the locale-aware
// lower-casing is costly (issue 13): the answers are remembered, up to a bound (texts are arbitrary).
export const documentTypeByName: (name: string) => DocumentType | undefined = remembered(
  (name: string) => BY_NAME.get(name.normalize('NFC').toLocaleLowerCase('vi')),
  2000,
);

/** The type a code names ("KH" → Kế hoạch), case-insensitively. */
export const documentTypeByCode: (code: string) => DocumentType | undefined = remembered(
  (code: string) => BY_CODE.get(code.normalize('NFC').toUpperCase()),
  2000,
);
