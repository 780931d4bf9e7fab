import type { AgencyEntry } from '../../agencies/agencyEntry.ts';
import type { AgencyIndex } from '../../agencies/agencyIndex.ts';
import { foldKeepLength } from '../../agencies/agencyNames.ts';
import { textKey } from '../../model/walk.ts';
import type { RuleContext } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sourceClause, sourceOf, vnDate } from './agencyText.ts';

/** Where a plan gives work to or sends itself to a level: the tasks and Nơi nhận. */
export const TASK_OR_RECIPIENT = new Set(['itemTitle', 'itemBody', 'taskField', 'recipient']);

/** "cấp huyện" as a word pair, folded ("cap huyen"), so "CẤP HUYỆN" and "cấp  huyện" count too. */
const DISTRICT_LEVEL = /(?<![\p{L}\p{N}])cap +huyen(?![\p{L}\p{N}])/gu;

/** The places a text writes the bare phrase "cấp huyện". */
export function districtPhrases(text: string): Array<{ start: number; end: number }> {
  return [...foldKeepLength(text).matchAll(DISTRICT_LEVEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The directory's record of the end of the district level: the generic district People's Committee
 * ("Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh"), whose end date and source (Luật Tổ
 * chức chính quyền địa phương 2025) the finding repeats. Without it the directory knows no end, and
 * nothing is said.
 */
export function districtRecord(index: AgencyIndex): AgencyEntry | null {
  const byId = index.byId('mau-ubnd-huyen');
  if (byId?.validUntil) return byId;
  return (
    index.entries.find(
      (e) => e.pattern && e.level === 'huyen' && e.kind === 'uy-ban-nhan-dan' && e.validUntil !== null,
    ) ?? null
  );
}

/**
 * The bare phrase "cấp huyện" in a task or in Nơi nhận of a plan dated after the district level
 * ended ("Phòng Tư pháp cấp huyện chủ trì", "các cơ quan, đơn vị cấp huyện"), where no directory
 * name covers it. No quick fix: the district's duties went to the province or to the commune
 * depending on the field, so "cấp xã" is not a correct replacement in general.
 */
export function districtLevelFindings(
  ctx: RuleContext,
  index: AgencyIndex,
  date: string,
  citedIn: Map<string, Array<{ start: number; end: number }>>,
  already: Draft[],
): Draft[] {
  const record = districtRecord(index);
  if (!record?.validUntil || date < record.validUntil) return [];
  const until = record.validUntil;
  const src = sourceClause(sourceOf(record, 'validUntil'));
  const out: Draft[] = [];
  for (const t of ctx.scan.texts) {
    if (!TASK_OR_RECIPIENT.has(t.location.address.kind)) continue;
    const key = textKey(t.location);
    const taken = [
      ...(citedIn.get(key) ?? []),
      ...already.flatMap((d) => (d.location && textKey(d.location) === key ? [d.location] : [])),
    ];
    for (const { start, end } of districtPhrases(t.text)) {
      if (taken.some((r) => start < r.end && end > r.start)) continue;
      const written = t.text.slice(start, end);
      out.push({
        rule: 'agency.not-valid',
        message:
          `"${written}": cấp hành chính này không còn từ ngày ${vnDate(until)}${src.vi}; chính quyền địa phương còn hai cấp (tỉnh, xã). ` +
          'Nhiệm vụ của cấp huyện chuyển cho cấp tỉnh hoặc cấp xã tùy lĩnh vực: hãy ghi cơ quan nhận nhiệm vụ.',
        messageEn:
          `“${written}”: this administrative level no longer exists from ${vnDate(until)}${src.en}; local government has two levels (province, commune). ` +
          'The district’s duties went to the province or the commune depending on the field: name the body that took this task.',
        excerpt: written,
        location: at(t.location, start, end),
        clause: null,
        fix: null,
      });
    }
  }
  return out;
}
