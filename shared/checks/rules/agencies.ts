import type { AgencyEntry } from '../../agencies/agencyEntry.ts';
import {
  existsOn,
  planDate,
  successorsOn,
  writtenName,
  type AgencyIndex,
} from '../../agencies/agencyIndex.ts';
import { textKey } from '../../model/walk.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft, type TextEdit } from '../finding.ts';
import { sourceClause, sourceOf, vnDate } from './agencyText.ts';
import { districtLevelFindings } from './districtLevel.ts';

/** The successor as the plan would write it, in the case the plan wrote the old name. */
function replacementFor(written: string, successor: AgencyEntry): string {
  const name = writtenName(successor);
  return written === written.toUpperCase() && written !== written.toLowerCase() ? name.toUpperCase() : name;
}

/**
 * Agencies and administrative levels that do not exist on the plan's date (issue 11): "Sở Tài nguyên
 * và Môi trường" in a 2027 plan, "UBND các huyện, thành phố" after 1/7/2025, "Sở Nông nghiệp và Môi
 * trường" in a 2021 plan. Only a warning: the sentence may speak of the past. Names inside a citation
 * are left alone (a document issued by a former body is still cited by its issuer's name). The
 * successor is the quick fix when there is exactly one.
 */
export const agencyRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'agency.not-valid',
      severity: 'warning',
      title: 'Cơ quan hoặc cấp hành chính không còn vào ngày của kế hoạch',
      titleEn: 'Agency or administrative level no longer exists on the plan’s date',
    },
    {
      id: 'agency.not-yet',
      severity: 'warning',
      title: 'Cơ quan chưa được thành lập vào ngày của kế hoạch',
      titleEn: 'Agency not yet established on the plan’s date',
    },
  ],
  run(ctx) {
    const index = ctx.agencies;
    const out: Draft[] = [];
    if (!index) return out;
    const date = planDate(ctx.plan);
    // Citations by text, once: the issuer of a cited document keeps its name.
    const citedIn = new Map<string, Array<{ start: number; end: number }>>();
    for (const c of ctx.scan.citations) {
      const k = textKey(c.location);
      citedIn.set(k, [...(citedIn.get(k) ?? []), c]);
    }
    for (const t of ctx.scan.texts) {
      const key = textKey(t.location);
      const cited = citedIn.get(key) ?? [];
      for (const m of index.mentions(t.text)) {
        if (m.entries.length === 0 || m.entries.some((e) => existsOn(e, date))) continue;
        if (cited.some((c) => m.start < c.end && m.end > c.start)) continue;
        const written = t.text.slice(m.start, m.end);
        const ended = m.entries.find((e) => e.validUntil !== null && e.validUntil <= date);
        if (ended) out.push(endedFinding(index, ended, written, date, t.location, m));
        else {
          const later = m.entries.find((e) => e.validFrom !== null && e.validFrom > date);
          if (!later?.validFrom) continue;
          const src = sourceClause(sourceOf(later, 'validFrom'));
          out.push({
            rule: 'agency.not-yet',
            message: `"${written}" chỉ có từ ngày ${vnDate(later.validFrom)}${src.vi}, sau ngày của kế hoạch (${vnDate(date)}).`,
            messageEn: `“${written}” exists only from ${vnDate(later.validFrom)}${src.en}, after the plan’s date (${vnDate(date)}).`,
            excerpt: written,
            location: at(t.location, m.start, m.end),
            clause: null,
            fix: null,
          });
        }
      }
    }
    return [...out, ...districtLevelFindings(ctx, index, date, citedIn, out)];
  },
};

function endedFinding(
  index: AgencyIndex,
  ended: AgencyEntry,
  written: string,
  date: string,
  location: Parameters<typeof at>[0],
  m: { start: number; end: number },
): Draft {
  const until = ended.validUntil ?? date;
  const next = successorsOn(index, ended, date);
  const src = sourceClause(sourceOf(ended, 'validUntil'));
  const names = next.map((n) => `"${writtenName(n)}"`).join(', ');
  const namesEn = next.map((n) => `“${writtenName(n)}”`).join(', ');
  const level = ended.level === 'huyen' ? ', cấp huyện kết thúc hoạt động' : '';
  const levelEn = ended.level === 'huyen' ? ', when the district level ended' : '';
  // No successor for a district body: its duties went to the province or the commune, field by field.
  const none =
    ended.level === 'huyen'
      ? {
          vi: '; nhiệm vụ của cấp huyện chuyển cho cấp tỉnh hoặc cấp xã tùy lĩnh vực, hãy xác định cơ quan nhận nhiệm vụ.',
          en: '; the district’s duties went to the province or the commune depending on the field: name the body that took this task.',
        }
      : { vi: '; danh bạ không ghi cơ quan kế tiếp.', en: '; the directory names no successor.' };
  const one = next.length === 1 ? next[0] : undefined;
  const fix: TextEdit | null = one
    ? {
        location,
        range: { start: m.start, end: m.end },
        replacement: replacementFor(written, one),
        label: `Thay bằng ${writtenName(one)}`,
        labelEn: `Replace with “${writtenName(one)}”`,
      }
    : null;
  return {
    rule: 'agency.not-valid',
    message:
      `"${written}" không còn từ ngày ${vnDate(until)}${level}${src.vi}` +
      (next.length > 0 ? `; cơ quan kế tiếp: ${names}.` : none.vi),
    messageEn:
      `“${written}” no longer exists from ${vnDate(until)}${levelEn}${src.en}` +
      (next.length > 0 ? `; successor: ${namesEn}.` : none.en),
    excerpt: written,
    location: at(location, m.start, m.end),
    clause: null,
    fix,
  };
}
