import type { AgencyEntry } from '../agencies/agencyEntry.ts';
import { existsThroughYear, successorsOn, writtenName, type AgencyIndex } from '../agencies/agencyIndex.ts';
import { scanPlan } from '../citations/planCitations.ts';
import { districtPhrases, districtRecord, TASK_OR_RECIPIENT } from '../checks/rules/districtLevel.ts';
import type { Plan } from '../model/plan.ts';
import { textKey } from '../model/walk.ts';
import type { RolloverReviewItem } from './rolloverPlan.ts';

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

function sourceTitle(e: AgencyEntry, fact: 'validUntil' | 'validFrom'): string {
  const s = e.sources.find((x) => x.facts.includes(fact)) ?? e.sources[0];
  if (!s) return 'chưa có nguồn';
  // A national frame date (a decree's effective date): each province's own decision set its day.
  return s.frame ? `${s.title}; ngày cụ thể ở từng tỉnh theo quyết định của tỉnh` : s.title;
}

/**
 * Rollover to year Y (issue 11): every agency, unit, group recipient and signer title of the plan
 * that does not exist for the whole of Y, with its successor and the source that ended it. Names
 * inside citations stay (the issuer of a cited document keeps its name), as in the check.
 */
export function agencyReview(plan: Plan, index: AgencyIndex, year: number): RolloverReviewItem[] {
  const scan = scanPlan(plan);
  const out: RolloverReviewItem[] = [];
  const seen = new Set<string>();
  const yearEnd = `${year}-12-31`;
  // Citations by text, once: the issuer of a cited document keeps its name.
  const citedIn = new Map<string, Array<{ start: number; end: number }>>();
  for (const c of scan.citations) {
    const k = textKey(c.location);
    citedIn.set(k, [...(citedIn.get(k) ?? []), c]);
  }
  // The names listed, by text: a "cấp huyện" inside one ("UBND cấp huyện") is not listed twice.
  const flagged = new Map<string, Array<{ start: number; end: number }>>();
  for (const t of scan.texts) {
    const key = textKey(t.location);
    const cited = citedIn.get(key) ?? [];
    for (const m of index.mentions(t.text)) {
      if (m.entries.length === 0 || m.entries.some((e) => existsThroughYear(e, year))) continue;
      if (cited.some((c) => m.start < c.end && m.end > c.start)) continue;
      const written = t.text.slice(m.start, m.end);
      const ended = m.entries.find((e) => e.validUntil !== null && e.validUntil <= yearEnd);
      const later = m.entries.find((e) => e.validFrom !== null && e.validFrom > `${year}-01-01`);
      const e = ended ?? later;
      if (!e) continue;
      const once = `${e.id}|${key}`;
      if (seen.has(once)) continue;
      seen.add(once);
      const what = t.location.address.kind === 'signatureLine' ? 'Chức danh người ký' : 'Cơ quan';
      const whatEn = t.location.address.kind === 'signatureLine' ? "the signer's title" : 'the agency';
      let reason: string;
      if (ended?.validUntil) {
        const next = successorsOn(index, ended, `${year}-01-01`);
        const names = next.map((n) => `"${writtenName(n)}"`).join(', ');
        reason =
          `${what} "${written}" không còn trong năm ${year} (từ ngày ${vnDate(ended.validUntil)}, theo ${sourceTitle(ended, 'validUntil')})` +
          (next.length > 0
            ? `; thay bằng ${names}`
            : '; danh bạ không ghi cơ quan kế tiếp, hãy xác định cơ quan nhận nhiệm vụ') +
          ` / ${whatEn} no longer exists in ${year} (ended ${ended.validUntil})` +
          (next.length > 0 ? `; successor: ${next.map((n) => n.id).join(', ')}` : '; no successor known');
      } else {
        const from = later?.validFrom ?? '';
        reason =
          `${what} "${written}" chỉ có từ ngày ${vnDate(from)} (theo ${later ? sourceTitle(later, 'validFrom') : ''}), không có cho cả năm ${year}` +
          ` / ${whatEn} exists only from ${from}, not for the whole of ${year}`;
      }
      out.push({ reason, excerpt: written, location: t.location.label, at: t.location });
      flagged.set(key, [...(flagged.get(key) ?? []), m]);
    }
  }
  return [...out, ...districtLevelReview(scan, index, year, citedIn, flagged)];
}

/**
 * The bare phrase "cấp huyện" in the tasks and Nơi nhận of a plan rolled to a year the district level
 * does not reach, where no name of the directory already covers it (as the check does).
 */
function districtLevelReview(
  scan: ReturnType<typeof scanPlan>,
  index: AgencyIndex,
  year: number,
  citedIn: Map<string, Array<{ start: number; end: number }>>,
  flagged: Map<string, Array<{ start: number; end: number }>>,
): RolloverReviewItem[] {
  const record = districtRecord(index);
  if (!record?.validUntil || existsThroughYear(record, year)) return [];
  const out: RolloverReviewItem[] = [];
  for (const t of scan.texts) {
    if (!TASK_OR_RECIPIENT.has(t.location.address.kind)) continue;
    const key = textKey(t.location);
    const taken = [...(citedIn.get(key) ?? []), ...(flagged.get(key) ?? [])];
    for (const { start, end } of districtPhrases(t.text)) {
      if (taken.some((c) => start < c.end && end > c.start)) continue;
      out.push({
        reason:
          `Cấp hành chính "${t.text.slice(start, end)}" không còn trong năm ${year} (từ ngày ${vnDate(record.validUntil)}, theo ${sourceTitle(record, 'validUntil')}); ` +
          'nhiệm vụ của cấp huyện chuyển cho cấp tỉnh hoặc cấp xã tùy lĩnh vực, hãy xác định cơ quan nhận nhiệm vụ' +
          ` / the district level no longer exists in ${year} (ended ${record.validUntil}): name the body that took the task`,
        excerpt: t.text.slice(start, end),
        location: t.location.label,
        at: t.location,
      });
    }
  }
  return out;
}
