import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { taskTablePlan } from '../../test/render/longPlan.ts';
import { appendixColumnWidthsMm } from '../format/appendixColumns.ts';
import { appendixBlock } from '../format/layout/appendixBlock.ts';
import type { LayoutTable } from '../format/layout/types.ts';
import { importDocx } from '../import/importDocx.ts';
import { exportPlanDocx } from './exportPlanDocx.ts';

const plan = taskTablePlan(2, 3);
const appendix = plan.appendices[0]!;

describe('a task table in the export', () => {
  const table = appendixBlock(appendix).find((b): b is LayoutTable => b.type === 'table')!;

  it('prints heading rows across the table and merges STT/task cells over a continuation row', () => {
    const [head, group1, , , task3, cont, group2] = table.rows;
    expect(head?.repeatHeader).toBe(true);
    // "I | Cải cách …": the number in its column, the heading across the other six.
    expect(group1?.cells.map((c) => c.columnSpan ?? 1)).toEqual([1, 6]);
    // "II. CÔNG TÁC …" typed in one cell: across all seven.
    expect(group2?.cells.map((c) => c.columnSpan ?? 1)).toEqual([7]);
    expect(task3?.cells.map((c) => c.verticalMerge ?? '-')).toEqual([
      'restart',
      'restart',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    expect(cont?.cells.map((c) => c.verticalMerge ?? '-')).toEqual([
      'continue',
      'continue',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    const spanned = group1?.cells[1]?.widthTwip ?? 0;
    expect(Math.abs(spanned + (group1?.cells[0]?.widthTwip ?? 0) - table.widthTwip)).toBeLessThanOrEqual(7);
  });

  it('measures column widths: the task column is widest, no column narrower than its longest word', () => {
    const widths = appendixColumnWidthsMm(appendix.table!, 247);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(247, 5);
    expect(Math.max(...widths)).toBe(widths[1]);
    // "hiện" of "Đơn vị phối hợp thực hiện" in bold 12 pt, and the cell margins, fit.
    for (const w of widths) expect(w).toBeGreaterThan(9);
  });

  it('writes a landscape section, a repeated header row, gridSpan and vMerge, and imports back the same table', async () => {
    const bytes = await exportPlanDocx(plan, { draft: false });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/w:orient="landscape"/u);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:gridSpan w:val="6"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/u);
    const back = importDocx(bytes).plan.appendices[0];
    expect(back?.landscape).toBe(true);
    expect(back?.table?.header).toEqual(appendix.table?.header);
    expect(back?.table?.columns).toEqual(appendix.table?.columns);
    expect(back?.table?.rows).toEqual(appendix.table?.rows);
  });
});
