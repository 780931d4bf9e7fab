import type { Item, Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';
import seed from '../../templates/plans/langson-2021.json' with { type: 'json' };

/** The built-in seed template, validated. */
export function seedPlan(): Plan {
  const r = parsePlan(seed);
  if (!r.ok) throw new Error(r.messageEn);
  return r.plan;
}

const AGENCIES = [
  'Sở Tư pháp',
  'Công an tỉnh',
  'Sở Giáo dục và Đào tạo',
  'Sở Thông tin và Truyền thông',
  'UBND các huyện, thành phố',
];

/**
 * A long plan built from the seed: `tasks` tasks in section II (groups of five with sub-tasks), and a
 * landscape appendix listing them, to test pagination and the appendix section.
 */
export function longPlan(tasks = 36): Plan {
  const plan = structuredClone(seedPlan());
  const content = plan.sections.find((s) => s.role === 'content');
  if (!content) throw new Error('seed has no content section');
  const groups: Item[] = [];
  for (let g = 0; g * 5 < tasks; g++) {
    const children: Item[] = [];
    for (let t = g * 5; t < Math.min(tasks, g * 5 + 5); t++) {
      children.push({
        type: 'item',
        id: `long-${t}`,
        title: `Tổ chức hội nghị phổ biến, giáo dục pháp luật số ${t + 1} cho cán bộ, công chức và nhân dân tại các xã biên giới`,
        body: [
          {
            runs: [
              {
                text: `Nội dung tập trung vào Luật Phổ biến, giáo dục pháp luật năm 2012, pháp luật về hòa giải ở cơ sở, phòng, chống ma túy và an toàn giao thông; đợt ${t + 1} lồng ghép với sinh hoạt ngày pháp luật tại thôn, khu phố.`,
              },
            ],
          },
        ],
        fields: {
          lead: AGENCIES[t % AGENCIES.length] ?? 'Sở Tư pháp',
          coordinating: 'Các cơ quan, đơn vị, địa phương có liên quan',
          timeline: `Quý ${(t % 4) + 1} năm 2021`,
          deliverable: `Tổ chức ${String((t % 9) + 1).padStart(2, '0')} hội nghị; báo cáo kết quả`,
        },
        children: [],
      });
    }
    groups.push({
      type: 'item',
      id: `long-group-${g}`,
      title: `Nhóm nhiệm vụ ${g + 1}: tuyên truyền, phổ biến pháp luật tại địa bàn trọng điểm`,
      body: [],
      children,
    });
  }
  content.content = [...content.content, ...groups];
  plan.appendices = [
    {
      id: 'pl1',
      title: 'Phụ lục',
      subtitle: '(Kèm theo Kế hoạch số      /KH-BCĐ ngày      tháng 01 năm 2021 của Ban Chỉ đạo Đề án)',
      landscape: true,
      body: [],
      table: {
        header: [
          'STT',
          'Nhiệm vụ',
          'Cơ quan chủ trì',
          'Cơ quan phối hợp',
          'Thời gian thực hiện',
          'Kết quả sản phẩm',
        ],
        rows: Array.from({ length: tasks }, (_, t) => [
          String(t + 1),
          `Tổ chức hội nghị phổ biến, giáo dục pháp luật số ${t + 1}`,
          AGENCIES[t % AGENCIES.length] ?? 'Sở Tư pháp',
          'Các cơ quan, đơn vị, địa phương có liên quan',
          `Quý ${(t % 4) + 1} năm 2021`,
          'Báo cáo kết quả',
        ]),
      },
    },
  ];
  return plan;
}

/** The seed as issued: number 5, dated 5 January 2021 (to test the leading zeros). */
export function issuedSeedPlan(): Plan {
  const plan = structuredClone(seedPlan());
  plan.header.number = '5';
  plan.header.issueDate = { day: 5, month: 1, year: 2021 };
  return plan;
}

/**
 * The seed as a Lào Cai department would issue it: long names that do not fit the header's left
 * column on one line, and a signature for the provincial committee (issue 10, point 3).
 */
export function laoCaiPlan(): Plan {
  const plan = structuredClone(seedPlan());
  plan.header.parentBody = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI';
  plan.header.issuingBody = 'SỞ CÔNG THƯƠNG TỈNH LÀO CAI';
  plan.header.symbol = 'KH-SCT';
  plan.header.place = 'Lào Cai';
  plan.signature = {
    lines: ['TM. ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    name: 'Nguyễn Văn A',
  };
  return plan;
}

/**
 * The seed with a task table as provincial offices append one: typed columns, heading rows across
 * the table ("I | Cải cách thể chế", "II. CÔNG TÁC …" in one cell), tasks whose STT and task cells
 * are merged down over a second row, and a free column — on landscape pages, header repeated.
 */
export function taskTablePlan(groups = 4, perGroup = 9): Plan {
  const plan = structuredClone(seedPlan());
  const rows: string[][] = [];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  for (let g = 0; g < groups; g++) {
    if (g % 2 === 0)
      rows.push([roman[g] ?? 'I', 'Cải cách thể chế và thủ tục hành chính', '', '', '', '', '']);
    else rows.push(['', `${roman[g] ?? 'I'}. CÔNG TÁC KIỂM TRA, ĐÔN ĐỐC THỰC HIỆN`, '', '', '', '', '']);
    for (let t = 0; t < perGroup; t++) {
      rows.push([
        String(t + 1),
        `Rà soát, đánh giá và đề xuất phương án đơn giản hóa thủ tục hành chính thuộc lĩnh vực số ${t + 1}`,
        'Báo cáo kết quả rà soát',
        `Quý ${(t % 4) + 1} năm 2021`,
        AGENCIES[t % AGENCIES.length] ?? 'Sở Tư pháp',
        'Các cơ quan, đơn vị, địa phương có liên quan',
        'Văn phòng UBND tỉnh',
      ]);
      if (t % 3 === 2)
        rows.push([
          '',
          '',
          'Quyết định phê duyệt phương án',
          'Tháng 12 năm 2021',
          'Sở Tư pháp',
          '',
          'Sở Nội vụ',
        ]);
    }
  }
  plan.appendices = [
    {
      id: 'pl-tasks',
      title: 'PHỤ LỤC',
      subtitle: 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021',
      landscape: true,
      body: [],
      table: {
        header: [
          'STT',
          'Nhiệm vụ',
          'Sản phẩm',
          'Thời gian hoàn thành',
          'Sở, ngành chủ trì tham mưu',
          'Đơn vị phối hợp thực hiện',
          'Theo dõi, kiểm tra, đôn đốc',
        ],
        columns: ['number', 'task', 'deliverable', 'timeline', 'lead', 'coordinating', 'free'],
        rows,
      },
    },
  ];
  return plan;
}
