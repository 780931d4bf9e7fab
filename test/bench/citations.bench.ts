import { createPlanChecker, checkPlan } from '../../shared/checks/checkPlan.ts';
import { parseText } from '../../shared/citations/grammar.ts';
import type { Item, Plan } from '../../shared/model/plan.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';

/**
 * A generated ≈100-page plan: the seed's frame with 300 tasks in 30 groups, each task with a
 * paragraph citing documents (full and short mentions, lists, a law by name) and its four fields.
 */
export function largePlan(): Plan {
  const plan = seedPlan();
  const groups: Item[] = [];
  for (let g = 1; g <= 30; g += 1) {
    const children: Item[] = [];
    for (let t = 1; t <= 10; t += 1) {
      const n = (g - 1) * 10 + t;
      children.push({
        type: 'item',
        id: `g${g}-t${t}`,
        title: `Tổ chức tuyên truyền, phổ biến pháp luật chuyên đề số ${n} tại các xã, thị trấn khu vực biên giới`,
        body: [
          {
            runs: [
              {
                text: `Triển khai Kế hoạch số ${1000 + n}/KH-UBND ngày ${1 + (n % 27)}/${1 + (n % 11)}/2020 của UBND tỉnh về việc thực hiện Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ; các Quyết định: số ${2000 + n}/QĐ-UBND ngày 15/12/2020; số ${3000 + n}/QĐ-UBND ngày 20/12/2020 của UBND tỉnh, gắn với Luật Phổ biến, giáo dục pháp luật năm 2012 và Kế hoạch số 113/KH-UBND; bảo đảm tiến độ theo Mục II Kế hoạch này.`,
              },
            ],
          },
          {
            runs: [
              {
                text: 'Nội dung tập trung vào các lĩnh vực: pháp luật hình sự, dân sự, đất đai, hôn nhân và gia đình, bảo vệ và phát triển rừng, phòng, chống ma túy, an toàn giao thông; lồng ghép với các chương trình, đề án khác của tỉnh giai đoạn 2021 - 2025.',
              },
            ],
          },
        ],
        fields: {
          lead: 'Sở Tư pháp.',
          coordinating: 'Công an tỉnh, Bộ chỉ huy Bộ đội biên phòng tỉnh, các cơ quan, đơn vị có liên quan.',
          timeline: `Quý ${1 + (n % 4)} năm 2021.`,
          deliverable: 'Tổ chức 03 hội nghị, phát hành 500 tờ gấp pháp luật.',
        },
        children: [],
      });
    }
    groups.push({ type: 'item', id: `g${g}`, title: `Nhóm nhiệm vụ thứ ${g}`, body: [], children });
  }
  const content = plan.sections.find((s) => s.role === 'content');
  if (content) content.content = groups;
  return plan;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function median(fn: () => void, runs = 7): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i += 1) xs.push(time(fn).ms);
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] ?? 0;
}

export function run(): Array<{ name: string; ms: number; note: string }> {
  const plan = largePlan();
  const chars = JSON.stringify(plan).length;
  const out: Array<{ name: string; ms: number; note: string }> = [];
  const cold = time(() => checkPlan(plan));
  out.push({
    name: 'citations: full check, 100-page plan (cold)',
    ms: cold.ms,
    note: `${chars} chars of JSON, ${cold.value.length} findings`,
  });
  out.push({
    name: 'citations: full check (median of 7, cold each)',
    ms: median(() => checkPlan(plan)),
    note: '',
  });
  const checker = createPlanChecker();
  checker.check(plan);
  const task = plan.sections.find((s) => s.role === 'content')?.content[15];
  let k = 0;
  const incremental = median(() => {
    k += 1;
    if (task?.type === 'item') task.children[3]!.body[0]!.runs[0]!.text += ` (sửa lần ${k})`;
    checker.check(plan);
  });
  out.push({
    name: 'citations: incremental re-check after one block changes',
    ms: incremental,
    note: `cache ${checker.cache.size} texts, ${checker.cache.misses} parses in all`,
  });
  const mb =
    'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về việc ban hành Chương trình; '.repeat(
      11000,
    );
  out.push({
    name: 'citations: grammar on 1 MB of dense citations',
    ms: time(() => parseText(mb)).ms,
    note: `${mb.length} chars`,
  });
  return out;
}
