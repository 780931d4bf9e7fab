import { isCongVanSymbol } from '../../legal/ownSymbol.ts';
import type { RangeLocation } from '../../citations/planCitations.ts';
import { fieldArea, fieldKey, type FieldAddress } from '../../model/fields/fieldAddress.ts';
import { planFields } from '../../model/fields/planFields.ts';
import type { Plan } from '../../model/plan.ts';
import type { RuleContext, RuleModule } from '../context.ts';
import { CLAUSE, type Draft } from '../finding.ts';

/** One part a plan ready for signature cannot do without, and where the drafter fills it in. */
interface RequiredPart {
  missing: (plan: Plan) => boolean;
  /** A part only a plan must have (its tasks): a công văn, quyết định or tờ trình is not judged by it. */
  planOnly?: boolean;
  /** The fields to jump to: the first that exists in the plan's field table is used. */
  at: (plan: Plan) => FieldAddress[];
  name: string;
  nameEn: string;
  clause: string | null;
}

const blank = (s: string): boolean => s.trim() === '';

const contentItems = (plan: Plan): number =>
  plan.sections
    .filter((s) => s.role === 'content')
    .reduce((n, s) => n + s.content.filter((c) => c.type === 'item').length, 0);

/**
 * A Kế hoạch (or a Chương trình, which the same tasks and funding rules fit), or a document whose type
 * is unknown yet. Another type imported as it was written (a công văn, a quyết định with Điều, a tờ
 * trình) keeps the checks every NĐ 30 document shares, not the plan's own.
 */
export function isPlanLike(plan: Plan): boolean {
  const type = plan.typeName.trim().toLocaleUpperCase('vi');
  if (type === '') return !isCongVanSymbol(plan.header.symbol);
  return type.startsWith('KẾ HOẠCH') || type.startsWith('CHƯƠNG TRÌNH');
}

const REQUIRED: RequiredPart[] = [
  {
    missing: (p) => blank(p.header.issuingBody),
    at: () => [{ kind: 'header', field: 'issuingBody' }],
    name: 'tên cơ quan ban hành',
    nameEn: 'the issuing body',
    clause: null,
  },
  {
    missing: (p) => blank(p.typeName) && !isCongVanSymbol(p.header.symbol),
    at: () => [{ kind: 'typeName' }],
    name: 'tên loại văn bản ("KẾ HOẠCH")',
    nameEn: 'the document type name ("KẾ HOẠCH")',
    clause: null,
  },
  {
    missing: (p) => blank(p.summary),
    at: () => [{ kind: 'summary' }],
    name: 'trích yếu nội dung',
    nameEn: 'the summary (trích yếu)',
    clause: null,
  },
  {
    planOnly: true,
    missing: (p) => contentItems(p) === 0,
    // The content section's title, else the first section's.
    at: (p) => {
      const section = p.sections.find((s) => s.role === 'content') ?? p.sections[0];
      return section ? [{ kind: 'sectionTitle', section: section.id }] : [];
    },
    name: 'nội dung (ít nhất một nhiệm vụ ở mục Nội dung thực hiện)',
    nameEn: 'any content (at least one task in the content section)',
    clause: null,
  },
  {
    missing: (p) => p.signature.lines.every(blank),
    at: () => [{ kind: 'signatureLine', index: 0 }, { kind: 'signatureName' }],
    name: 'dòng chức vụ, quyền hạn của người ký',
    nameEn: 'the signer’s title line',
    clause: CLAUSE.signature,
  },
  {
    missing: (p) => blank(p.signature.name),
    at: () => [{ kind: 'signatureName' }],
    name: 'họ tên người ký',
    nameEn: 'the signer’s name',
    clause: CLAUSE.signature,
  },
  {
    missing: (p) => p.recipients.entries.every(blank),
    at: () => [{ kind: 'recipient', index: 0 }, { kind: 'archive' }],
    name: 'Nơi nhận',
    nameEn: 'the recipients (Nơi nhận)',
    clause: CLAUSE.recipients,
  },
  {
    missing: (p) => blank(p.recipients.archive.replace(/^[-–]?\s*Lưu:?/u, '')),
    at: () => [{ kind: 'archive' }],
    name: 'dòng "Lưu: VT, …." của Nơi nhận',
    nameEn: 'the "Lưu: VT, …." line of the recipients',
    clause: CLAUSE.recipients,
  },
];

function locate(ctx: RuleContext, addresses: FieldAddress[]): RangeLocation | null {
  const fields = new Map(planFields(ctx.plan).map((f) => [f.key, f]));
  for (const a of addresses) {
    const f = fields.get(fieldKey(a));
    if (f) return { address: f.address, paragraph: 0, label: f.label, labelEn: f.labelEn, start: 0, end: 0 };
  }
  return null;
}

/**
 * The parts a plan ready for signature must have (NĐ 30/2020, PL I): issuing body, type name,
 * summary, content, the signature's title line and name, Nơi nhận and its "Lưu" line. Missing
 * one is an error when the plan is checked for a final export, a warning while it is a draft. No
 * funding section (KINH PHÍ) is a warning: a plan usually says where its money comes from.
 */
export const completenessRules: RuleModule = {
  rules: [
    {
      id: 'plan.required-part',
      severity: 'error',
      title: 'Thiếu thành phần bắt buộc của văn bản',
      titleEn: 'A required part of the document is missing',
    },
    {
      id: 'plan.funding-missing',
      severity: 'warning',
      title: 'Không có mục Kinh phí',
      titleEn: 'No funding section',
    },
  ],
  // Reads the header, the trích yếu, the Nơi nhận and the signature, and the plan's structure.
  affectedBy: ({ after }) =>
    ['header', 'title', 'recipients', 'signature'].includes(fieldArea(after.location.address)),
  run(ctx) {
    const out: Draft[] = [];
    const { plan, final } = ctx;
    const planLike = isPlanLike(plan);
    for (const part of REQUIRED) {
      if ((part.planOnly === true && !planLike) || !part.missing(plan)) continue;
      out.push({
        rule: 'plan.required-part',
        severity: final ? 'error' : 'warning',
        message: `Thiếu ${part.name}${final ? ': chưa thể xuất bản chính thức.' : '.'}`,
        messageEn: `Missing ${part.nameEn}${final ? ': not ready for a final export.' : '.'}`,
        excerpt: '',
        location: locate(ctx, part.at(plan)),
        clause: part.clause,
        fix: null,
      });
    }
    if (planLike && !plan.sections.some((s) => s.role === 'funding')) {
      const last = plan.sections.at(-1);
      out.push({
        rule: 'plan.funding-missing',
        message: 'Kế hoạch chưa có mục Kinh phí (nguồn kinh phí thực hiện).',
        messageEn: 'The plan has no funding section (where the money comes from).',
        excerpt: '',
        location: last ? locate(ctx, [{ kind: 'sectionTitle', section: last.id }]) : null,
        clause: null,
        fix: null,
      });
    }
    return out;
  },
};
