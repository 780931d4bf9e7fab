import type { AgencyIndex } from '../agencies/agencyIndex.ts';
import { parseText } from '../citations/grammar.ts';
import { agencyReview } from './rolloverAgencies.ts';
import type { ParsedCitation, Span } from '../citations/types.ts';
import { AppError } from '../contract/appError.ts';
import { fieldArea, fieldKey } from '../model/fields/fieldAddress.ts';
import { planFields } from '../model/fields/planFields.ts';
import type { Plan, ReviewEntry } from '../model/plan.ts';
import { paragraphText, type Paragraph } from '../model/richText.ts';
import { splitBilingual } from '../model/splitBilingual.ts';
import type { TextLocation } from '../model/walk.ts';
import type { RegistryLookup } from '../registry/registryDoc.ts';
import { citationValidityReview } from './citationReview.ts';
import { cellTaskField } from '../model/tableTasks.ts';

/**
 * Rollover: the plan for year Y becomes the draft of the plan for year N (DESIGN §6). What is the
 * plan's own time (its title, its timelines "Năm 2021", "Quý I năm 2021", its deadlines "trước ngày
 * 15/11/2021") moves to N; what belongs to other documents (the dates and summaries of cited
 * documents, historical periods "giai đoạn 2017-2021", "đến năm 2021") never changes. Citations are
 * found with the citation grammar (shared/citations), the same one the checks use. What needs a
 * human decision goes on the review list.
 */
/** Where a change or a review item stands: "Mục II, 1.1, Thời gian thực hiện", with its field address. */
export type RolloverLocation = TextLocation;

export interface RolloverChange {
  from: string;
  to: string;
  location: string;
  at: RolloverLocation;
}

export interface RolloverReviewItem {
  reason: string;
  excerpt: string;
  location: string;
  at: RolloverLocation;
}

export interface RolloverReport {
  fromYear: number;
  toYear: number;
  changes: RolloverChange[];
  review: RolloverReviewItem[];
}

export interface RolloverOptions {
  /** Id of the old plan in the workspace, when it is stored there. */
  predecessorId?: string | null;
  /** The registry of legal documents: citations not in force on 1 January of the new year are reviewed. */
  registry?: RegistryLookup | null;
  /** The agency directory: agencies, units and signer titles not valid in the new year are listed. */
  agencies?: AgencyIndex | null;
}

/** A text of the plan that rollover may rewrite, with where it stands. */
interface Slot {
  at: RolloverLocation;
  get: (plan: Plan) => string;
  /** `text` always has the length of get(): only 4-digit years are swapped. Returns the new plan. */
  set: (plan: Plan, text: string) => Plan;
}

/** The same paragraph with `text` laid over its runs: each run keeps its length and its marks. */
function overRuns(p: Paragraph, text: string): Paragraph {
  let offset = 0;
  const runs = p.runs.map((r) => {
    const run = { ...r, text: text.slice(offset, offset + r.text.length) };
    offset += r.text.length;
    return run;
  });
  return { ...p, runs };
}

/**
 * The texts rollover reads, from the field table: the plan's prose, titles, task fields and
 * appendices. The header (reset on its own below), the type name, the recipients and the signature
 * name people and bodies, not the plan's time.
 */
function slotsOf(plan: Plan): Slot[] {
  const slots: Slot[] = [];
  for (const field of planFields(plan)) {
    const area = fieldArea(field.address);
    if (area === 'header' || area === 'recipients' || area === 'signature') continue;
    if (field.address.kind === 'typeName' || field.address.kind === 'appendixHeader') continue;
    const at = (paragraph: number): RolloverLocation => ({
      address: field.address,
      paragraph,
      label: field.label,
      labelEn: field.labelEn,
    });
    if (field.kind === 'line') slots.push({ at: at(0), get: field.get, set: field.set });
    else if (field.kind === 'rich') {
      field.get(plan).forEach((_p, i) =>
        slots.push({
          at: at(i),
          get: (p) => paragraphText(field.get(p)[i] ?? { runs: [] }),
          set: (p, text) =>
            field.set(
              p,
              field.get(p).map((x, j) => (j === i ? overRuns(x, text) : x)),
            ),
        }),
      );
    }
  }
  return slots;
}

