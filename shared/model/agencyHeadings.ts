import type { Item, TaskFields } from './plan.ts';
import { paragraphText } from './richText.ts';

// Plans that assign tasks by agency name the agency in a heading, not in a "Cơ quan chủ trì:"
// line: "1.1. Công an tỉnh:" over its duties, "a) Sở Y tế: Quản lý …", "1. Sở Tài chính" over its
// tasks a), b), or a group "1. Về cải cách thể chế" opened by "Giao Sở Tư pháp chủ trì, phối hợp
// với các cơ quan, đơn vị liên quan:". The importer reads these as the tasks' fields; the export
// does not print a field its heading already says (one reading, so the two agree).

/**
 * The first words of an agency's name. Words that also begin a sentence ("Ban hành", "Phòng
 * ngừa", "Hội nghị") count only before a capital.
 */
const AGENCY_START = new RegExp(
  '^(?:(?:Giao|Đề\\s+nghị)\\s+)?(?:Các\\s+)?' +
    '(?:sở|Sở|Công\\s+an|[ỦU]y\\s+ban|UBND|Văn\\s+phòng|Thanh\\s+tra|Trung\\s+tâm|Chi\\s+cục|Cục|' +
    'Ngân\\s+hàng|Kho\\s+bạc|Bảo\\s+hiểm\\s+xã\\s+hội|Viện\\s+[Kk]iểm\\s+sát|Tòa\\s+án|Toà\\s+án|' +
    'Liên\\s+đoàn|Tỉnh\\s+đoàn|Chủ\\s+tịch|Công\\s+ty|' +
    '(?:Bộ|Ban|Hội|Đoàn|Phòng|Báo|Đài|Trường|Mặt\\s+trận)\\s+\\p{Lu})',
  'u',
);

/** "Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:" over a group's tasks. */
const ASSIGNMENT = /^Giao\s+(.+?)(?:\s+chủ\s+trì(?:\s*,\s*phối\s+hợp(?:\s+với)?\s+(.+?))?)?\s*:$/u;

/** The agency a heading names: the whole heading, or what stands before its colon. */
export function agencyHeading(title: string): string | null {
  const t = title.trim();
  const colon = t.indexOf(':');
  const name = (colon >= 0 ? t.slice(0, colon) : t).trim();
  if (name.length === 0 || name.length > 200 || !AGENCY_START.test(name)) return null;
  // A heading with no colon that ends as a sentence ("Sở Tư pháp chủ trì thực hiện.") is a task.
  if (colon < 0 && /[.;!?]$/u.test(name)) return null;
  // "Giao Sở Nội vụ:" assigns to the Sở: the Sở leads ("Đề nghị …" is kept: a body asked, not told).
  return name.replace(/^Giao\s+/u, '');
}

type Assigned = Pick<TaskFields, 'lead' | 'coordinating'>;

/** What a group assigns to the tasks under it: its heading's agency, or its "Giao … chủ trì …:". */
function groupAssigns(group: Item): Assigned | null {
  const title = group.title.trim().replace(/:$/u, '');
  if (!title.includes(':')) {
    const lead = agencyHeading(title);
    if (lead !== null) return { lead, coordinating: null };
  }
  const last = group.body[group.body.length - 1];
  const m = last ? ASSIGNMENT.exec(paragraphText(last).trim()) : null;
  const lead = m?.[1] ? agencyHeading(m[1]) : null;
  return lead === null ? null : { lead, coordinating: m?.[2]?.trim() ?? null };
}

/**
 * The lead and coordinating agencies a task's own heading or its groups' headings name (the nearest
 * group first); null fields where they name none. `groups` run from the section down to the parent.
 */
export function headingFields(item: Item, groups: readonly Item[]): Assigned {
  const own = agencyHeading(item.title);
  // A bare agency heading heads the duties under it; with none it is no task of its own.
  if (own !== null && (item.body.length > 0 || item.title.includes(':')))
    return { lead: own, coordinating: null };
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    const assigned = g ? groupAssigns(g) : null;
    if (assigned) return assigned;
  }
  return { lead: null, coordinating: null };
}
