import { z } from 'zod';
import { issueDateSchema } from './issueDate.ts';
import { richTextSchema } from './richText.ts';

/** Version of the plan document format; migrations in planMigrations.ts bring older files forward. */
export const PLAN_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(64);
/** Text a user types in one line: NFC, trimmed of stray whitespace at the ends by the editor. */
const line = z.string().max(2000);

/** The header block of NĐ 30: parent body, issuing body, number/symbol, place and date. */
export const headerSchema = z.object({
  parentBody: line,
  issuingBody: line,
  /** Blank ("") until the clerk issues the plan: the export then prints "Số:   /KH-BCĐ". */
  number: z.string().max(16).regex(/^\d*$/, 'Số văn bản chỉ gồm chữ số / The number is digits only'),
  symbol: z.string().max(64),
  place: line,
  issueDate: issueDateSchema,
});
export type Header = z.infer<typeof headerSchema>;

/**
 * The four fields of a task in section II. All optional (a real plan leaves some out) but checked.
 * Values are kept as typed, with their punctuation; the exporter adds a final "." only when missing.
 */
export const taskFieldsSchema = z.object({
  lead: line.nullable(),
  coordinating: line.nullable(),
  timeline: line.nullable(),
  deliverable: z.string().max(20000).nullable(),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;

/**
 * A numbered item: "1. Mục đích", "1.1. Ban hành …", "a) …". Its number is derived from its place,
 * never stored. With a title the number heads its own line; with an empty title the number runs
 * into the first body paragraph (section IV's "1. Sở Tư pháp … chỉ đạo …").
 * In section II an item without children is a task; an item with children is a group.
 */
export interface Item {
  type: 'item';
  id: string;
  title: string;
  body: z.infer<typeof richTextSchema>;
  fields?: TaskFields | undefined;
  children: Item[];
}
export const itemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    type: z.literal('item'),
    id,
    title: z.string().max(4000),
    body: richTextSchema,
    fields: taskFieldsSchema.optional(),
    children: z.array(itemSchema).max(2000),
  }),
);

/** Unnumbered body text inside a section (an introduction, or a closing paragraph after the items). */
export const textBlockSchema = z.object({ type: z.literal('text'), id, body: richTextSchema });
export type TextBlock = z.infer<typeof textBlockSchema>;

export type SectionNode = Item | TextBlock;
export const sectionNodeSchema: z.ZodType<SectionNode> = z.union([itemSchema, textBlockSchema]);

/** What a section is for: the checks and rollover treat section II (content) differently. */
export const sectionRoleSchema = z.enum(['purpose', 'content', 'funding', 'implementation', 'other']);
export type SectionRole = z.infer<typeof sectionRoleSchema>;

export const sectionSchema = z.object({
  id,
  /** Without its Roman numeral: "MỤC ĐÍCH, YÊU CẦU". */
  title: line,
  role: sectionRoleSchema,
  content: z.array(sectionNodeSchema).max(5000),
});
export type Section = z.infer<typeof sectionSchema>;

export const recipientsSchema = z.object({
  /** One entry per line, as typed ("TT. Tỉnh ủy;"); the exporter adds "- " and a missing ";". */
  entries: z.array(line).max(500),
  /** What follows "- Lưu: " — "VT, THNC (HTMĐ)." — kept as typed so the checks can see a missing ".". */
  archive: line,
});
export type Recipients = z.infer<typeof recipientsSchema>;

export const signatureSchema = z.object({
  /** Upper-case lines above the signature space, with any authority prefix: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  lines: z.array(line).max(6),
  /** Signer's name, without academic titles. */
  name: line,
});
export type Signature = z.infer<typeof signatureSchema>;

/**
 * What a column of an appendix table holds. A task table ("STT | Nhiệm vụ | Cơ quan chủ trì | …")
 * types its columns, so its rows are tasks for the checks, rollover and compare; a column the
 * model has no name for ("Theo dõi, đôn đốc", "Kinh phí") is `free` and keeps its header text.
 */
