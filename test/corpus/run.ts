import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureCorpus, type FileMeasure } from './measureCorpus.ts';
import type { Share } from './metrics.ts';

// `npm run corpus`: the figures of issue 10, point 7, per real document and in total, printed as a
// table and written to test/corpus/results.json (the lost paragraphs, missed tasks and citations,
// and every error finding are in the JSON).

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const ratio = (s: Share | null): string => (s === null ? '—' : `${s.hit}/${s.of} ${pct(s.share)}`);
/** "tables found / labelled, rows found / labelled" and any task-like table the label lacks. */
const tablesCell = (tables: Share | null, rows: Share | null, extra: number): string =>
  tables === null || rows === null
    ? '—'
    : `${tables.hit}/${tables.of}, ${rows.hit}/${rows.of}${extra > 0 ? ` +${extra}` : ''}`;

function row(f: FileMeasure): string[] {
  // The table shows the start of a refusal's message; results.json has all of it.
  if (f.status !== 'measured') return [f.file, (f.note ?? f.status).slice(0, 48)];
  const c = f.citations;
  return [
    f.file,
    ratio(f.placed),
    ratio(f.textKept),
    String(f.textKept?.renumbered.length ?? '—'),
    ratio(f.tasks),
    ratio(f.recipients),
    tablesCell(f.taskTables?.tables ?? null, f.taskTables?.rows ?? null, f.taskTables?.extraTables ?? 0),
    c === null ? '—' : `${c.truePositives}/${c.labelled} ${pct(c.recall)}`,
    c === null ? '—' : `${c.truePositives}/${c.extracted} ${pct(c.precision)}`,
    String(f.errors?.length ?? '—'),
  ];
}

const started = Date.now();
const result = await measureCorpus();
const t = result.totals;
const head = [
  'Tệp / File',
  'Xếp / Placed',
  'Giữ chữ / Text kept',
  'Đánh số lại / Renumbered',
  'Nhiệm vụ / Tasks',
  'Nơi nhận / Recipients',
  'Bảng NV, dòng / Task tables, rows',
  'Recall',
  'Precision',
  'Lỗi / Errors',
];
const rows = [
  head,
  ...result.files.map(row),
  [
    `TỔNG / TOTAL (${t.measured}/${t.files} đo / measured)`,
    ratio(t.placed),
    ratio(t.textKept),
    String(t.renumbered),
    ratio(t.tasks),
    ratio(t.recipients),
    tablesCell(t.taskTables, t.taskTableRows, t.extraTaskTables),
    `${t.citations.truePositives}/${t.citations.labelled} ${pct(t.citations.recall)}`,
    `${t.citations.truePositives}/${t.citations.extracted} ${pct(t.citations.precision)}`,
    String(t.errors),
  ],
];
const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows)
  console.log(
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
console.log(
  `\n${t.notSupported} chưa hỗ trợ / not supported yet, ${t.refused} bị từ chối / refused, ${t.skipped} bỏ qua / skipped, ${t.failed} lỗi nhập / import failed; ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
const out = fileURLToPath(new URL('results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`→ ${out}`);