/** A task's timeline: the field of a body task, or a cell of a task table's timeline column. */
const isTimeline = (plan: Plan, at: RolloverLocation): boolean =>
  at.address.kind !== 'numberSymbol' && cellTaskField(plan, at.address) === 'timeline';

function inside(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** A readable window around [start, end) of a text, cut at spaces. */
function excerpt(text: string, start: number, end: number, margin = 30): string {
  let s = Math.max(0, start - margin);
  let e = Math.min(text.length, end + margin);
  if (s > 0) {
    const sp = text.indexOf(' ', s);
    if (sp >= 0 && sp < start) s = sp + 1;
  }
  if (e < text.length) {
    const sp = text.lastIndexOf(' ', e);
    if (sp > end) e = sp;
  }
  return `${s > 0 ? '…' : ''}${text.slice(s, e)}${e < text.length ? '…' : ''}`;
}

interface YearHit {
  /** Offset of the 4 year digits. */
  yearAt: number;
  year: number;
  /** The whole expression ("Quý I năm 2021", "15/11/2021"). */
  start: number;
  end: number;
  kind: 'year' | 'date' | 'period-of-year';
}

/** The plan's own year expressions in a text: "năm 2021", "15/11/2021", "Quý I/2021", "tháng 9/2021". */
function yearExpressions(text: string): YearHit[] {
  const hits: YearHit[] = [];
  const nam =
    /(?<![\p{L}\d])((?:(?:Quý|quý|QUÝ)\s+[IV1-4]+\s+|(?:Thường xuyên|thường xuyên)\s+|(?:tháng|Tháng)\s+\d{1,2}\s+)?(?:năm|Năm|NĂM))\s+(\d{4})(?!\d)/gu;
  for (const m of text.matchAll(nam)) {
    const yearAt = (m.index ?? 0) + m[0].length - 4;
    hits.push({ yearAt, year: Number(m[2]), start: m.index ?? 0, end: yearAt + 4, kind: 'year' });
  }
  const date = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/gu;
  for (const m of text.matchAll(date)) {
    const yearAt = (m.index ?? 0) + m[0].length - 4;
    hits.push({ yearAt, year: Number(m[4]), start: m.index ?? 0, end: yearAt + 4, kind: 'date' });
  }
  const part = /(?<![\p{L}\d])((?:Quý|quý|QUÝ)\s+[IV1-4]+|(?:tháng|Tháng)\s+\d{1,2})\s*\/\s*(\d{4})(?!\d)/gu;
  for (const m of text.matchAll(part)) {
    const yearAt = (m.index ?? 0) + m[0].length - 4;
    hits.push({ yearAt, year: Number(m[2]), start: m.index ?? 0, end: yearAt + 4, kind: 'period-of-year' });
  }
  return hits.sort((a, b) => a.yearAt - b.yearAt);
}

/** "đến năm 2021", "từ năm 2017", "giai đoạn …": a range or a period, not the plan's own time. */
function rangeWordBefore(text: string, at: number): boolean {
  return /(?:đến|tới|từ|giai đoạn|trước|sau)\s+$/iu.test(text.slice(Math.max(0, at - 14), at));
}

/** The innermost citation around a span: 705/QĐ-TTg inside the summary of KH 113 owns its period. */
function containingCitation(citations: ParsedCitation[], span: Span): ParsedCitation | undefined {
  return citations
    .filter((c) => c.start <= span.start && c.end >= span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

function citationName(c: ParsedCitation): string {
  if (c.numberSymbol) return `${c.type ?? 'Văn bản'} số ${c.numberSymbol}`;
  return c.name ?? c.text;
}

/**
 * Roll `plan` (year Y) over to `newYear`. Returns the new plan (the input is not changed) and the
 * report of what changed and what a person must review.
 */
export function rolloverPlan(
  plan: Plan,
  newYear: number,
  options: RolloverOptions = {},
): { plan: Plan; report: RolloverReport } {
  const fromYear = plan.year;
  if (!Number.isInteger(newYear) || newYear <= fromYear || newYear > 2200) {
    throw new AppError(
      'rollover_year',
      `Năm của kế hoạch mới (${newYear}) phải là một năm sau năm của kế hoạch hiện tại (${fromYear}).`,
      `The new plan's year (${newYear}) must be a year after the current plan's year (${fromYear}).`,
    );
  }
  const delta = newYear - fromYear;
  let next = JSON.parse(JSON.stringify(plan)) as Plan;
  const changes: RolloverChange[] = [];
  const review: RolloverReviewItem[] = [];
  const headerAt: RolloverLocation = {
    label: 'Số, ký hiệu; ngày ban hành',
    labelEn: 'Number and symbol; issue date',
    address: { kind: 'header', field: 'issueDate' },
    paragraph: 0,
  };
  const h = next.header;
  const oldNumber = `Số: ${h.number}/${h.symbol}`;
  const oldDate = `ngày ${h.issueDate.day ?? '…'} tháng ${h.issueDate.month ?? '…'} năm ${h.issueDate.year ?? '…'}`;
  h.number = '';
  h.issueDate = { day: null, month: null, year: newYear };
  if (oldNumber !== `Số: /${h.symbol}`) {
    changes.push({
      from: oldNumber,
      to: `Số: /${h.symbol}`,
      location: 'Số, ký hiệu',
      at: { ...headerAt, address: { kind: 'header', field: 'number' } },
    });
  }
  changes.push({
    from: oldDate,
    to: `ngày … tháng … năm ${newYear}`,
    location: 'Ngày ban hành',
    at: headerAt,
  });
  next.year = newYear;
  next.predecessor = { id: options.predecessorId ?? null, title: plan.summary, year: fromYear };

  for (const slot of slotsOf(next)) {
    const text = slot.get(next);
    if (!/\d{4}/.test(text)) continue;
    const parse = parseText(text);
    const periodSpans: Span[] = [...parse.periods, ...parse.yearRanges];
    const protectedSpans: Span[] = [...parse.citations, ...periodSpans];
    const chars = text.split('');
    const bumped = new Set<number>();
    for (const hit of yearExpressions(text)) {
      if (bumped.has(hit.yearAt)) continue;
      const own = hit.year === fromYear || hit.year === fromYear + 1;
      if (!own) continue;
      if (inside(protectedSpans, hit.yearAt, hit.yearAt + 4)) continue;
      if (hit.kind === 'year' && rangeWordBefore(text, hit.start)) {
        review.push({
          reason: `Mốc "${excerpt(text, hit.start, hit.end, 0)}" có thể là thời hạn của chương trình khác, không tự chuyển năm / a range bound that may belong to another programme; not moved`,
          excerpt: excerpt(text, hit.start, hit.end),
          location: slot.at.label,
          at: slot.at,
        });
        continue;
      }
      const year = String(hit.year + delta);
      for (let i = 0; i < 4; i++) chars[hit.yearAt + i] = year[i] ?? '';
      bumped.add(hit.yearAt);
    }
    const after = chars.join('');
    if (after !== text) {
      next = slot.set(next, after);
      for (const at of [...bumped].sort((a, b) => a - b)) {
        changes.push({
          from: excerpt(text, at, at + 4),
          to: excerpt(after, at, at + 4),
          location: slot.at.label,
          at: slot.at,
        });
      }
    }

    // Citations bound to the old year: "… dự toán ngân sách nhà nước năm 2021", "Kế hoạch … năm 2021".
    for (const c of parse.citations) {
      const own = new RegExp(
        `(?<!(?:đến|tới|từ)\\s)(?:năm|Năm)\\s+(${fromYear}|${fromYear - 1})(?!\\d)`,
        'u',
      );
      const m = own.exec(c.text);
      if (!m) continue;
      const at = c.start + (m.index ?? 0);
      if (inside(periodSpans, at, at + m[0].length)) continue;
      review.push({
        reason: `${citationName(c)} gắn với năm ${m[1]}: thay bằng văn bản tương ứng của năm ${newYear} (nếu có) / a citation bound to year ${m[1]}: replace it with its ${newYear} counterpart`,
        excerpt: excerpt(text, c.start, c.end, 0),
        location: slot.at.label,
        at: slot.at,
      });
    }
    // Programmes and mandates whose period ends with the old year (newly ended for the new plan).
    for (const p of parse.periods) {
      const end = p.extendedTo ?? p.endYear;
      if (end < fromYear || end >= newYear) continue;
      const c = containingCitation(parse.citations, p);
      const whose = c ? `${citationName(c)}: ` : '';
      const shown = p.extendedTo !== null ? `${p.text} … đến năm ${p.extendedTo}` : p.text;
      review.push({
        reason: `${whose}chương trình/nhiệm vụ "${shown}" đã kết thúc năm ${end}; xem còn căn cứ để tiếp tục năm ${newYear} không / the programme's period ended in ${end}; check it still applies in ${newYear}`,
        excerpt: excerpt(text, p.start, p.end),
        location: slot.at.label,
        at: slot.at,
      });
    }
    // Deadlines of the plan itself that stay before 1 January of the new year.
    for (const hit of yearExpressions(after)) {
      // Dates anywhere; "Năm 2020", "Quý I/2020" too when they are a task's timeline.
      if (hit.year >= newYear || (hit.kind !== 'date' && !isTimeline(plan, slot.at))) continue;
      if (inside(protectedSpans, hit.yearAt, hit.yearAt + 4)) continue;
      if (containingCitation(parse.citations, hit)) continue;
      review.push({
        reason: `Thời hạn ${after.slice(hit.start, hit.end)} đã qua trước năm ${newYear} / deadline before ${newYear}`,
        excerpt: excerpt(after, hit.start, hit.end),
        location: slot.at.label,
        at: slot.at,
      });
    }
    // The old year left standing outside citations and periods ("Kế hoạch 2021"): a person decides.
    const left = new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'gu');
    for (const m of after.matchAll(left)) {
      const at = m.index ?? 0;
      if (inside(protectedSpans, at, at + 4) || bumped.has(at)) continue;
      if (review.some((r) => r.at === slot.at && r.excerpt.includes(String(fromYear)))) continue;
      review.push({
        reason: `Năm ${fromYear} còn lại trong câu, chưa tự chuyển / year ${fromYear} left unchanged`,
        excerpt: excerpt(after, at, at + 4),
        location: slot.at.label,
        at: slot.at,
      });
    }
  }

  if (options.registry) review.push(...citationValidityReview(next, options.registry, `${newYear}-01-01`));
  if (options.agencies) review.push(...agencyReview(next, options.agencies, newYear));

  const sigAt: RolloverLocation = {
    label: 'Chữ ký',
    labelEn: 'Signature',
    address: { kind: 'signatureName' },
    paragraph: 0,
  };
  const signer = [...next.signature.lines, next.signature.name].filter(Boolean).join(' — ');
  review.push({
    reason: `Xác nhận người ký và chức danh cho năm ${newYear} / confirm the signer and title for ${newYear}`,
    excerpt: signer || '(chưa có người ký / no signer)',
    location: sigAt.label,
    at: sigAt,
  });
  const report = { fromYear, toYear: newYear, changes, review };
  next.review = reviewChecklist(report);
  return { plan: next, report };
}

/** The report as the plan's checklist: review items first, then the changes, none seen yet. */
export function reviewChecklist(report: RolloverReport): ReviewEntry[] {
  const place = (at: RolloverLocation) => ({ address: fieldKey(at.address), paragraph: at.paragraph });
  const items: ReviewEntry[] = report.review.map((r, i) => {
    const { vi, en } = splitBilingual(r.reason);
    return {
      id: `review-${i}`,
      kind: 'review',
      message: { vi: `${vi}: ${r.excerpt}`, en: `${en}: ${r.excerpt}` },
      ...place(r.at),
      seen: false,
    };
  });
  report.changes.forEach((c, i) =>
    items.push({
      id: `change-${i}`,
      kind: 'change',
      message: {
        vi: `${c.at.label}: "${c.from}" → "${c.to}"`,
        en: `${c.at.labelEn}: "${c.from}" → "${c.to}"`,
      },
      ...place(c.at),
      seen: false,
    }),
  );
  return items;
}