export const tableColumnKindSchema = z.enum([
  'number',
  'task',
  'lead',
  'coordinating',
  'timeline',
  'deliverable',
  'note',
  'free',
]);
export type TableColumnKind = z.infer<typeof tableColumnKindSchema>;

export const appendixTableSchema = z
  .object({
    /** The header row as the source worded it ("Sở, ngành chủ trì tham mưu"): printed as typed. */
    header: z.array(z.string().max(500)).max(20),
    /**
     * One kind per header column when the table is a task table; absent for a plain table (and in
     * plans saved before task tables were typed, which therefore load unchanged).
     */
    columns: z.array(tableColumnKindSchema).max(20).optional(),
    rows: z.array(z.array(z.string().max(20000)).max(20)).max(5000),
  })
  .refine((t) => t.columns === undefined || t.columns.length === t.header.length, {
    message: 'Số kiểu cột phải bằng số cột của bảng / one column kind per header column',
    path: ['columns'],
  });

export const appendixSchema = z.object({
  id,
  title: line,
  subtitle: line,
  landscape: z.boolean(),
  body: richTextSchema,
  table: appendixTableSchema.nullable(),
});
export type Appendix = z.infer<typeof appendixSchema>;

export const predecessorSchema = z.object({
  /** Id in the workspace when the predecessor is stored there. */
  id: z.string().nullable(),
  title: z.string(),
  year: z.number().int(),
});

/**
 * One entry of the rollover checklist ("Rà soát năm mới"): a review item or a change rollover made,
 * with where it stands (a field key, shared/model/fields) and whether the drafter has seen it. Kept
 * with the plan so the checklist survives closing the editor.
 */
export const reviewEntrySchema = z.object({
  id,
  kind: z.enum(['review', 'change']),
  message: z.object({ vi: z.string().max(8000), en: z.string().max(8000) }),
  /** fieldKey of the place, or null when it has none. */
  address: z.string().max(500).nullable(),
  paragraph: z.number().int().min(0).max(100000),
  seen: z.boolean(),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/**
 * The labels this plan prints in front of its tasks' fields when they are not the defaults of
 * NĐ 30's usual wording (shared/format/nd30.ts): "Đơn vị chủ trì", "Cơ quan thực hiện", "Thời gian
 * hoàn thành", "Sản phẩm" — an office's own words, kept from the file it was imported from.
 */
export const taskLabelsSchema = z.object({
  lead: z.string().max(200).optional(),
  coordinating: z.string().max(200).optional(),
  timeline: z.string().max(200).optional(),
  deliverable: z.string().max(200).optional(),
});
export type TaskLabels = z.infer<typeof taskLabelsSchema>;

export const planSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  /** The plan's own year (the year it plans for), apart from its issue date. */
  year: z.number().int().min(1945).max(2200),
  header: headerSchema,
  /** "KẾ HOẠCH" */
  typeName: line,
  /** Trích yếu: the one-line summary under the type name. */
  summary: z.string().max(4000),
  /** Prose opening ("Thực hiện Kế hoạch số …, … như sau:"). */
  preamble: richTextSchema,
  /** Optional căn cứ list, one legal basis per entry, without the final ";" or "." (derived). */
  legalBases: z.array(z.string().max(4000)).max(200),
  /** The plan's own task field labels; absent (older files, new plans): the defaults. */
  taskLabels: taskLabelsSchema.optional(),
  sections: z.array(sectionSchema).max(50),
  recipients: recipientsSchema,
  signature: signatureSchema,
  appendices: z.array(appendixSchema).max(50),
  predecessor: predecessorSchema.nullable(),
  /** The rollover checklist; absent in plans not made by rollover (and in older files). */
  review: z.array(reviewEntrySchema).max(5000).optional(),
});
export type Plan = z.infer<typeof planSchema>;
