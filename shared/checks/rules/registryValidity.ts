import type { PlanCitation } from '../../citations/planCitations.ts';
import { formatDocDate } from '../../registry/docDate.ts';
import type { RegistryDoc, RegistryLookup } from '../../registry/registryDoc.ts';
import { planValidityDate, validityOn, type Validity } from '../../registry/validity.ts';
import { textKey } from '../../model/walk.ts';
import type { RuleContext, RuleModule } from '../context.ts';
import type { Draft } from '../finding.ts';
import { citationLabel, lookupCitation, shortSource, successorLabel } from './registryShared.ts';

/** A clause that reviews what was done ("tổng kết", "sơ kết", "đánh giá"), ending where the citation starts. */
const REVIEW_BEFORE = /(?:tổng\s+kết|sơ\s+kết|đánh\s+giá)[^;.]*$/iu;

/** The day the plan is judged on: its issue date, else 1 January of its year. */
export function checkDate(ctx: Pick<RuleContext, 'plan' | 'year'>): string {
  const d = ctx.plan.header.issueDate;
  return planValidityDate(ctx.year, d.year === ctx.year ? d : { day: null, month: null, year: null });
}

/** The entries this citation means: those of its date when it gives one and the registry has it. */
function candidates(c: PlanCitation, docs: RegistryDoc[]): RegistryDoc[] {
  if (c.date === null) return docs;
  const same = docs.filter((d) => d.date === c.date);
  return same.length > 0 ? same : docs;
}

export interface ValidityProblem {
  doc: RegistryDoc;
  validity: Extract<Validity, { kind: 'not_yet' | 'replaced' | 'expired' }>;
}

/** The citation's document when every entry it may mean is not valid on `onDate`; else null. */
export function invalidOn(c: PlanCitation, registry: RegistryLookup, onDate: string): ValidityProblem | null {
  const docs = candidates(c, lookupCitation(c, registry));
  if (docs.length === 0) return null;
  const found = docs.map((doc) => ({ doc, validity: validityOn(doc, onDate) }));
  if (!found.every((f) => f.validity.kind === found[0]!.validity.kind)) return null;
  const first = found[0]!;
  const v = first.validity;
  if (v.kind !== 'not_yet' && v.kind !== 'replaced' && v.kind !== 'expired') return null;
  return { doc: first.doc, validity: v };
}

/** Vietnamese and English sentences for a document not valid on a day, naming its successors. */
export function validityProblemText(
  label: string,
  p: ValidityProblem,
  onDate: string,
  registry: RegistryLookup,
): { vi: string; en: string } {
  const d = formatDocDate;
  const v = p.validity;
  const name = shortSource(p.doc.source, 'vi');
  const nameEn = shortSource(p.doc.source, 'en');
  const src = name ? ` (nguồn: ${name})` : ' (theo sổ văn bản)';
  const srcEn = nameEn ? ` (source: ${nameEn})` : ' (registry)';
  const day = d(onDate);
  if (v.kind === 'not_yet') {
    return {
      vi: `${label} chỉ có hiệu lực từ ${d(v.from)}, sau ngày ${day} của kế hoạch${src}.`,
      en: `${label} only takes effect on ${d(v.from)}, after the plan's date ${day}${srcEn}.`,
    };
  }
  const next = v.kind === 'replaced' ? v.by : v.successors;
  const names = next.map((ns) => successorLabel(registry, ns));
  const when = v.on ? ` từ ${d(v.on)}` : '';
  const whenEn = v.on ? ` from ${d(v.on)}` : '';
  if (v.kind === 'replaced') {
    return {
      vi: `${label} đã bị thay thế${names.length > 0 ? ` bởi ${names.join('; ')}` : ''}${when}; tại ngày ${day} của kế hoạch không còn là căn cứ${src}.`,
      en: `${label} was replaced${next.length > 0 ? ` by ${next.join(', ')}` : ''}${whenEn}; on the plan's date ${day} it is no longer a valid basis${srcEn}.`,
    };
  }
  return {
    // Without a successor the drafter must find one: say the registry names none, rather than nothing.
    vi: `${label} đã hết hiệu lực${when}${names.length > 0 ? `; văn bản kế tiếp: ${names.join('; ')}` : ''}; tại ngày ${day} của kế hoạch không còn là căn cứ${names.length > 0 ? '' : '; sổ văn bản chưa ghi văn bản kế tiếp'}${src}.`,
    en: `${label} expired${whenEn}${next.length > 0 ? `; continued by ${next.join(', ')}` : ''}; on the plan's date ${day} it is no longer a valid basis${next.length > 0 ? '' : '; the registry names no successor'}${srcEn}.`,
  };
}

/**
 * A căn cứ must be in force on the plan's date: one the registry dates as not yet in force, or
 * knows as replaced or expired by then, is a warning naming what replaced it. Once per document.
 */
export const registryValidityRules: RuleModule = {
  rules: [
    {
      id: 'registry.superseded',
      severity: 'warning',
      title: 'Văn bản đã hết hiệu lực hoặc bị thay thế',
      titleEn: 'Document expired or replaced',
    },
    {
      id: 'registry.not-yet-in-force',
      severity: 'warning',
      title: 'Văn bản chưa có hiệu lực tại ngày của kế hoạch',
      titleEn: 'Document not yet in force on the plan date',
    },
  ],
  // Reads the citations and the words before each.
  affectedBy: (change, { registry }) =>
    registry !== null && (change.citationsBefore.length > 0 || change.citationsAfter.length > 0),
  run(ctx) {
    const { scan, registry } = ctx;
    const out: Draft[] = [];
    if (!registry) return out;
    const onDate = checkDate(ctx);
    const reported = new Set<string>();
    const texts = new Map(scan.texts.map((t) => [textKey(t.location), t.text]));
    for (const c of scan.citations) {
      const label = citationLabel(c);
      const key = c.key ?? label;
      if (reported.has(key)) continue;
      // "Tổng kết việc thực hiện Quyết định 705/QĐ-TTg": a review of the old text, not a basis.
      const before = (texts.get(textKey(c.location)) ?? '').slice(Math.max(0, c.start - 120), c.start);
      if (REVIEW_BEFORE.test(before)) continue;
      const problem = invalidOn(c, registry, onDate);
      if (!problem) continue;
      reported.add(key);
      const text = validityProblemText(label, problem, onDate, registry);
      out.push({
        rule: problem.validity.kind === 'not_yet' ? 'registry.not-yet-in-force' : 'registry.superseded',
        message: text.vi,
        messageEn: text.en,
        excerpt: c.text,
        location: c.location,
        clause: null,
        fix: null,
      });
    }
    return out;
  },
};
