import { AppError } from '../contract/appError.ts';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from '../model/plan.ts';
import { planTasks } from '../model/walk.ts';
import { agencyLeads } from './agencyLeads.ts';
import type { ImportOptions, ImportReport } from './importReport.ts';
import type { Ctx } from './recogniseContext.ts';
import { finishHeader, settleTypeName } from './recogniseHeader.ts';
import { toEntries } from './recogniseLines.ts';
import { Recogniser } from './recogniser.ts';
import type { SourceDocument } from './sourceModel.ts';

// The recogniser reads a document zone by zone (recogniser.ts): the header and preamble
// (recogniseHeader.ts), the body and its task tables (recogniseBody.ts, recogniseTaskTable.ts), then
// recipients, signature and appendices (recogniseClosing.ts).
export { isUpperLine } from './recogniseLines.ts';

function emptyPlan(year: number): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    year,
    header: {
      parentBody: '',
      issuingBody: '',
      number: '',
      symbol: '',
      place: '',
      issueDate: { day: null, month: null, year: null },
    },
    typeName: 'KẾ HOẠCH',
    summary: '',
    preamble: [],
    legalBases: [],
    sections: [],
    recipients: { entries: [], archive: '' },
    signature: { lines: [], name: '' },
    appendices: [],
    predecessor: null,
  };
}

/** The plan's own year: the "năm 2021" of its trích yếu, else its issue date's year. */
function planYear(plan: Plan, fallback: number): number {
  const inSummary = [...plan.summary.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  const y = inSummary[inSummary.length - 1] ?? plan.header.issueDate.year ?? fallback;
  return y >= 1945 && y <= 2200 ? y : fallback;
}

/** Map source paragraphs to plan blocks. Every non-empty source paragraph is placed or reported. */
export function recognise(
  doc: SourceDocument,
  options: ImportOptions = {},
): { plan: Plan; report: ImportReport } {
  const fallbackYear = options.year ?? new Date().getFullYear();
  const ctx: Ctx = {
    plan: emptyPlan(fallbackYear),
    placed: new Set(),
    unplacedIds: new Set(),
    unplaced: [],
    warnings: [...doc.warnings],
    nextId: 0,
  };
  const r = new Recogniser(ctx);
  for (const entry of toEntries(doc)) {
    r.feed(entry);
    if (r.state !== 'header' && (r.headerUpper.length > 0 || r.headerOther.length > 0)) finishHeader(r);
  }
  r.finish();
  settleTypeName(r);
  agencyLeads(ctx.plan);
  const plan = ctx.plan;
  plan.year = options.year ?? planYear(plan, fallbackYear);

  const w = ctx.warnings;
  if (!plan.header.issuingBody)
    w.push({ text: '', reason: 'Không tìm thấy cơ quan ban hành / issuing body not found' });
  if (!plan.summary) w.push({ text: '', reason: 'Không tìm thấy trích yếu / summary (trích yếu) not found' });
  if (plan.sections.length === 0)
    w.push({ text: '', reason: 'Không tìm thấy mục I, II… / no sections (I, II…) found' });
  if (plan.recipients.entries.length === 0)
    w.push({ text: '', reason: 'Không tìm thấy Nơi nhận / recipients (Nơi nhận) not found' });
  if (!plan.signature.name) w.push({ text: '', reason: 'Không tìm thấy người ký / signer not found' });

  // Accounting: a source paragraph split over several lines is unplaced if any of its parts is.
  for (let id = 0; id < doc.paragraphCount; id++) {
    if (!ctx.placed.has(id) && !ctx.unplacedIds.has(id)) {
      // Defensive: a paragraph no rule touched would be lost; the recogniser must never do that.
      throw new AppError(
        'import_internal',
        `Lỗi nội bộ khi nhập: đoạn ${id + 1} chưa được xếp.`,
        `Internal import error: paragraph ${id + 1} was not placed.`,
      );
    }
  }
  const placedCount = doc.paragraphCount - ctx.unplacedIds.size;
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    throw new AppError(
      'import_too_large',
      `Văn bản nhập vượt giới hạn của một kế hoạch (${where}).`,
      `The imported document exceeds the limits of a plan (${where}).`,
    );
  }
  return {
    plan: parsed.data,
    report: {
      sourceParagraphs: doc.paragraphCount,
      placedParagraphs: placedCount,
      unplaced: ctx.unplaced,
      tasks: planTasks(parsed.data).length,
      recipients: parsed.data.recipients.entries.length,
      warnings: w,
      ...(ctx.sourceDraft ? { sourceDraft: true } : {}),
    },
  };
}
