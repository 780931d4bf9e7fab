import { fieldKey, type TextAddress } from '../model/fields/fieldAddress.ts';
import { planFields } from '../model/fields/planFields.ts';
import type { Plan } from '../model/plan.ts';
import { numberSymbolKey } from '../registry/numberSymbol.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import { nameKey } from '../registry/registryMatch.ts';
import type { PlanCitation } from './planCitations.ts';

export type CitationForm = 'full' | 'short';

/**
 * Words a summary (trích yếu) starts with that read as a verb phrase after "về": they are written
 * lower-case inside a sentence ("… về ban hành Chương trình …"). Anything else (a proper name such as
 * "Đề án “…”") keeps its capital.
 */
const LOWERCASE_HEADS = [
  'ban hành',
  'phê duyệt',
  'quy định',
  'hướng dẫn',
  'triển khai',
  'tiếp tục',
  'giao',
  'sửa đổi',
  'thực hiện',
  'tăng cường',
  'kiện toàn',
  'thành lập',
  'tổ chức',
  'công bố',
  'kiểm tra',
  'thông qua',
  'một số',
  'về',
];

/**
 * Heads that follow the issuer directly, as drafters write them: "… của Chính phủ quy định chi tiết
 * …", "… của Bộ Tư pháp hướng dẫn …", "… sửa đổi, bổ sung …". A "về" before them would read
 * "về quy định về …"; a summary that already starts with "về" ("Về việc …") takes no second one.
 */
const DIRECT_HEADS = new Set(['về', 'sửa đổi', 'quy định', 'hướng dẫn']);

/** The summary as it reads after the issuer: trimmed, no final stop, "về" only where it belongs. */
export function summaryPhrase(summary: string): string {
  const s = summary
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.;,:]+$/u, '')
    .trim();
  if (s === '') return '';
  const lower = s.toLocaleLowerCase('vi');
  const head = LOWERCASE_HEADS.find((h) => lower === h || new RegExp(`^${h}[^\\p{L}]`, 'u').test(lower));
  const text = head ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
  return head !== undefined && DIRECT_HEADS.has(head) ? text : `về ${text}`;
}

/** "2017-05-25" → "25/5/2017": cited documents' dates need no leading zeros (only the plan's own do). */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/**
 * A law known by its name is cited by it ("Luật Phổ biến, giáo dục pháp luật năm 2012"); an amending
 * law ("Luật sửa đổi, bổ sung một số điều của Luật …") names another law, so it is cited by number.
 */
function citedByName(doc: RegistryDoc): boolean {
  return doc.name !== null && doc.name.trim() !== '' && !/sửa đổi/iu.test(doc.name);
}

/**
 * How a registry document is written in a plan: the full form at its first mention
 * (`Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về ban hành Chương trình …`)
 * and the short form after (`Quyết định số 705/QĐ-TTg`). A law with a name is cited by its name,
 * with its year at the first mention. Parts the registry does not know are left out, never invented.
 */
export function citationText(doc: RegistryDoc, form: CitationForm): string {
  if (citedByName(doc)) {
    const name = (doc.name ?? '').replace(/\s+/g, ' ').trim();
    const year = doc.date !== null ? Number(doc.date.slice(0, 4)) : doc.year;
    return form === 'full' && year !== null ? `${name} năm ${year}` : name;
  }
  const parts = [doc.type.trim()];
  if (doc.numberSymbol !== '') parts.push(`số ${doc.numberSymbol}`);
  if (form === 'short') return parts.join(' ');
  if (doc.date !== null) parts.push(`ngày ${shortDate(doc.date)}`);
  if (doc.issuer.trim() !== '') parts.push(`của ${doc.issuer.replace(/\s+/g, ' ').trim()}`);
  const summary = summaryPhrase(doc.summary);
  if (summary !== '') parts.push(summary);
  return parts.join(' ');
}

/** Does a recognised citation name this registry document (same identifier, or same law name)? */
export function citesDoc(c: PlanCitation, doc: RegistryDoc): boolean {
  if (c.numberSymbol !== null) {
    return doc.numberSymbol !== '' && numberSymbolKey(c.numberSymbol) === numberSymbolKey(doc.numberSymbol);
  }
  const name = c.expandedName ?? c.name;
  return name !== null && doc.name !== null && nameKey(name).key === nameKey(doc.name).key;
}

/** A place in the plan: a field, a paragraph of it and a character offset. */
export interface PlanPoint {
  address: TextAddress;
  paragraph: number;
  offset: number;
}

/**
 * Rank of every field in document order (the field table's walk), computed from the plan itself so
 * a field with no text yet (an empty item being filled) still has its place.
 */
export function fieldOrder(plan: Plan): Map<string, number> {
  const order = new Map(planFields(plan).map((f, i) => [f.key, i]));
  // The derived number/symbol text stands where the number does.
  order.set(
    fieldKey({ kind: 'numberSymbol' }),
    order.get(fieldKey({ kind: 'header', field: 'number' })) ?? 0,
  );
  return order;
}

/** Negative when `a` comes before `b` in the document. */
export function comparePoints(order: Map<string, number>, a: PlanPoint, b: PlanPoint): number {
  return (
    (order.get(fieldKey(a.address)) ?? 1e9) - (order.get(fieldKey(b.address)) ?? 1e9) ||
    a.paragraph - b.paragraph ||
    a.offset - b.offset
  );
}

/**
 * The form a citation inserted at `at` should take: full unless the plan already mentions the
 * document before that point (NĐ 30: a document is cited in full the first time, then short).
 */
export function mentionFormAt(
  plan: Plan,
  citations: readonly PlanCitation[],
  doc: RegistryDoc,
  at: PlanPoint,
): CitationForm {
  const order = fieldOrder(plan);
  const earlier = citations.some(
    (c) =>
      citesDoc(c, doc) &&
      comparePoints(
        order,
        { address: c.location.address, paragraph: c.location.paragraph, offset: c.start },
        at,
      ) < 0,
  );
  return earlier ? 'short' : 'full';
}
