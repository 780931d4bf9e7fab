import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlanDocx } from '../../shared/export/exportPlanDocx.ts';
import { layoutPlan } from '../../shared/format/layout/layoutPlan.ts';
import { paginate, type Page } from '../../shared/format/layout/paginate.ts';
import { ND30 } from '../../shared/format/nd30.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { libreOfficeAvailable, pdfPageLines, renderPdfs } from './libreOffice.ts';
import { laoCaiPlan, longPlan, seedPlan, taskTablePlan } from './longPlan.ts';

/**
 * Preview ↔ print parity: the paginator (which the A4 preview draws) must give the pages LibreOffice
 * prints from the exported file — the same count for the seed, draft and final, each page opening
 * with the same line, and within 1 % for a 250-task plan.
 */
if (!libreOfficeAvailable) console.warn('soffice or pdftotext absent: preview/print parity test skipped.');

let dir = '';
let printed: Record<string, string[][]> = {};
interface Case {
  plan: Plan;
  draft: boolean;
  revision?: number;
  exportedAt?: string;
}
const cases: Record<string, Case> = {
  seed: { plan: seedPlan(), draft: false },
  seedDraft: { plan: seedPlan(), draft: true },
  // As the app exports a draft: stamped with its revision and time (a second header line).
  seedDraftStamped: { plan: seedPlan(), draft: true, revision: 12, exportedAt: '2021-01-05T08:30:00.000Z' },
  long250: { plan: longPlan(250), draft: false },
  // Long names broken by line breaks in the header and a widened signature column.
  laoCai: { plan: laoCaiPlan(), draft: false },
  // A typed task table: heading rows across the table, STT and task cells merged down.
  taskTable: { plan: taskTablePlan(), draft: false },
};

beforeAll(async () => {
  if (!libreOfficeAvailable) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-parity-'));
  const files: Record<string, Uint8Array> = {};
  for (const [name, c] of Object.entries(cases)) files[name] = await exportPlanDocx(c.plan, c);
  const pdfs = renderPdfs(dir, files);
  printed = Object.fromEntries(Object.entries(pdfs).map(([name, pdf]) => [name, pdfPageLines(pdf)]));
}, 300_000);
afterAll(() => {
  if (dir && !process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
});

function previewPages(name: string): Page[] {
  const c = cases[name];
  if (!c) throw new Error(name);
  return paginate(layoutPlan(c.plan, c)).flatMap((s) => s.pages);
}

/** The first text line of a preview page (the first row's first cell for a table). */
function firstLine(page: Page): string {
  const it = page.items[0];
  if (!it) return '';
  const line = it.type === 'paragraph' ? it.set.lines[it.from] : it.rows[0]?.cells[0]?.[0]?.lines[0];
  return line?.segments.map((s) => s.text).join('') ?? '';
}

/** The first words of a printed page, leaving out its page number and the draft mark above the text. */
function printedFirstLine(lines: string[]): string {
  const text = lines.filter((l) => !/^\d+$/u.test(l) && l !== ND30.draft.mark && !/^Lần \d+ —/u.test(l));
  return text[0] ?? '';
}
const words = (s: string, n: number): string => s.trim().split(/\s+/u).slice(0, n).join(' ');

describe.skipIf(!libreOfficeAvailable)('preview pages = printed pages (LibreOffice)', () => {
  for (const name of ['seed', 'seedDraft', 'seedDraftStamped', 'laoCai', 'taskTable']) {
    it(`${name}: same page count, each page opening with the same line`, () => {
      const mine = previewPages(name);
      const lo = printed[name] ?? [];
      expect(mine.length).toBe(lo.length);
      expect(mine.map((p) => words(firstLine(p), 4))).toEqual(lo.map((l) => words(printedFirstLine(l), 4)));
    });
  }

  it('250 tasks: page count within 1 %', () => {
    const mine = previewPages('long250').length;
    const lo = (printed.long250 ?? []).length;
    expect(lo).toBeGreaterThan(50);
    expect(Math.abs(mine - lo) / lo).toBeLessThanOrEqual(0.01);
  });

  it('250 tasks: at least 99 % of the pages open with the same words', () => {
    const mine = previewPages('long250');
    const lo = printed.long250 ?? [];
    const same = mine.filter((p, i) =>
      words(printedFirstLine(lo[i] ?? []), 3).startsWith(words(firstLine(p), 3)),
    ).length;
    expect(same / lo.length).toBeGreaterThanOrEqual(0.99);
  });
});
