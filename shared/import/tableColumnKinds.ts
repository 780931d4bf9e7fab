import type { TableColumnKind } from '../model/plan.ts';

/**
 * What a task table's column holds, read from its header cell as offices word it:
 * "Cơ quan/Đơn vị/Sở, ngành chủ trì (tham mưu)", "Người thực hiện", "Đơn vị phối hợp (thực hiện)",
 * "Nhiệm vụ thực hiện", "Tên nhiệm vụ", "Nội dung (công việc)", "Thời gian (thực hiện/hoàn thành)",
 * "Sản phẩm/Kết quả (đầu ra)", "Ghi chú", "TT"/"STT". Each rule is a few words the office's wording
 * keeps whatever it adds around them; the order settles the overlaps ("Thời gian thực hiện" is a
 * timeline, not a lead; "Nhiệm vụ thực hiện" a task).
 */
const RULES: Array<[TableColumnKind, RegExp]> = [
  ['number', /^(?:s?tt|số tt|số thứ tự)$/u],
  ['timeline', /^(?:thời gian|thời hạn|tiến độ|thời điểm|mốc thời gian)/u],
  ['coordinating', /phối hợp/u],
  [
    'lead',
    /chủ trì|tham mưu|(?:^|\s)(?:người|cơ quan|đơn vị|bộ phận|trách nhiệm|phân công)(?:\s\S+){0,3}\s(?:thực hiện|chịu trách nhiệm)|^(?:trách nhiệm|phân công|người phụ trách|cơ quan thực hiện|đơn vị thực hiện)/u,
  ],
  ['deliverable', /sản phẩm|^(?:kết quả|hình thức (?:văn bản|sản phẩm))/u],
  ['task', /^(?:tên |các |nội dung |)(?:nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|chỉ tiêu)/u],
  ['note', /^ghi chú/u],
];

/** The header text folded for matching: lower case, "/", "(", ")", "," and dots as spaces. */
function fold(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[/(),.:;–-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function tableColumnKind(header: string): TableColumnKind {
  const h = fold(header);
  for (const [kind, re] of RULES) if (re.test(h)) return kind;
  return 'free';
}

/**
 * The kinds of a header row when it heads a task table — a task column and at least one of the
 * four field columns — else null (a schedule "STT | Đơn vị được kiểm tra | Thời gian kiểm tra" has
 * no task column). A second column of a kind already taken is free: one task, one lead column.
 */
export function taskTableColumns(header: readonly string[]): TableColumnKind[] | null {
  const seen = new Set<TableColumnKind>();
  const kinds = header.map((h) => {
    const k = tableColumnKind(h);
    if (k !== 'free' && k !== 'note' && seen.has(k)) return 'free';
    seen.add(k);
    return k;
  });
  const fields = kinds.filter(
    (k) => k === 'lead' || k === 'coordinating' || k === 'timeline' || k === 'deliverable',
  );
  return kinds.includes('task') && fields.length >= 1 ? kinds : null;
}
