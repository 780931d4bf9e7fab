import { checkPlan } from '../../shared/checks/checkPlan.ts';
import { createCheckClient, createCheckSession } from '../../shared/checks/checkSession.ts';
import { updateItem } from '../../renderer/editor/planEdit.ts';
import { parseText } from '../../shared/citations/grammar.ts';
import type { Item, Plan } from '../../shared/model/plan.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';
import { measure, summarize, type BenchLine } from './measure.ts';

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

/** The checks on the ≈100-page plan: full, incremental after a one-block edit, and the grammar alone. */
export async function run(): Promise<BenchLine[]> {
  const plan = largePlan();
  const chars = JSON.stringify(plan).length;
  const out: BenchLine[] = [];
  out.push(
    await measure(
      'checks: full check, first run in the process',
      () => checkPlan(plan),
      { warmup: 0, runs: 1 },
      (f) => `${chars} chars of JSON, ${f.length} findings`,
    ),
  );
  // Warm: the worker's checker lives as long as the editor and checks the plan again and again; V8
  // has finished optimising the grammar only after ≈ 10 runs (with --no-opt it holds at ≈ 43 ms), so
  // 20 runs of warm-up, and the first run of a process is its own line above.
  out.push(
    await measure('checks: full check (no cache)', () => checkPlan(plan), { target: 20, warmup: 20, runs: 40 }),
  );
  // The shipped path of a re-check: the page makes the delta of the edited plan (as the editor
  // makes it: a new body for one task, the rest of the plan shared), the worker applies it to the
  // plan it holds, checks again what changed and replies with what changed in the report. The
  // worker's part is the figure; the structured clones stand for postMessage, which clones the
  // message on the way. 40 runs: a p95 of 15 runs is their slowest.
  const session = createCheckSession();
  const client = createCheckClient();
  let current = plan;
  let request = client.request(0, current);
  let response = session.handle(structuredClone(request));
  const task = plan.sections.find((s) => s.role === 'content')?.content[15];
  const target = task?.type === 'item' ? task.children[3] : undefined;
  if (!target) throw new Error('bench: the generated plan has no task 16.4');
  const edit = (k: number): Plan =>
    updateItem(current, target.id, (x) => ({
      ...x,
      body: x.body.map((p, i) => (i === 0 ? { runs: [{ text: `${p.runs[0]!.text} (sửa lần ${k})` }] } : { ...p })),
    }));
  const warmup = 5;
  const page: number[] = [];
  // The page's part of each re-check: the report of the previous response in, the next delta out
  // (the editor's own edit in between is not the checks' cost).
  const pageSide = (k: number): void => {
    let start = performance.now();
    const report = client.receive(structuredClone(response));
    let ms = performance.now() - start;
    if ('error' in report) throw new Error(`bench: ${report.error} (${k})`);
    current = edit(k);
    start = performance.now();
    request = client.request(k + 1, current);
    ms += performance.now() - start;
    if (k >= warmup) page.push(ms);
  };
  out.push(
    await measure(
      'checks: incremental re-check after a one-block edit',
      (k) => {
        response = session.handle(structuredClone(request));
        if ('error' in response) throw new Error(`bench: ${response.error} (${k})`);
        return response.report;
      },
      {
        target: 2,
        warmup,
        runs: 40,
        before: pageSide,
      },
      (r) =>
        `in the worker: a ${JSON.stringify(request).length}-byte delta in, a ${Math.round(JSON.stringify(r).length / 1024)} KiB report out (${r.findings.length} findings); ${session.counts.edits} of ${session.counts.edits + session.counts.full} checks from the kept values`,
    ),
  );
  out.push({
    name: "checks: the page's part of a re-check (report in, delta out)",
    ...summarize(page),
    runs: page.length,
    note: 'main thread; the clone of the report counts both its sides',
  });
  const mb =
    'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về việc ban hành Chương trình; '.repeat(
      11000,
    );
  out.push(
    await measure(
      'citations: grammar on 1 MB of dense citations',
      () => parseText(mb),
      { warmup: 1, runs: 5 },
      () => `${mb.length} chars`,
    ),
  );
  return out;
}
